import { isDeepStrictEqual } from 'node:util';
import { sql } from 'drizzle-orm';
import type { DbOrTransaction } from '@kopir/db';
import { breakdownDimensions, type AnalyticsFilters, type IndicatorValues } from '@kopir/shared';
import { calendarYear } from './facts.ts';
import { computeBreakdown, computeSummary, computeTimeseries } from './analytics.ts';
import { rawBreakdown, rawPlatformCollaborationCounts, rawTimeseries, rawTotals } from './raw-analytics.ts';

/** The summary's values of the codes the raw totals have (it also carries platform counts and derived shares). */
const sameCodes = (values: IndicatorValues, as: IndicatorValues) => Object.fromEntries(Object.keys(as).map((code) => [code, values[code]]));

/**
 * Where the service's answers (read from the rollup) differ from the raw aggregation for the
 * filters: the summary's collaboration indicators and the platform ones that read collaborations, every breakdown and its total, the monthly
 * series. Each difference is one line naming the answer; none when the rollup is exact.
 */
export async function answersDifferingFromRaw(db: DbOrTransaction, filters: AnalyticsFilters): Promise<string[]> {
  const label = JSON.stringify(filters);
  const differences: string[] = [];
  const expect = (what: string, actual: unknown, expected: unknown) => {
    if (!isDeepStrictEqual(actual, expected)) differences.push(`${what} for ${label}: ${JSON.stringify(actual)} instead of ${JSON.stringify(expected)}`);
  };
  const total = await rawTotals(db, filters);
  const summary = (await computeSummary(db, filters)).values;
  expect('summary', sameCodes(summary, total), total);
  const platform = await rawPlatformCollaborationCounts(db, filters);
  expect('summary (platform)', sameCodes(summary, platform), platform);
  for (const by of breakdownDimensions) {
    const breakdown = await computeBreakdown(db, filters, by);
    expect(`breakdown by ${by}`, breakdown.rows, await rawBreakdown(db, filters, by));
    expect(`breakdown by ${by} total`, breakdown.total, total);
  }
  expect('monthly series', (await computeTimeseries(db, filters, 'month')).rows, await rawTimeseries(db, filters, 'month'));
  return differences;
}

/** The calendar years in which any collaboration event happened: what `--check` compares. */
export async function yearsWithCollaborations(db: DbOrTransaction): Promise<AnalyticsFilters[]> {
  const [row] = await db.execute<{ first: number | null; last: number | null }>(sql`
    select extract(year from min(created_at))::int as first,
           extract(year from greatest(max(created_at), max(accepted_at), max(contracted_at), max(completed_at), max(cancelled_at), max(declined_at)))::int
             as last
    from collaborations`);
  if (row?.first == null || row.last == null) return [];
  return Array.from({ length: row.last - row.first + 1 }, (_, i) => calendarYear(row.first! + i));
}
