import { z } from 'zod';
import { analyticsIntervals, priorityAreaCodes } from '../domain.ts';
import { breakdownDimensions, indicators, type IndicatorDefinition } from '../indicators/definitions.ts';
import { regionCodeSchema } from '../taxonomy/index.ts';
import { researchFieldCodeSchema, sectorCodeSchema, territoryCodeSchema } from './catalogue.ts';
import { analyticsYears, daysBetween, isoDateWithin } from './dates.ts';
import { inputRules } from './field-rules.ts';

/** The longest period analytics answer for: ten years (120 monthly buckets), leap days included. */
export const maxAnalyticsYears = 10;

/**
 * What is wrong with a period, if anything: the one rule the schema and the service (which fills
 * in a default end) both apply.
 */
export function periodProblem(from: string, to: string): { message: string; params: Record<string, unknown> } | null {
  if (from > to) return { message: 'The period cannot end before it starts', params: { rule: inputRules.periodOrder } };
  if (daysBetween(from, to) > maxAnalyticsYears * 366) {
    return { message: `Ask for at most ${maxAnalyticsYears} years at a time`, params: { rule: inputRules.periodTooLong, maxYears: maxAnalyticsYears } };
  }
  return null;
}

/** The filters every analytics endpoint takes. The period defaults to the current calendar year. */
export const analyticsFilterShape = {
  from: isoDateWithin(analyticsYears).optional(),
  to: isoDateWithin(analyticsYears).optional(),
  region: regionCodeSchema.optional(),
  sector: sectorCodeSchema.optional(),
  field: researchFieldCodeSchema.optional(),
  territory: territoryCodeSchema.optional(),
  priority: z.enum(priorityAreaCodes).optional(),
};

/** The filters plus an endpoint's own parameters, unknown ones refused, the period in order. */
export const analyticsQuerySchema = <T extends z.ZodRawShape>(extra: T) =>
  z.strictObject({ ...analyticsFilterShape, ...extra }).check((context) => {
    const { from, to } = context.value as { from?: string; to?: string };
    const problem = from && to ? periodProblem(from, to) : null;
    if (problem) context.issues.push({ code: 'custom', input: context.value, path: ['to'], message: problem.message, params: problem.params });
  });

export const analyticsFiltersSchema = analyticsQuerySchema({});
export type AnalyticsFilters = z.infer<typeof analyticsFiltersSchema>;

const period = z.object({ from: z.string(), to: z.string() });

/**
 * A closed set of indicator values, one key per indicator (its code), each a number or null
 * (withheld, or nothing to compute a median or share from), so a client knows every key.
 */
const valuesOf = (definitions: IndicatorDefinition[]) =>
  z.object(Object.fromEntries(definitions.map((indicator) => [indicator.code, z.number().nullable().describe(`${indicator.labels.en} (${indicator.unit})`)])));
/** Every indicator: what the summary and the national open data give. */
const allValues = valuesOf(indicators);
/** The collaboration indicators: what each row of a breakdown or a time series gives. */
const collaborationValues = valuesOf(indicators.filter((indicator) => indicator.scope === 'collaborations'));

export const analyticsSummarySchema = z.object({ period, values: allValues });
export const analyticsBreakdownSchema = z.object({
  period,
  by: z.enum(breakdownDimensions),
  rows: z.array(z.object({ key: z.string(), values: collaborationValues })),
  total: collaborationValues,
});
export const analyticsTimeseriesSchema = z.object({
  period,
  interval: z.enum(analyticsIntervals),
  rows: z.array(z.object({ start: z.string(), values: collaborationValues })),
});

const publishedRows = z.array(z.object({ key: z.string(), values: collaborationValues }));
/** Open data: aggregates only; a figure resting on fewer than `suppressedBelow` collaborations is null. */
export const openIndicatorsSchema = z.object({
  year: z.number().int(),
  suppressedBelow: z.number().int(),
  national: allValues,
  byRegion: publishedRows,
  bySector: publishedRows,
});
