import { useRoute } from 'preact-iso';
import { pickText, type Need } from '@kopir/shared';
import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { Fact, Tags } from '../components/listing-facts.tsx';
import { Loaded } from '../components/load-state.tsx';
import { AskQuestion } from '../components/ask-question.tsx';
import { ShortlistButton, useShortlist } from '../components/shortlist-button.tsx';
import { useFormat } from '../i18n/format.ts';
import { useI18n, type MessageKey } from '../i18n/i18n.tsx';
import { useSession } from '../session/session.tsx';
import { useTaxonomy } from '../taxonomy/taxonomy.tsx';

/** A budget as the company gave it: a range, a floor, a ceiling, or nothing. */
function budgetText(need: Need, money: (kzt: number) => string, t: ReturnType<typeof useI18n>['t']): string | null {
  const { budgetMinKzt: min, budgetMaxKzt: max } = need;
  if (min !== null && max !== null) return min === max ? money(min) : `${money(min)} – ${money(max)}`;
  if (min !== null) return t('listing.budgetFrom', { amount: money(min) });
  if (max !== null) return t('listing.budgetUpTo', { amount: money(max) });
  return null;
}

/**
 * A need's page. A confidential need shows what its search hit shows (title, sectors, region) to
 * everyone but its company, the labs it invited and the ministry: the server decides, and the page
 * says so rather than showing empty fields.
 */
export function NeedPage() {
  const { t, locale } = useI18n();
  const format = useFormat();
  const { params } = useRoute();
  const { state } = useSession();
  const { capabilityLabel, fieldLabel, regionLabel, sectorLabel, territoryLabel } = useTaxonomy();
  const loaded = useApi(endpoints.need(params.id ?? ''));
  const shortlist = useShortlist();
  return (
    <Loaded resource={loaded}>
      {(need) => {
        const full = 'restricted' in need ? null : need;
        const own = full !== null && state.status === 'signed-in' && state.me.organisation?.id === full.organisation.id;
        const budget = full && budgetText(full, format.money, t);
        return (
          <article class="narrow listing" data-kind="need" data-id={need.id} data-restricted={full === null}>
            <h1>{need.title}</h1>
            <p class="meta">
              {full ? (
                <a href={`/organisations/${full.organisation.id}`}>{pickText(full.organisation.name, locale)}</a>
              ) : (
                <span class="badge">{t('catalogue.confidential')}</span>
              )}
              {full?.visibility === 'confidential' && (
                <>
                  {' '}
                  <span class="badge">{t('catalogue.confidential')}</span>
                </>
              )}{' '}
              · {regionLabel(need.regionCode)} · <span class="badge">{t(`status.${need.status}` as MessageKey)}</span>
            </p>
            {!own && <ShortlistButton shortlist={shortlist} kind="need" id={need.id} name={need.title} />}
            {state.status === 'signed-in' && state.me.can.converse && state.me.user.role === 'researcher' && need.status === 'open' && (
              <AskQuestion subject="need" id={need.id} />
            )}
            {full ? <p class="listing-text">{pickText(full.description, locale)}</p> : <p class="hint restricted-note">{t('listing.restricted')}</p>}
            <dl class="facts">
              <Fact label={t('listing.sectors')}>
                <Tags codes={need.sectors} label={sectorLabel} />
              </Fact>
              {full && (
                <>
                  {full.capabilities.length > 0 && (
                    <Fact label={t('listing.capabilities')}>
                      <Tags codes={full.capabilities} label={capabilityLabel} />
                    </Fact>
                  )}
                  {full.researchFields.length > 0 && (
                    <Fact label={t('listing.researchFields')}>
                      <Tags codes={full.researchFields} label={fieldLabel} />
                    </Fact>
                  )}
                  <Fact label={t('need.trlTarget')}>{format.number(full.trlTarget)}</Fact>
                  {budget !== null && <Fact label={t('listing.budget')}>{budget}</Fact>}
                  {full.deadlineOn !== null && <Fact label={t('need.deadline')}>{format.date(full.deadlineOn)}</Fact>}
                  {full.territoryCode !== null && <Fact label={t('lab.territory')}>{territoryLabel(full.territoryCode)}</Fact>}
                </>
              )}
              <Fact label={t('listing.published')}>{format.date(need.publishedAt)}</Fact>
            </dl>
            {own && (
              <p>
                <a class="button" href={`/my/needs/${need.id}`}>
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
