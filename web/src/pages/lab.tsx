import { useRoute } from 'preact-iso';
import { pickText } from '@kopir/shared';
import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { Fact, Tags } from '../components/listing-facts.tsx';
import { Loaded } from '../components/load-state.tsx';
import { AskQuestion } from '../components/ask-question.tsx';
import { ShortlistButton, useShortlist } from '../components/shortlist-button.tsx';
import { StaleNotice } from '../components/stale-notice.tsx';
import { useFormat } from '../i18n/format.ts';
import { localeNames, useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session.tsx';
import { useTaxonomy } from '../taxonomy/taxonomy.tsx';

/** A lab's page, the address search results, matches and collaborations link to; a hidden lab only for its own researchers. */
export function LabPage() {
  const { t, locale } = useI18n();
  const format = useFormat();
  const { params } = useRoute();
  const { state } = useSession();
  const { capabilityLabel, fieldLabel, regionLabel, sectorLabel, territoryLabel } = useTaxonomy();
  const loaded = useApi(endpoints.lab(params.id ?? ''));
  const shortlist = useShortlist();
  return (
    <Loaded resource={loaded}>
      {(lab) => {
        const own = state.status === 'signed-in' && state.me.organisation?.id === lab.organisation.id;
        return (
          <article class="narrow listing" data-kind="lab" data-id={lab.id}>
            <h1>{pickText(lab.name, locale)}</h1>
            <p class="meta">
              <a href={`/organisations/${lab.organisation.id}`}>{pickText(lab.organisation.name, locale)}</a>{' '}
              {lab.organisation.verified && (
                <span class="badge" data-verified="true">
                  {t('org.verified')}
                </span>
              )}{' '}
              · {regionLabel(lab.regionCode)} · {t('catalogue.trl', { min: lab.trlMin, max: lab.trlMax })}
              {lab.stale && !own && (
                <>
                  {' '}
                  <span class="badge" data-stale="true" title={t('lab.staleHint')}>
                    {t('lab.stale')}
                  </span>
                </>
              )}
              {lab.status === 'hidden' && (
                <>
                  {' '}
                  <span class="badge">{t('status.hidden')}</span>
                </>
              )}
            </p>
            <ShortlistButton shortlist={shortlist} kind="lab" id={lab.id} name={pickText(lab.name, locale)} />
            {state.status === 'signed-in' && state.me.can.converse && state.me.user.role === 'company' && lab.status === 'active' && (
              <AskQuestion subject="lab" id={lab.id} />
            )}
            {lab.stale && own && <StaleNotice lab={lab} onConfirmed={loaded.replace} />}
            <p class="listing-text">{pickText(lab.description, locale)}</p>
            <dl class="facts">
              {lab.capabilities.length > 0 && (
                <Fact label={t('listing.capabilities')}>
                  <Tags codes={lab.capabilities} label={capabilityLabel} />
                </Fact>
              )}
              {lab.researchFields.length > 0 && (
                <Fact label={t('listing.researchFields')}>
                  <Tags codes={lab.researchFields} label={fieldLabel} />
                </Fact>
              )}
              {lab.sectors.length > 0 && (
                <Fact label={t('listing.sectors')}>
                  <Tags codes={lab.sectors} label={sectorLabel} />
                </Fact>
              )}
              {lab.keywords.length > 0 && <Fact label={t('listing.keywords')}>{lab.keywords.join(', ')}</Fact>}
              {lab.equipment.length > 0 && (
                <Fact label={t('listing.equipment')}>
                  <ul>
                    {lab.equipment.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ul>
                </Fact>
              )}
              {lab.territoryCode !== null && <Fact label={t('lab.territory')}>{territoryLabel(lab.territoryCode)}</Fact>}
              {lab.teamSize !== null && <Fact label={t('lab.teamSize')}>{format.number(lab.teamSize)}</Fact>}
              {lab.languages.length > 0 && <Fact label={t('lab.languages')}>{lab.languages.map((code) => localeNames[code]).join(', ')}</Fact>}
              {lab.contactName !== null ||
                (lab.contactEmail !== null && (
                  <Fact label={t('listing.contact')}>
                    {lab.contactName}
                    {lab.contactName && lab.contactEmail && ' · '}
                    {lab.contactEmail && <a href={`mailto:${lab.contactEmail}`}>{lab.contactEmail}</a>}
                  </Fact>
                ))}
              <Fact label={t('listing.updated')}>{format.date(lab.updatedAt)}</Fact>
            </dl>
            {own && (
              <p>
                <a class="button" href={`/my/labs/${lab.id}`}>
                  {t('catalogue.edit')}
                </a>
              </p>
            )}
          </article>
        );
      }}
    </Loaded>
  );
}
