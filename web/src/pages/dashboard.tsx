import { filtersFromQuery, queryOf, useQueryState } from '../analytics/filters.ts';
import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { BreakdownSection } from '../components/analytics/breakdown-section.tsx';
import { FilterBar } from '../components/analytics/filter-bar.tsx';
import { RegionSection } from '../components/analytics/region-section.tsx';
import { SummaryCards } from '../components/analytics/summary-cards.tsx';
import { TimeseriesSection } from '../components/analytics/timeseries-section.tsx';
import { WhyMatchesFailSection } from '../components/analytics/why-matches-fail-section.tsx';
import { ErrorNotice } from '../components/load-state.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useFormat } from '../i18n/format.ts';
import { useAbilities, useSession } from '../session/session.tsx';

/**
 * The analytics dashboard: filters kept in the address (so a view can be sent as a link), the
 * summary, the time series, a breakdown and the view by region. A region officer's region is
 * fixed to their own, which is also all the API would give them.
 */
export function DashboardPage() {
  const { t } = useI18n();
  const format = useFormat();
  const session = useSession();
  const { query, set } = useQueryState();
  const can = useAbilities();
  const allowed = can?.openDashboard === true;
  const lockedRegion = can?.ownRegion ?? undefined;
  const filters = { ...filtersFromQuery(query), ...(lockedRegion && { region: lockedRegion }) };
  const periodInvalid = filters.from !== undefined && filters.to !== undefined && filters.from > filters.to;
  // Undefined means "do not ask the API": not allowed yet, or a period that ends before it starts.
  const filterQuery = allowed && !periodInvalid ? queryOf(filters) : undefined;
  const summary = useApi(filterQuery === undefined ? undefined : endpoints.analytics.summary(filterQuery));

  if (session.state.status === 'loading') return <p class="hint">{t('figure.loading')}</p>;
  if (!allowed) {
    return (
      <section class="narrow">
        <h1>{t('dashboard.heading')}</h1>
        <p>{t('dashboard.forbidden')}</p>
        {!can && <a href="/sign-in">{t('nav.signIn')}</a>}
      </section>
    );
  }

  return (
    <section class="dashboard">
      <h1>{t('dashboard.heading')}</h1>
      <p class="lead">{t('dashboard.intro')}</p>
      <FilterBar filters={filters} lockedRegion={lockedRegion} onChange={(changes) => set(changes)} />
      {periodInvalid && (
        <p class="form-error" role="alert">
          {t('filters.periodInvalid')}
        </p>
      )}
      <section class="dashboard-section" aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t('summary.heading')}</h2>
        {summary.data && (
          <p class="period">{t('dashboard.period', { from: format.date(summary.data.period.from), to: format.date(summary.data.period.to) })}</p>
        )}
        {summary.error && <ErrorNotice error={summary.error} onRetry={summary.retry} />}
        {summary.data && filterQuery !== undefined && <SummaryCards values={summary.data.values} source={filterQuery} />}
      </section>
      <WhyMatchesFailSection values={summary.data?.values} source={filterQuery} />
      <TimeseriesSection filterQuery={filterQuery} />
      <RegionSection filterQuery={filterQuery} />
      <BreakdownSection filterQuery={filterQuery} />
    </section>
  );
}
