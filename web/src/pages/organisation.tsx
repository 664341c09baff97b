import { useRoute } from 'preact-iso';
import { pickText } from '@kopir/shared';
import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { Fact, Tags } from '../components/listing-facts.tsx';
import { Loaded } from '../components/load-state.tsx';
import { useFormat } from '../i18n/format.ts';
import { useI18n, type MessageKey } from '../i18n/i18n.tsx';
import { useTaxonomy } from '../taxonomy/taxonomy.tsx';

/** An organisation's page: who it is, its active labs and its open public needs (never a confidential one). */
export function OrganisationPage() {
  const { t, locale } = useI18n();
  const format = useFormat();
  const { params } = useRoute();
  const { capabilityLabel, regionLabel, sectorLabel, territoryLabel } = useTaxonomy();
  const organisation = useApi(endpoints.organisation(params.id ?? ''));
  const listings = useApi(endpoints.organisationListings(params.id ?? ''));
  return (
    <Loaded resource={organisation}>
      {(organisation) => (
        <article class="narrow listing" data-kind="organisation" data-id={organisation.id}>
          <h1>{pickText(organisation.name, locale)}</h1>
          <p class="meta">
            {t(`kind.${organisation.kind}` as MessageKey)} · {organisation.city ? `${organisation.city}, ` : ''}
            {regionLabel(organisation.regionCode)}{' '}
            <span class="badge" data-verified={organisation.verified}>
              {t(organisation.verified ? 'org.verified' : 'org.notVerified')}
            </span>
          </p>
          <dl class="facts">
            {organisation.territoryCode !== null && <Fact label={t('lab.territory')}>{territoryLabel(organisation.territoryCode)}</Fact>}
            {organisation.website !== null && (
              <Fact label={t('field.website')}>
                <a href={organisation.website} rel="noopener noreferrer">
                  {organisation.website}
                </a>
              </Fact>
            )}
            {'contactEmail' in organisation && organisation.contactEmail !== null && (
              <Fact label={t('field.contactEmail')}>
                <a href={`mailto:${organisation.contactEmail}`}>{organisation.contactEmail}</a>
              </Fact>
            )}
            {'contactPhone' in organisation && organisation.contactPhone !== null && <Fact label={t('field.contactPhone')}>{organisation.contactPhone}</Fact>}
          </dl>
          <Loaded resource={listings}>
            {(listings) => (
              <>
                {(organisation.kind !== 'company' || listings.labs.length > 0) && (
                  <section class="listing-group" aria-labelledby="organisation-labs">
                    <h2 id="organisation-labs">{t('organisation.labs')}</h2>
                    {listings.labs.length === 0 && <p class="empty">{t('organisation.noLabs')}</p>}
                    <ul class="plain-list">
                      {listings.labs.map((lab) => (
                        <li key={lab.id} class="card">
                          <a href={`/labs/${lab.id}`}>{pickText(lab.name, locale)}</a>
                          <p class="meta">
                            {regionLabel(lab.regionCode)} · {t('catalogue.trl', { min: lab.trlMin, max: lab.trlMax })}
                          </p>
                          <p class="tags">
                            <Tags codes={lab.capabilities} label={capabilityLabel} />
                          </p>
                        </li>
                      ))}
                    </ul>
                  </section>
                )}
                {(organisation.kind === 'company' || listings.needs.length > 0) && (
                  <section class="listing-group" aria-labelledby="organisation-needs">
                    <h2 id="organisation-needs">{t('organisation.needs')}</h2>
                    {listings.needs.length === 0 && <p class="empty">{t('organisation.noNeeds')}</p>}
                    <ul class="plain-list">
                      {listings.needs.map((need) => (
                        <li key={need.id} class="card">
                          <a href={`/needs/${need.id}`}>{need.title}</a>
                          <p class="meta">
                            {regionLabel(need.regionCode)} · {need.sectors.map(sectorLabel).join(', ')}
                            {need.deadlineOn && ` · ${t('listing.deadlineOn', { date: format.date(need.deadlineOn) })}`}
                          </p>
                        </li>
                      ))}
                    </ul>
                  </section>
                )}
                {listings.truncated && <p class="hint">{t('organisation.truncated')}</p>}
              </>
            )}
          </Loaded>
        </article>
      )}
    </Loaded>
  );
}
