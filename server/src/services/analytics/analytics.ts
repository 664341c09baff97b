import { sql } from 'drizzle-orm';
import type { DbOrTransaction as Database } from '@kopir/db';
import { deriveIndicators, type AnalyticsFilters, type BreakdownDimension, type IndicatorValues } from '@kopir/shared';
import { notYourRegion } from '../../errors.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { dimensionExpression, factsFrom, filterClause, indicatorColumns, periodOf, toValues, type Period } from './facts.ts';
import { platformCounts } from './platform-facts.ts';

/**
 * The filters as this reader may apply them: the ministry and admins see everything; a region
 * officer sees their own region only, so asking for another is refused and asking for none
 * means their own.
 */
function scoped(ctx: ServiceContext, filters: AnalyticsFilters): AnalyticsFilters {
  const actor = signedInActor(ctx);
  if (actor.role !== 'region') return filters;
  if (filters.region && filters.region !== actor.regionCode) {
    throw notYourRegion('Region officers see their own region’s figures only', actor.regionCode);
  }
  return { ...filters, region: actor.regionCode as AnalyticsFilters['region'] };
}

/** The collaboration indicators for the filters: what every breakdown and time series sums to. */
async function collaborationTotals(db: Database, filters: AnalyticsFilters, period: Period): Promise<IndicatorValues> {
  const [row] = await db.execute<Record<string, unknown>>(sql`select ${indicatorColumns(period)} ${factsFrom} where ${filterClause(filters)}`);
  return toValues(row ?? {});
}

/** Every indicator for the filters, for whoever may see them (no access check here). */
export async function computeSummary(db: Database, filters: AnalyticsFilters) {
  const period = periodOf(filters);
  const [collaborations, platform] = await Promise.all([collaborationTotals(db, filters, period), platformCounts(db, filters, period)]);
  return { period, values: deriveIndicators({ ...collaborations, ...platform }) };
}

/** The collaboration indicators by one dimension, with the total they sum to (no access check here). */
export async function computeBreakdown(db: Database, filters: AnalyticsFilters, by: BreakdownDimension) {
  const period = periodOf(filters);
  const [rows, total] = await Promise.all([
    db.execute<Record<string, unknown>>(sql`select ${dimensionExpression[by]} as "key", ${indicatorColumns(period)} ${factsFrom} where ${filterClause(filters)} group by 1 order by 1`),
    collaborationTotals(db, filters, period),
  ]);
  return { period, by, rows: rows.map((row) => ({ key: String(row.key), values: toValues(row) })), total };
}

export const analyticsSummary = ({ ctx, filters }: { ctx: ServiceContext; filters: AnalyticsFilters }) => computeSummary(ctx.db, scoped(ctx, filters));

export const analyticsBreakdown = ({ ctx, filters, by }: { ctx: ServiceContext; filters: AnalyticsFilters; by: BreakdownDimension }) =>
  computeBreakdown(ctx.db, scoped(ctx, filters), by);

/**
 * The indicators per month, quarter or year of the period. Each bucket counts the events dated in
 * it, so the buckets of an additive indicator sum to the period's total.
 */
export async function analyticsTimeseries({ ctx, filters, interval }: { ctx: ServiceContext; filters: AnalyticsFilters; interval: 'month' | 'quarter' | 'year' }) {
  const applied = scoped(ctx, filters);
  const period = periodOf(applied);
  // PostgreSQL truncates to a quarter but has no "1 quarter" interval.
  const step = { month: '1 month', quarter: '3 months', year: '1 year' }[interval];
  const buckets = await ctx.db.execute<{ start: string; end: string }>(sql`
    select to_char(b, 'YYYY-MM-DD') as start, to_char(least(b + ${step}::interval - interval '1 day', ${period.to}::date), 'YYYY-MM-DD') as end
    from generate_series(date_trunc(${interval}, ${period.from}::date), ${period.to}::date, ${step}::interval) as b`);
  const rows = [];
  for (const bucket of buckets) {
    const from = bucket.start < period.from ? period.from : bucket.start;
    const [row] = await ctx.db.execute<Record<string, unknown>>(sql`select ${indicatorColumns({ from, to: bucket.end })} ${factsFrom} where ${filterClause(applied)}`);
    rows.push({ start: bucket.start, values: toValues(row ?? {}) });
  }
  return { period, interval, rows };
}
