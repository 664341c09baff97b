import { pickText } from '@kopir/shared';
import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { Loaded } from '../components/load-state.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useAbilities, useSession } from '../session/session.tsx';

/** A researcher's labs or a company's needs, each linking to its editor. */
export function MyCataloguePage({ kind }: { kind: 'labs' | 'needs' }) {
  const { t, locale } = useI18n();
  const session = useSession();
  const can = useAbilities();
  const allowed = kind === 'labs' ? can?.manageLabs : can?.manageNeeds;
  const labs = useApi(allowed && kind === 'labs' ? endpoints.myLabs() : undefined);
  const needs = useApi(allowed && kind === 'needs' ? endpoints.myNeeds() : undefined);
  const loaded = kind === 'labs' ? labs : needs;
  const items =
    kind === 'labs'
      ? labs.data?.items.map((lab) => ({ id: lab.id, title: pickText(lab.name, locale), status: lab.status, confidential: false }))
      : needs.data?.items.map((need) => ({ id: need.id, title: need.title, status: need.status, confidential: need.visibility === 'confidential' }));

  if (session.state.status === 'loading') return <p>{t('common.loading')}</p>;
  if (!allowed) return <p>{t(kind === 'labs' ? 'catalogue.onlyResearchers' : 'catalogue.onlyCompanies')}</p>;
  return (
    <section>
      <h1>{t(kind === 'labs' ? 'nav.myLabs' : 'nav.myNeeds')}</h1>
      <p>
        <a class="button primary" href={`/my/${kind}/new`}>
          {t('catalogue.new')}
        </a>
      </p>
      <Loaded<unknown> resource={loaded} empty={t('catalogue.empty')} isEmpty={() => items?.length === 0}>
        {() => (
          <ul class="my-list">
            {items?.map((item) => (
              <li class="card" data-id={item.id}>
                <a href={`/my/${kind}/${item.id}`}>{item.title}</a> <span class="badge">{t(`status.${item.status}` as 'status.open')}</span>
                {item.confidential && <span class="badge">{t('catalogue.confidential')}</span>}
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </section>
  );
}
