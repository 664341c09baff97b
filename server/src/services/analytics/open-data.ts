import { indicators, type IndicatorValues } from '@kopir/shared';
import type { Database } from '@kopir/db';
import { computeBreakdown, computeSummary } from './analytics.ts';
import { calendarYear } from './facts.ts';

/** Fewer collaborations (or needs, or companies) than this behind a figure, and the figure is not published. */
export const SUPPRESS_BELOW = 3;

type Cell = { key: string; values: IndicatorValues };

/** Whether a figure rests on too few cases to publish; catalogue counts (no basis) are public anyway. */
const tooFew = (values: IndicatorValues, basis: string | null) => basis !== null && (values[basis] ?? 0) < SUPPRESS_BELOW;

/** The figures of one cell, with those resting on too few cases replaced by null. */
function suppress(values: IndicatorValues): IndicatorValues {
  const published: IndicatorValues = {};
  for (const indicator of indicators) {
    if (!(indicator.code in values)) continue;
    published[indicator.code] = tooFew(values, indicator.basis) ? null : (values[indicator.code] ?? null);
  }
  return published;
}

/**
 * Complementary suppression: when exactly one group of a breakdown hides an additive figure, the
 * total minus the visible groups would give it away, so the next smallest group is hidden too.
 */
function protectBreakdown(rows: Cell[]): Cell[] {
  const published = rows.map((row) => ({ key: row.key, values: suppress(row.values), raw: row.values }));
  for (const indicator of indicators) {
    const { basis } = indicator;
    if (!indicator.additive || basis === null || !published.some((row) => indicator.code in row.values)) continue;
    const hidden = published.filter((row) => row.values[indicator.code] === null);
    if (hidden.length !== 1) continue;
    const next = published.filter((row) => row.values[indicator.code] !== null).sort((a, b) => (a.raw[basis] ?? 0) - (b.raw[basis] ?? 0))[0];
    if (next) next.values[indicator.code] = null;
  }
  return published.map(({ key, values }) => ({ key, values }));
}

/** The published, aggregate-only indicators of a year: national, by region, by sector. */
export async function openIndicators(db: Database, year: number) {
  const filters = calendarYear(year);
  const [national, byRegion, bySector] = await Promise.all([computeSummary(db, filters), computeBreakdown(db, filters, 'region'), computeBreakdown(db, filters, 'sector')]);
  return {
    year,
    suppressedBelow: SUPPRESS_BELOW,
    national: suppress(national.values),
    byRegion: protectBreakdown(byRegion.rows),
    bySector: protectBreakdown(bySector.rows),
  };
}
