import { indicators, type IndicatorDefinition, type IndicatorValues, type Locale } from '@kopir/shared';
import type { FigureData } from '../components/chart-figure.tsx';

/**
 * The defined indicators that an answer actually carries, in the order they are defined. Pages
 * list what the API sends rather than a list of their own, so a newly defined indicator shows up
 * without a change here, and one a breakdown does not compute is simply not offered.
 */
export function presentIndicators(answers: IndicatorValues[]): IndicatorDefinition[] {
  return indicators.filter((indicator) => answers.some((values) => indicator.code in values));
}

/** The indicator with `code` if present, else the first present one. */
export const chosenIndicator = (present: IndicatorDefinition[], code: string | undefined) => present.find((indicator) => indicator.code === code) ?? present[0];

/** One indicator over keyed rows (breakdown groups or time buckets), as a chart and its table show it. */
export function figureOf(
  rows: { key: string; values: IndicatorValues }[],
  indicator: IndicatorDefinition | undefined,
  locale: Locale,
  keyHeading: string,
  labelOf: (key: string) => string,
): FigureData {
  return {
    keyHeading,
    rows: rows.map((row) => ({ key: row.key, label: labelOf(row.key) })),
    columns: indicator
      ? [{ code: indicator.code, label: indicator.labels[locale], unit: indicator.unit, values: rows.map((row) => row.values[indicator.code] ?? null) }]
      : [],
  };
}
