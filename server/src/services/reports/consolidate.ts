import { deriveIndicators, indicators, regionCodes, type IndicatorValues, type ReportFigures } from '@kopir/shared';
import { combineContributions } from '../analytics/contribution-facts.ts';
import { TOP_COLLABORATIONS } from './live-figures.ts';

/** The additive indicators summed; the shares recomputed from the sums; the medians left out (they cannot be summed). */
function sumValues(parts: IndicatorValues[]): IndicatorValues {
  const total: IndicatorValues = {};
  for (const indicator of indicators) {
    if (!parts.some((part) => indicator.code in part)) continue;
    total[indicator.code] = indicator.additive ? parts.reduce((sum, part) => sum + (part[indicator.code] ?? 0), 0) : null;
  }
  return deriveIndicators(total);
}

function sumGroups(parts: ReportFigures['bySector'][]): ReportFigures['bySector'] {
  const byKey = new Map<string, IndicatorValues[]>();
  for (const rows of parts) for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row.values]);
  return [...byKey.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, values]) => ({ key, values: sumValues(values) }));
}

type Groups = ReportFigures['bySector'];

/** The groups' contributions summed by key; a group some region has no contributions for is left out, so it counts as unknown. */
function combineGroups(parts: (Groups | undefined)[]): Groups {
  if (parts.some((rows) => !rows)) return [];
  const byKey = new Map<string, Groups[number]['values'][]>();
  for (const rows of parts as Groups[]) for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row.values]);
  return [...byKey.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, values]) => ({ key, values: combineContributions(values)! }));
}

/** The regions' contributions consolidated; none when a region's report was frozen without them. */
function consolidateContributions(regional: ReportFigures[]): ReportFigures['contributions'] {
  const parts = regional.map((figures) => figures.contributions);
  const values = combineContributions(parts.map((part) => part?.values));
  const previousYear = combineContributions(parts.map((part) => part?.previousYear));
  if (!values || !previousYear) return undefined;
  return { values, previousYear, bySector: combineGroups(parts.map((part) => part?.bySector)), byField: combineGroups(parts.map((part) => part?.byField)) };
}

/**
 * The national figures of a year, summed from the regions' frozen reports only (never from live
 * data), so the national report says exactly what the regions signed off.
 */
export function consolidate(year: number, regional: ReportFigures[], asOf: Date): ReportFigures {
  const contributions = consolidateContributions(regional);
  const consolidates = regional.map((figures) => figures.regionCode!).sort();
  return {
    year,
    regionCode: null,
    asOf: asOf.toISOString(),
    values: sumValues(regional.map((figures) => figures.values)),
    previousYear: sumValues(regional.map((figures) => figures.previousYear)),
    bySector: sumGroups(regional.map((figures) => figures.bySector)),
    byField: sumGroups(regional.map((figures) => figures.byField)),
    topCollaborations: regional
      .flatMap((figures) => figures.topCollaborations ?? [])
      .sort((a, b) => (b.budgetKzt ?? -1) - (a.budgetKzt ?? -1) || b.contractedAt.localeCompare(a.contractedAt))
      .slice(0, TOP_COLLABORATIONS),
    ...(contributions && { contributions }),
    consolidates,
    missingRegions: regionCodes.filter((code) => !consolidates.includes(code)),
  };
}
