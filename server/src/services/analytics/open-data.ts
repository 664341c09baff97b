import type { IndicatorValues } from '@kopir/shared';
import type { ServiceContext } from '../context.ts';
import { kazakhstanYear } from '../reports/deadlines.ts';
import { computeBreakdown, computeSummary } from './analytics.ts';
import { contributionBreakdown, contributionTotals } from './contribution-facts.ts';
import { MIN_CASES, protectTable, type Row } from './disclosure.ts';
import { calendarYear } from './facts.ts';

/**
 * The published, aggregate-only indicators of a year: national, by region, by sector. The three
 * are one table (both breakdowns sum to the national figures), protected together.
 */
export async function openIndicators({ ctx, input }: { ctx: ServiceContext; input: { year?: number | undefined } }) {
  const { db } = ctx;
  // The default is this year by the context's clock, read per call (not once at start-up).
  const year = input.year ?? kazakhstanYear(ctx.now());
  const filters = calendarYear(year);
  const [national, byRegion, bySector, nationalContributions, regionContributions, sectorContributions] = await Promise.all([
    computeSummary(db, filters),
    computeBreakdown(db, filters, 'region'),
    computeBreakdown(db, filters, 'sector'),
    contributionTotals(db, filters),
    contributionBreakdown(db, filters, 'region'),
    contributionBreakdown(db, filters, 'sector'),
  ]);
  const withContributions = (rows: Row<IndicatorValues>[], contributions: Map<string, IndicatorValues>) =>
    rows.map((row) => ({ key: row.key, values: { values: row.values, contributions: contributions.get(row.key) ?? null } }));
  const published = protectTable({
    total: { values: national.values, contributions: nationalContributions },
    breakdowns: [withContributions(byRegion.rows, regionContributions), withContributions(bySector.rows, sectorContributions)],
  });
  return { year, suppressedBelow: MIN_CASES, national: published.total, byRegion: published.breakdowns[0]!, bySector: published.breakdowns[1]! };
}
