import { useI18n } from '../i18n/i18n.tsx';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t('notFound.heading')}</h1>
      <a href="/">{t('notFound.back')}</a>
    </section>
  );
}
