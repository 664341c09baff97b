import { pickText } from '@kopir/shared';
import { Loaded } from '../components/load-state.tsx';
import { ShortlistButton, useShortlist } from '../components/shortlist-button.tsx';
import { useFormat } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useTaxonomy } from '../taxonomy/taxonomy.tsx';

/** The labs and needs the reader keeps to come back to, newest first, each linked to its page. */
export function ShortlistPage() {
  const { t, locale } = useI18n();
  const format = useFormat();
  const { regionLabel } = useTaxonomy();
  const shortlist = useShortlist();
  return (
    <section class="narrow">
      <h1>{t('shortlist.heading')}</h1>
      {!shortlist.allowed && <p>{t('shortlist.whoKeeps')}</p>}
      <Loaded resource={shortlist.list} empty={t('shortlist.empty')} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <ul class="plain-list">
            {data.items.map((item) => {
              const [href, name, where] =
                item.kind === 'lab'
                  ? [`/labs/${item.lab.id}`, pickText(item.lab.name, locale), pickText(item.lab.organisation.name, locale)]
                  : [
                      `/needs/${item.need.id}`,
                      item.need.title,
                      'restricted' in item.need ? t('catalogue.confidential') : pickText(item.need.organisation.name, locale),
                    ];
              const id = item.kind === 'lab' ? item.lab.id : item.need.id;
              const regionCode = item.kind === 'lab' ? item.lab.regionCode : item.need.regionCode;
              return (
                <li key={`${item.kind}:${id}`} class="card" data-kind={item.kind}>
                  <a href={href}>{name}</a>
                  <p class="meta">
                    {t(item.kind === 'lab' ? 'shortlist.lab' : 'shortlist.need')} · {where} · {regionLabel(regionCode)} ·{' '}
                    {t('shortlist.addedOn', { date: format.date(item.addedAt) })}
                  </p>
                  <ShortlistButton shortlist={shortlist} kind={item.kind} id={id} name={name} />
                </li>
              );
            })}
          </ul>
        )}
      </Loaded>
    </section>
  );
}
