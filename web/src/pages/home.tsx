import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useI18n, type MessageKey } from '../i18n/i18n.tsx';
import { useAbilities } from '../session/session.tsx';

type Step = { href: string; label: MessageKey };

/**
 * Where each kind of visitor goes first. A signed-in person who may do the thing goes straight to
 * it; anyone else is asked to create an account first (the editor would only refuse them on save).
 */
function useAudiences(): { title: MessageKey; text: MessageKey; steps: Step[] }[] {
  const can = useAbilities();
  return [
    {
      title: 'home.researchers.title',
      text: 'home.researchers.text',
      steps: [
        { href: can?.manageLabs ? '/my/labs/new' : '/sign-up', label: 'home.researchers.start' },
        { href: '/needs', label: 'home.researchers.browse' },
      ],
    },
    {
      title: 'home.companies.title',
      text: 'home.companies.text',
      steps: [
        { href: can?.manageNeeds ? '/my/needs/new' : '/sign-up', label: 'home.companies.start' },
        { href: '/labs', label: 'home.companies.browse' },
      ],
    },
    {
      title: 'home.ministry.title',
      text: 'home.ministry.text',
      steps: [
        { href: can?.openDashboard ? '/dashboard' : '/sign-in', label: 'home.ministry.start' },
        { href: '/open-data', label: 'home.ministry.browse' },
      ],
    },
  ];
}

/** The front door: a search that starts at once, and a next step for researchers, companies and officials. */
export function HomePage() {
  const { t } = useI18n();
  const { route } = useLocation();
  const [q, setQ] = useState('');
  const audiences = useAudiences();
  const search = (event: SubmitEvent) => {
    event.preventDefault();
    // The button pressed says what to look for; Enter in the box looks for labs.
    const kind = (event.submitter as HTMLButtonElement | null)?.value === 'needs' ? 'needs' : 'labs';
    route(q.trim() ? `/${kind}?${new URLSearchParams({ q: q.trim() })}` : `/${kind}`);
  };
  return (
    <section>
      <h1>{t('home.heading')}</h1>
      <p class="lead">{t('home.intro')}</p>
      {/* biome-ignore lint/a11y/useSemanticElements: the search landmark on the form itself; Preact's JSX types have no <search> element yet */}
      <form class="home-search" role="search" noValidate onSubmit={search}>
        <input
          class="search-box"
          type="search"
          name="q"
          aria-label={t('search.placeholder')}
          placeholder={t('search.placeholder')}
          value={q}
          onInput={(event) => setQ(event.currentTarget.value)}
        />
        <button type="submit" class="primary" value="labs">
          {t('home.search.labs')}
        </button>
        <button type="submit" value="needs">
          {t('home.search.needs')}
        </button>
      </form>
      <div class="cards">
        {audiences.map((audience) => (
          <article class="card audience">
            <h2>{t(audience.title)}</h2>
            <p>{t(audience.text)}</p>
            <p class="next-steps">
              {audience.steps.map((step, index) => (
                <a href={step.href} class={index === 0 ? 'button primary' : 'button'}>
                  {t(step.label)}
                </a>
              ))}
            </p>
          </article>
        ))}
      </div>
    </section>
  );
}
