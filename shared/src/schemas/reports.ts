import { z } from 'zod';
import { localeSchema } from '../locales.ts';
import { fundingSources, reportScopes, reportStatuses } from '../domain.ts';
import { indicatorValuesSchema } from '../indicators/definitions.ts';
import { regionCodeSchema } from '../taxonomy/index.ts';
import { analyticsYears } from './dates.ts';
import { text, textLimits } from './text.ts';

/** A reporting year: the Concept runs 2026–2035; earlier years are allowed for baselines. */
export const reportYearSchema = z.coerce.number().int().min(analyticsYears.min).max(analyticsYears.max);

const groupRows = z.array(z.object({ key: z.string(), values: indicatorValuesSchema }));

/** One of the year's largest contracts, as a report lists it. A confidential need's title stays out. */
export const reportCollaborationSchema = z.object({
  id: z.uuid(),
  /** Names as registered, in each language given. */
  labName: z.record(z.string(), z.string()),
  universityName: z.record(z.string(), z.string()),
  companyName: z.record(z.string(), z.string()),
  regionCode: z.string(),
  needTitle: z.string().nullable(),
  budgetKzt: z.number().int().nullable(),
  fundingSource: z.enum(fundingSources).nullable(),
  contractedAt: z.string(),
});

/**
 * A report's figures: what is frozen at submission and checksummed. The national report's also
 * say which regions it consolidates.
 */
export const reportFiguresSchema = z.object({
  year: z.number().int(),
  regionCode: z.string().nullable(),
  /** When the figures were taken from live data (or, for the national report, consolidated). */
  asOf: z.string(),
  values: indicatorValuesSchema,
  previousYear: indicatorValuesSchema,
  bySector: groupRows,
  byField: groupRows,
  /** Internal only (the region's officers, the ministry, admins): the public national report has no named list. */
  topCollaborations: z.array(reportCollaborationSchema).optional(),
  /**
   * Internal only: what disclosure control needs about each cell (contracts per funding source,
   * the largest single contribution to each sum), frozen with the figures it describes so the
   * public national report can be protected from the regions' frozen reports.
   */
  contributions: z.object({ values: indicatorValuesSchema, previousYear: indicatorValuesSchema, bySector: groupRows, byField: groupRows }).optional(),
  /** True on the public view of the national report: its null figures are withheld by disclosure control (docs/indicators.md). */
  disclosureControlled: z.boolean().optional(),
  consolidates: z.array(z.string()).optional(),
  missingRegions: z.array(z.string()).optional(),
});
export type ReportFigures = z.infer<typeof reportFiguresSchema>;

export const reportSchema = z.object({
  scope: z.enum(reportScopes),
  regionCode: z.string().nullable(),
  year: z.number().int(),
  /** `not_started` until someone saves a narrative; figures are live until submission. */
  status: z.enum([...reportStatuses, 'not_started']),
  dueOn: z.string(),
  narrative: z.string(),
  figures: reportFiguresSchema,
  /** SHA-256 (hex) of the canonical JSON of `{ figures, narrative }`; null while a draft. */
  checksum: z.string().nullable(),
  submittedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  isLate: z.boolean(),
});
export type Report = z.infer<typeof reportSchema>;

export const reportStatusRowSchema = reportSchema.pick({
  scope: true,
  regionCode: true,
  year: true,
  status: true,
  dueOn: true,
  submittedAt: true,
  publishedAt: true,
  isLate: true,
  checksum: true,
});
export const reportListSchema = z.object({ year: z.number().int(), reports: z.array(reportStatusRowSchema) });
export const publishedReportListSchema = z.object({ reports: z.array(reportStatusRowSchema) });

export const narrativeInputSchema = z.strictObject({ narrative: text(textLimits.narrative, { min: 0 }) });
export const regionReportParamsSchema = z.strictObject({ region: regionCodeSchema, year: reportYearSchema });
export const nationalReportParamsSchema = z.strictObject({ year: reportYearSchema });
/** A download's format and, for CSV, the language of its headers and names (else the reader's Accept-Language, else English). */
export const reportFormatSchema = z.strictObject({ format: z.enum(['csv', 'json']).default('json'), lang: localeSchema.optional() });
