import { z } from 'zod';
import { analyticsIntervals, priorityAreaCodes } from '../domain.ts';
import { breakdownDimensions, indicatorValuesSchema } from '../indicators/definitions.ts';
import { regionCodeSchema } from '../taxonomy/index.ts';
import { researchFieldCodeSchema, sectorCodeSchema, territoryCodeSchema } from './catalogue.ts';
import { analyticsYears, daysBetween, isoDateWithin } from './dates.ts';
import { inputRules } from './text.ts';

/** The longest period analytics answer for: ten years (120 monthly buckets), leap days included. */
export const maxAnalyticsYears = 10;

/**
 * What is wrong with a period, if anything: the one rule the schema and the service (which fills
 * in a default end) both apply.
 */
export function periodProblem(from: string, to: string): { message: string; params: Record<string, unknown> } | null {
  if (from > to) return { message: 'The period cannot end before it starts', params: { rule: 'period_order' } };
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

export const analyticsSummarySchema = z.object({ period, values: indicatorValuesSchema });
export const analyticsBreakdownSchema = z.object({
  period,
  by: z.enum(breakdownDimensions),
  rows: z.array(z.object({ key: z.string(), values: indicatorValuesSchema })),
  total: indicatorValuesSchema,
});
export const analyticsTimeseriesSchema = z.object({
  period,
  interval: z.enum(analyticsIntervals),
  rows: z.array(z.object({ start: z.string(), values: indicatorValuesSchema })),
});

const publishedRows = z.array(z.object({ key: z.string(), values: indicatorValuesSchema }));
/** Open data: aggregates only; a figure resting on fewer than `suppressedBelow` collaborations is null. */
export const openIndicatorsSchema = z.object({
  year: z.number().int(),
  suppressedBelow: z.number().int(),
  national: indicatorValuesSchema,
  byRegion: publishedRows,
  bySector: publishedRows,
});
