import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTransaction } from '@kopir/db';
import { organisationKindsFor, type AnalyticsFilters, type IndicatorValues } from '@kopir/shared';
import { priorityArea, textArray, toValues, type Period } from './facts.ts';

// The platform indicators of shared/src/indicators/platform-indicators.ts: the catalogue as of the
// end of the period and the path from need to contract. Each entity is filtered by the attributes
// it has (see the definitions), in three queries that PostgreSQL answers from the entity tables
// and, for what they know of collaborations, from the rollups (migration 0014_analytics_rollup):
// a probe per organisation and a row per need, whatever the number of collaborations.

const endOf = (period: Period) => sql`${period.to}::date + 1`;
const within = (column: SQL, period: Period) => sql`(${column} >= ${period.from}::date and ${column} < ${endOf(period)})`;

function where(conditions: (SQL | false | undefined | null | '')[]): SQL {
  return sql.join([sql`true`, ...conditions.filter((condition): condition is SQL => Boolean(condition))], sql` and `);
}

function organisationCounts(db: DbOrTransaction, filters: AnalyticsFilters, period: Period) {
  const university = sql`o.kind = any(${textArray(organisationKindsFor.researcher)})`;
  // A contract of the organisation's needs (company) or labs (organisation) dated in the days asked.
  const contractExists = (dimension: 'company' | 'organisation', when: SQL) => sql`exists (select 1 from collaboration_rollup_dimension r
    where r.dimension = ${dimension} and r.key = o.id::text and r.kind = 'contracted' and r.grain = 'day' and ${when} and r.events > 0)`;
  const contractedBy = sql`r.day < ${endOf(period)}`;
  const contractedWithin = within(sql`r.day`, period);
  return db.execute<Record<string, unknown>>(sql`
    select
      count(*) filter (where ${university})::int as "universities",
      count(*) filter (where ${university} and o.verified_at < ${endOf(period)})::int as "universitiesVerified",
      count(*) filter (where o.kind = 'company')::int as "companies",
      count(*) filter (where o.kind = 'company' and o.verified_at < ${endOf(period)})::int as "companiesVerified",
      count(*) filter (where o.kind = 'company' and ${contractExists('company', contractedBy)})::int as "companiesWithContract",
      count(*) filter (where o.kind = 'company' and ${contractExists('company', contractedWithin)})::int as "companiesContractingInPeriod",
      count(*) filter (where ${university} and ${contractExists('organisation', contractedWithin)})::int as "universitiesContractingInPeriod"
    from organisations o
    where ${organisationConditions(filters, period)}`);
}

/** The organisations `o` counted: there by the end of the period, in their own region and territory. */
export const organisationConditions = (filters: AnalyticsFilters, period: Period) =>
  where([
    sql`o.created_at < ${endOf(period)}`,
    filters.region && sql`o.region_code = ${filters.region}`,
    filters.territory && sql`o.territory_code = ${filters.territory}`,
  ]);

function labCounts(db: DbOrTransaction, filters: AnalyticsFilters, period: Period) {
  const area = priorityArea(filters);
  return db.execute<Record<string, unknown>>(sql`
    select count(*)::int as "labs" from labs l
    where ${where([
      sql`l.status = 'active' and l.created_at < ${endOf(period)}`,
      filters.region && sql`l.region_code = ${filters.region}`,
      filters.field && sql`${filters.field} = any(l.research_fields)`,
      filters.territory && sql`l.territory_code = ${filters.territory}`,
      area && sql`l.research_fields && ${textArray(area.fields)}`,
    ])}`);
}

function needCounts(db: DbOrTransaction, filters: AnalyticsFilters, period: Period) {
  const published = within(sql`n.published_at`, period);
  return db.execute<Record<string, unknown>>(sql`
    select
      count(*) filter (where n.published_at < ${endOf(period)} and (n.closed_at is null or n.closed_at >= ${endOf(period)}))::int as "openNeeds",
      count(*) filter (where ${published})::int as "needsPublished",
      count(*) filter (where ${published} and first.proposed_at is not null)::int as "needsProposed",
      count(*) filter (where ${published} and first.contracted)::int as "needsContracted",
      round((percentile_cont(0.5) within group (order by extract(epoch from first.proposed_at - n.published_at) / 86400) filter (where ${published}
        and first.proposed_at is not null))::numeric, 1)::float as "medianDaysToFirstProposal"
    from needs n
    left join lateral (select f.first_proposed_at as proposed_at, f.contracted > 0 as contracted from need_funnel_rollup f where f.need_id = n.id) first
      on true
    where ${needConditions(filters, period)}`);
}

/** The needs `n` counted: published by the end of the period, by their own attributes. */
export function needConditions(filters: AnalyticsFilters, period: Period) {
  const area = priorityArea(filters);
  return where([
    sql`n.published_at < ${endOf(period)}`,
    filters.region && sql`n.region_code = ${filters.region}`,
    filters.sector && sql`${filters.sector} = any(n.sectors)`,
    filters.field && sql`${filters.field} = any(n.research_fields)`,
    filters.territory && sql`n.territory_code = ${filters.territory}`,
    area && sql`(n.sectors && ${textArray(area.sectors)} or n.research_fields && ${textArray(area.fields)})`,
  ]);
}

/** The platform counts for the filters and period (the derived shares are added by the caller). */
export async function platformCounts(db: DbOrTransaction, filters: AnalyticsFilters, period: Period): Promise<IndicatorValues> {
  const results = await Promise.all([organisationCounts(db, filters, period), labCounts(db, filters, period), needCounts(db, filters, period)]);
  return Object.assign({}, ...results.map(([row]) => toValues(row ?? {})));
}
