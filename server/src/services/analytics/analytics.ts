import { sql } from 'drizzle-orm';
import type { AnalyticsFilters, BreakdownDimension } from '@kopir/shared';
import { AppError } from '../../errors.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { dimensionExpression, factsFrom, filterClause, indicatorColumns, periodOf, toValues } from './facts.ts';

/**
 * The filters as this reader may apply them: the ministry and admins see everything; a region
 * officer sees their own region only, so asking for another is refused and asking for none
 * means their own.
 */
function scoped(ctx: ServiceContext, filters: AnalyticsFilters): AnalyticsFilters {
  const actor = signedInActor(ctx);
  if (actor.role !== 'region') return filters;
  if (filters.region && filters.region !== actor.regionCode) {
    throw new AppError(403, 'NOT_YOUR_REGION', 'Region officers see their own region’s figures only', undefined, { yourRegion: actor.regionCode });
  }
  return { ...filters, region: actor.regionCode as AnalyticsFilters['region'] };
}

export async function analyticsSummary({ ctx, filters }: { ctx: ServiceContext; filters: AnalyticsFilters }) {
  const applied = scoped(ctx, filters);
  const period = periodOf(applied);
  const [row] = await ctx.db.execute<Record<string, unknown>>(sql`select ${indicatorColumns(period)} ${factsFrom} where ${filterClause(applied)}`);
  return { period, values: toValues(row ?? {}) };
}

export async function analyticsBreakdown({ ctx, filters, by }: { ctx: ServiceContext; filters: AnalyticsFilters; by: BreakdownDimension }) {
  const applied = scoped(ctx, filters);
  const period = periodOf(applied);
  const dimension = dimensionExpression[by];
  const rows = await ctx.db.execute<Record<string, unknown>>(
    sql`select ${dimension} as "key", ${indicatorColumns(period)} ${factsFrom} where ${filterClause(applied)} group by 1 order by 1`,
  );
  const { values: total } = await analyticsSummary({ ctx, filters: applied });
  return { period, by, rows: rows.map((row) => ({ key: String(row.key), values: toValues(row) })), total };
}

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
