import { z } from 'zod';
import { breakdownDimensions, indicatorValuesSchema } from '../indicators/definitions.ts';
import { regionCodeSchema } from '../taxonomy/index.ts';
import { researchFieldCodeSchema, sectorCodeSchema, territoryCodeSchema } from './catalogue.ts';

/** The filters every analytics endpoint takes. The period defaults to the current calendar year. */
export const analyticsFilterShape = {
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  region: regionCodeSchema.optional(),
  sector: sectorCodeSchema.optional(),
  field: researchFieldCodeSchema.optional(),
  territory: territoryCodeSchema.optional(),
  priority: z.enum(['manufacturing', 'digital', 'agro', 'biotech', 'green_energy']).optional(),
};

/** The filters plus an endpoint's own parameters, unknown ones refused, the period in order. */
export const analyticsQuerySchema = <T extends z.ZodRawShape>(extra: T) =>
  z
    .strictObject({ ...analyticsFilterShape, ...extra })
    .refine(
      (filters) => {
        const { from, to } = filters as { from?: string; to?: string };
        return !from || !to || from <= to;
      },
      { message: 'The period cannot end before it starts', path: ['to'] },
    );

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
  interval: z.enum(['month', 'quarter', 'year']),
  rows: z.array(z.object({ start: z.string(), values: indicatorValuesSchema })),
});

const publishedRows = z.array(z.object({ key: z.string(), values: indicatorValuesSchema }));
/** Open data: aggregates only; a figure resting on fewer than `suppressedBelow` collaborations is null. */
export const openIndicatorsSchema = z.object({ year: z.number().int(), suppressedBelow: z.number().int(), national: indicatorValuesSchema, byRegion: publishedRows, bySector: publishedRows });
