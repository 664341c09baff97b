import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useAbilities } from '../session/session.tsx';

/**
 * The profile's next step for a researcher or a company whose account is ready: describe the first
 * lab or post the first need while there is none, else go on to the ones there are.
 */
export function NextStep() {
  const { t } = useI18n();
  const can = useAbilities();
  const labs = useApi(can?.manageLabs ? endpoints.myLabs() : undefined);
  const needs = useApi(can?.manageNeeds ? endpoints.myNeeds() : undefined);
  const kind = can?.manageLabs ? 'labs' : can?.manageNeeds ? 'needs' : undefined;
  const items = kind === 'labs' ? labs.data?.items : needs.data?.items;
  if (!kind || !items) return null;
  const first = items.length === 0;
  return (
    <article class="card next-step" data-next-step={first ? `first-${kind}` : kind}>
      <h2>{t('profile.nextStep')}</h2>
      <p>{t(first ? (kind === 'labs' ? 'profile.firstLab' : 'profile.firstNeed') : kind === 'labs' ? 'profile.moreLabs' : 'profile.moreNeeds')}</p>
      <p class="next-steps">
        <a class="button primary" href={first ? `/my/${kind}/new` : `/my/${kind}`}>
          {t(first ? (kind === 'labs' ? 'profile.createLab' : 'profile.postNeed') : kind === 'labs' ? 'nav.myLabs' : 'nav.myNeeds')}
        </a>
        <a class="button" href={kind === 'labs' ? '/needs' : '/labs'}>
          {t(kind === 'labs' ? 'home.researchers.browse' : 'home.companies.browse')}
        </a>
      </p>
    </article>
  );
}
