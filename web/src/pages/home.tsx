import { useI18n, type MessageKey } from '../i18n/i18n.tsx';

const audiences: { title: MessageKey; text: MessageKey }[] = [
  { title: 'home.researchers.title', text: 'home.researchers.text' },
  { title: 'home.companies.title', text: 'home.companies.text' },
  { title: 'home.ministry.title', text: 'home.ministry.text' },
];

export function HomePage() {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t('home.heading')}</h1>
      <p class="lead">{t('home.intro')}</p>
      <div class="cards">
        {audiences.map((audience) => (
          <article class="card">
            <h2>{t(audience.title)}</h2>
            <p>{t(audience.text)}</p>
          </article>
        ))}
      </div>
    </section>
  );
}
