import { sql } from 'drizzle-orm';
import type { DbOrTransaction } from '@kopir/db';
import {
  deriveIndicators,
  periodProblem,
  ruleOfIssue,
  type AnalyticsFilters,
  type AnalyticsInterval,
  type BreakdownDimension,
  type IndicatorValues,
} from '@kopir/shared';
import { AppError, notYourRegion } from '../../errors.ts';
import { kazakhstanYear } from '../reports/deadlines.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { periodOf, toValues, type Period } from './facts.ts';
import { platformCounts } from './platform-facts.ts';
import { joinedColumns, medianQuery, rollupDimensionExpression, rowsFor, sumColumns } from './rollup-facts.ts';

/**
 * The filters as this reader may apply them: the ministry and admins see everything; a region
 * officer sees their own region only, so asking for another is refused and asking for none
 * means their own.
 */
function scoped(ctx: ServiceContext, asked: AnalyticsFilters): AnalyticsFilters {
  const actor = signedInActor(ctx);
  // No period given: this year in Kazakhstan, by the app's clock (a process running over New Year moves on).
  const year = kazakhstanYear(ctx.now());
  const filters = { ...asked, from: asked.from ?? `${year}-01-01`, to: asked.to ?? `${year}-12-31` };
  if (actor.role !== 'region') return filters;
  if (filters.region && filters.region !== actor.regionCode) {
    throw notYourRegion('Region officers see their own region’s figures only', actor.regionCode);
  }
  return { ...filters, region: actor.regionCode as AnalyticsFilters['region'] };
}

/**
 * The schema checks a period given in full; this checks it once the defaults are filled in (a
 * `to` alone runs from the current year), so no request can ask for an unbounded series.
 */
function assertBoundedPeriod(period: Period) {
  const problem = periodProblem(period.from, period.to);
  if (problem)
    throw new AppError('VALIDATION_FAILED', 'The period is not valid', [
      { path: 'query.to', message: problem.message, ...ruleOfIssue('custom', { params: problem.params }) },
    ]);
}

/** The collaboration indicators for the filters: what every breakdown and time series sums to. */
async function collaborationTotals(db: DbOrTransaction, filters: AnalyticsFilters, period: Period): Promise<IndicatorValues> {
  const [row] = await db.execute<Record<string, unknown>>(sql`
    with s as (select ${sumColumns} from ${rowsFor(filters, 'total', period)} r),
         m as (${medianQuery(filters, period, sql`''`, 'total')})
    select ${joinedColumns} from s left join m on true`);
  return toValues(row ?? {});
}

/** Every indicator for the filters, for whoever may see them (no access check here). */
export async function computeSummary(db: DbOrTransaction, filters: AnalyticsFilters) {
  const period = periodOf(filters);
  const [collaborations, platform] = await Promise.all([collaborationTotals(db, filters, period), platformCounts(db, filters, period)]);
  return { period, values: deriveIndicators({ ...collaborations, ...platform }) };
}

/** The collaboration indicators by one dimension, with the total they sum to (no access check here). */
export async function computeBreakdown(db: DbOrTransaction, filters: AnalyticsFilters, by: BreakdownDimension) {
  const period = periodOf(filters);
  const [rows, total] = await Promise.all([
    // Every group that has a collaboration matching the filters, with zeros where none of its
    // events fall in the period (the undated 'collaboration' rows list them).
    db.execute<Record<string, unknown>>(sql`
      with s as (select r.key, ${sumColumns} from ${rowsFor(filters, by, period, { everyGroup: true })} r
                 group by r.key having sum(r.events) filter (where r.kind = 'collaboration') > 0),
           m as (${medianQuery(filters, period, rollupDimensionExpression[by], by)})
      select s.key as "key", ${joinedColumns} from s left join m on m.key = s.key order by s.key`),
    collaborationTotals(db, filters, period),
  ]);
  return { period, by, rows: rows.map((row) => ({ key: String(row.key), values: toValues(row) })), total };
}

export const analyticsSummary = ({ ctx, input }: { ctx: ServiceContext; input: AnalyticsFilters }) => computeSummary(ctx.db, scoped(ctx, input));

export const analyticsBreakdown = ({ ctx, input: { by, ...filters } }: { ctx: ServiceContext; input: AnalyticsFilters & { by: BreakdownDimension } }) =>
  computeBreakdown(ctx.db, scoped(ctx, filters), by);

/**
 * The indicators per month, quarter or year of the period. Each bucket counts the events dated in
 * it, so the buckets of an additive indicator sum to the period's total.
 *
 * One query whatever the period: the buckets come from generate_series, the rollup's days are
 * summed per bucket (an event counts in the bucket of its own date), and a bucket without events
 * still answers zeros.
 */
export async function analyticsTimeseries({
  ctx,
  input: { interval, ...filters },
}: {
  ctx: ServiceContext;
  input: AnalyticsFilters & { interval: AnalyticsInterval };
}) {
  const applied = scoped(ctx, filters);
  assertBoundedPeriod(periodOf(applied));
  return computeTimeseries(ctx.db, applied, interval);
}

/** The time series for the filters (no access check here). */
export async function computeTimeseries(db: DbOrTransaction, filters: AnalyticsFilters, interval: AnalyticsInterval) {
  const period = periodOf(filters);
  // PostgreSQL truncates to a quarter but has no "1 quarter" interval.
  const step = { month: '1 month', quarter: '3 months', year: '1 year' }[interval];
  const bucketOf = sql`date_trunc(${interval}, r.day)::date`;
  const rows = await db.execute<Record<string, unknown>>(sql`
    with bucket as (
      select b::date as start from generate_series(date_trunc(${interval}, ${period.from}::date), ${period.to}::date, ${step}::interval) as b
    ),
    s as (select ${bucketOf} as start, ${sumColumns} from ${rowsFor(filters, 'total', period)} r group by 1),
    m as (${medianQuery(filters, period, bucketOf, 'total', bucketOf)})
    select to_char(bucket.start, 'YYYY-MM-DD') as "start", ${joinedColumns}
    from bucket left join s on s.start = bucket.start left join m on m.key = bucket.start
    order by bucket.start`);
  return { period, interval, rows: rows.map((row) => ({ start: String(row.start), values: toValues(row) })) };
}
