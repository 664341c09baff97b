import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTransaction } from '@kopir/db';
import { organisationKindsFor, type AnalyticsFilters, type AnalyticsInterval, type BreakdownDimension, type IndicatorValues } from '@kopir/shared';
import { dimensionExpression, factsFrom, filterClause, indicatorColumns, periodOf, textArray, toValues } from './facts.ts';
import { needConditions, organisationConditions } from './platform-facts.ts';

// The collaboration indicators computed from the raw collaborations joined to needs and labs, as
// the analytics service did before the rollup: the reference `pnpm analytics:rebuild --check` and
// the rollup tests hold the rollup's answers to. Linear in the collaborations; never on a request.

export async function rawTotals(db: DbOrTransaction, filters: AnalyticsFilters): Promise<IndicatorValues> {
  const [row] = await db.execute<Record<string, unknown>>(sql`select ${indicatorColumns(periodOf(filters))} ${factsFrom} where ${filterClause(filters)}`);
  return toValues(row ?? {});
}

export async function rawBreakdown(db: DbOrTransaction, filters: AnalyticsFilters, by: BreakdownDimension) {
  const rows = await db.execute<Record<string, unknown>>(
    sql`select ${dimensionExpression[by]} as "key", ${indicatorColumns(periodOf(filters))} ${factsFrom} where ${filterClause(filters)} group by 1 order by 1`,
  );
  return rows.map((row) => ({ key: String(row.key), values: toValues(row) }));
}

/** Each collaboration joins the buckets its events fall in, so an event counts in its own bucket. */
export async function rawTimeseries(db: DbOrTransaction, filters: AnalyticsFilters, interval: AnalyticsInterval) {
  const period = periodOf(filters);
  const step = { month: '1 month', quarter: '3 months', year: '1 year' }[interval];
  const bucketOf = (column: string) => sql`date_trunc(${interval}, ${sql.raw(column)})::date`;
  const rows = await db.execute<Record<string, unknown>>(sql`
    with bucket as (
      select b::date as start,
             greatest(b::date, ${period.from}::date) as first_day,
             least((b + ${step}::interval - interval '1 day')::date, ${period.to}::date) as last_day
      from generate_series(date_trunc(${interval}, ${period.from}::date), ${period.to}::date, ${step}::interval) as b
    )
    select to_char(bucket.start, 'YYYY-MM-DD') as "start", ${indicatorColumns({ from: sql`bucket.first_day`, to: sql`bucket.last_day` })}
    from bucket
    left join (
      collaborations c join needs n on n.id = c.need_id join labs l on l.id = c.lab_id
      cross join lateral (
        select distinct event_bucket
        from unnest(array[${bucketOf('c.created_at')}, ${bucketOf('c.accepted_at')}, ${bucketOf('c.contracted_at')}, ${bucketOf('c.completed_at')},
          ${bucketOf('coalesce(c.cancelled_at, c.declined_at)')}]) as event_bucket
        where event_bucket is not null
      ) e
    ) on e.event_bucket = bucket.start and ${filterClause(filters)}
    group by bucket.start
    order by bucket.start`);
  return rows.map((row) => ({ start: String(row.start), values: toValues(row) }));
}

/** The platform indicators that read collaborations (platform-facts.ts reads them from the rollups), from the raw rows. */
export async function rawPlatformCollaborationCounts(db: DbOrTransaction, filters: AnalyticsFilters): Promise<IndicatorValues> {
  const period = periodOf(filters);
  const end = sql`${period.to}::date + 1`;
  const contractExists = (owner: string, when: SQL) => sql`exists (select 1 from collaborations c ${sql.raw(owner)} and ${when})`;
  const ofCompany = 'join needs n on n.id = c.need_id where n.organisation_id = o.id';
  const ofUniversity = 'join labs l on l.id = c.lab_id where l.organisation_id = o.id';
  const within = sql`c.contracted_at >= ${period.from}::date and c.contracted_at < ${end}`;
  const university = sql`o.kind = any(${textArray(organisationKindsFor.researcher)})`;
  const [organisations] = await db.execute<Record<string, unknown>>(sql`
    select count(*) filter (where o.kind = 'company' and ${contractExists(ofCompany, sql`c.contracted_at < ${end}`)})::int as "companiesWithContract",
           count(*) filter (where o.kind = 'company' and ${contractExists(ofCompany, within)})::int as "companiesContractingInPeriod",
           count(*) filter (where ${university} and ${contractExists(ofUniversity, within)})::int as "universitiesContractingInPeriod"
    from organisations o
    where ${organisationConditions(filters, period)}`);
  const published = sql`(n.published_at >= ${period.from}::date and n.published_at < ${end})`;
  const [needs] = await db.execute<Record<string, unknown>>(sql`
    select count(*) filter (where ${published} and first.proposed_at is not null)::int as "needsProposed",
           count(*) filter (where ${published} and first.contracted)::int as "needsContracted",
           round((percentile_cont(0.5) within group (order by extract(epoch from first.proposed_at - n.published_at) / 86400) filter (where ${published}
             and first.proposed_at is not null))::numeric, 1)::float as "medianDaysToFirstProposal"
    from needs n
    left join lateral (
      select min(c.created_at) as proposed_at, bool_or(c.contracted_at is not null) as contracted from collaborations c where c.need_id = n.id
    ) first on true
    where ${needConditions(filters, period)}`);
  return { ...toValues(organisations ?? {}), ...toValues(needs ?? {}) };
}
