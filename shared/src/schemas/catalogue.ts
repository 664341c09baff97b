import { z } from 'zod';
import { labStatuses, needClosedReasons, needStatuses, needVisibilities } from '../domain.ts';
import { localeSchema, localizedDescriptionSchema, localizedTextSchema } from '../locales.ts';
import { tengeSchema } from '../money.ts';
import { isoDateWithin, planYears } from './dates.ts';
import { inputRules } from './field-rules.ts';
import { text, textLimits } from './text.ts';
import { researchFieldCodes } from '../taxonomy/research-fields.ts';
import { regionCodeSchema } from '../taxonomy/index.ts';
import { sectorCodes } from '../taxonomy/sectors.ts';
import { emailSchema } from './accounts.ts';

export const sectorCodeSchema = z.enum(sectorCodes, 'Not a sector code (NACE section A–U)');
export const researchFieldCodeSchema = z.enum(researchFieldCodes, 'Not a research field code (FOS 2007, e.g. 2.9)');
/**
 * Capability and territory codes are editable by admins, so their shape is checked here and
 * their existence against the live taxonomy by the server.
 */
export const capabilityCodeSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Not a capability code')
  .max(80);
export const territoryCodeSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Not a territory code')
  .max(80);
export const trlSchema = z.number().int().min(1, 'TRL is 1 to 9').max(9, 'TRL is 1 to 9');

const uniqueList = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .transform((values) => [...new Set(values)]);
const freeText = (max: number) => text(max);

// ---- labs -----------------------------------------------------------------------------------

const labFields = {
  name: localizedTextSchema,
  description: localizedDescriptionSchema,
  researchFields: uniqueList(researchFieldCodeSchema, 10),
  sectors: uniqueList(sectorCodeSchema, 21),
  capabilities: uniqueList(capabilityCodeSchema, 40),
  keywords: uniqueList(freeText(60), 30),
  equipment: uniqueList(freeText(200), 50),
  trlMin: trlSchema,
  trlMax: trlSchema,
  teamSize: z.number().int().min(1).max(10_000).nullable(),
  languages: uniqueList(localeSchema, 3),
  regionCode: regionCodeSchema,
  territoryCode: territoryCodeSchema.nullable(),
  contactName: freeText(200).nullable(),
  contactEmail: emailSchema.nullable(),
  status: z.enum(labStatuses),
};

const trlOrdered = (lab: { trlMin?: number | undefined; trlMax?: number | undefined }) =>
  lab.trlMin === undefined || lab.trlMax === undefined || lab.trlMin <= lab.trlMax;
const trlOrderMessage = { message: 'The lowest TRL cannot be above the highest', path: ['trlMax'], params: { rule: inputRules.trlOrder } };

/** A new lab; region and territory default to the organisation's. */
export const createLabSchema = z
  .strictObject({
    ...labFields,
    researchFields: labFields.researchFields.default([]),
    sectors: labFields.sectors.default([]),
    capabilities: labFields.capabilities.default([]),
    keywords: labFields.keywords.default([]),
    equipment: labFields.equipment.default([]),
    teamSize: labFields.teamSize.optional(),
    languages: labFields.languages.default([]),
    regionCode: labFields.regionCode.optional(),
    territoryCode: labFields.territoryCode.optional(),
    contactName: labFields.contactName.optional(),
    contactEmail: labFields.contactEmail.optional(),
    status: labFields.status.default('active'),
  })
  .refine(trlOrdered, trlOrderMessage);
export type CreateLab = z.infer<typeof createLabSchema>;

export const updateLabSchema = z.strictObject(labFields).partial().refine(trlOrdered, trlOrderMessage);
export type UpdateLab = z.infer<typeof updateLabSchema>;

const organisationSummarySchema = z.object({ id: z.uuid(), name: localizedTextSchema, verified: z.boolean() });

export const labSchema = z.object({
  id: z.uuid(),
  organisation: organisationSummarySchema,
  name: localizedTextSchema,
  description: localizedDescriptionSchema,
  researchFields: z.array(z.string()),
  sectors: z.array(z.string()),
  capabilities: z.array(z.string()),
  keywords: z.array(z.string()),
  equipment: z.array(z.string()),
  trlMin: z.number().int(),
  trlMax: z.number().int(),
  teamSize: z.number().int().nullable(),
  languages: z.array(localeSchema),
  regionCode: z.string(),
  territoryCode: z.string().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  status: z.enum(labStatuses),
  /** Not edited or confirmed for a year: its researchers were asked to confirm it, and search shows it as possibly out of date. */
  stale: z.boolean(),
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
  /** When one of its researchers last confirmed it is still current; null if nobody has had to. */
  confirmedAt: z.iso.datetime().nullable(),
});
export type Lab = z.infer<typeof labSchema>;

// ---- needs ----------------------------------------------------------------------------------

/** Typed as people write it ("20 млн", "1,5 млрд") or as a number; stored as integer tenge. */
const budgetSchema = tengeSchema();
const budgetOrdered = (need: { budgetMinKzt?: number | null | undefined; budgetMaxKzt?: number | null | undefined }) =>
  need.budgetMinKzt == null || need.budgetMaxKzt == null || need.budgetMinKzt <= need.budgetMaxKzt;
const budgetOrderMessage = { message: 'The highest budget cannot be below the lowest', path: ['budgetMaxKzt'], params: { rule: inputRules.budgetOrder } };

const needFields = {
  title: text(textLimits.name, { min: 5, minMessage: 'Give the need a title of at least 5 characters' }),
  description: localizedDescriptionSchema,
  sectors: uniqueList(sectorCodeSchema, 21).refine((list) => list.length > 0, {
    message: 'Choose at least one sector',
    params: { rule: inputRules.chooseAtLeastOne },
  }),
  capabilities: uniqueList(capabilityCodeSchema, 40),
  researchFields: uniqueList(researchFieldCodeSchema, 10),
  trlTarget: trlSchema,
  budgetMinKzt: budgetSchema.nullable(),
  budgetMaxKzt: budgetSchema.nullable(),
  deadlineOn: isoDateWithin(planYears).nullable(),
  regionCode: regionCodeSchema,
  territoryCode: territoryCodeSchema.nullable(),
  visibility: z.enum(needVisibilities),
};

export const createNeedSchema = z
  .strictObject({
    ...needFields,
    capabilities: needFields.capabilities.default([]),
    researchFields: needFields.researchFields.default([]),
    budgetMinKzt: needFields.budgetMinKzt.optional(),
    budgetMaxKzt: needFields.budgetMaxKzt.optional(),
    deadlineOn: needFields.deadlineOn.optional(),
    regionCode: needFields.regionCode.optional(),
    territoryCode: needFields.territoryCode.optional(),
    visibility: needFields.visibility.default('public'),
  })
  .refine(budgetOrdered, budgetOrderMessage);
export type CreateNeed = z.infer<typeof createNeedSchema>;

/** Status moves open → closed or fulfilled, and back to open if the company reopens it. */
export const updateNeedSchema = z
  .strictObject({ ...needFields, status: z.enum(needStatuses) })
  .partial()
  .refine(budgetOrdered, budgetOrderMessage);
export type UpdateNeed = z.infer<typeof updateNeedSchema>;

/** What anyone may see of a confidential need. */
export const needPublicSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  sectors: z.array(z.string()),
  regionCode: z.string(),
  visibility: z.enum(needVisibilities),
  status: z.enum(needStatuses),
  publishedAt: z.iso.datetime(),
});

export const needSchema = needPublicSchema.extend({
  organisation: organisationSummarySchema,
  description: localizedDescriptionSchema,
  capabilities: z.array(z.string()),
  researchFields: z.array(z.string()),
  trlTarget: z.number().int(),
  budgetMinKzt: z.number().int().nullable(),
  budgetMaxKzt: z.number().int().nullable(),
  deadlineOn: z.string().nullable(),
  /** Why a need that is not open ended: its company closed it, or its deadline passed; null while open. */
  closedReason: z.enum(needClosedReasons).nullable(),
  territoryCode: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
});
export type Need = z.infer<typeof needSchema>;
/** A need as its reader may see it: in full, or only its public fields when confidential. */
export const needViewSchema = z.union([needSchema, needPublicSchema.extend({ restricted: z.literal(true) })]);
export type NeedView = z.infer<typeof needViewSchema>;

// ---- search ---------------------------------------------------------------------------------

/** A query-string filter given once (`?sector=C`) or repeated (`?sector=C&sector=J`). */
const oneOrMany = <T extends z.ZodType<string>>(item: T) =>
  z.preprocess((value) => (value === undefined || Array.isArray(value) ? value : [value]), z.array(item).max(20).optional());

const searchQueryFields = {
  q: text(textLimits.query, { min: 0 }).optional(),
  sector: oneOrMany(sectorCodeSchema),
  field: oneOrMany(researchFieldCodeSchema),
  capability: oneOrMany(capabilityCodeSchema),
  region: oneOrMany(regionCodeSchema),
  territory: oneOrMany(territoryCodeSchema),
  trl: z.coerce.number().int().min(1).max(9).optional(),
  verified: z.stringbool().optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
};

export const labSearchQuerySchema = z.strictObject(searchQueryFields);
export type LabSearchQuery = z.infer<typeof labSearchQuerySchema>;
export const needSearchQuerySchema = z.strictObject({ ...searchQueryFields, status: oneOrMany(z.enum(needStatuses)) });
export type NeedSearchQuery = z.infer<typeof needSearchQuerySchema>;

/** Facet counts: for each facet, how many hits have each code. */
export const facetsSchema = z.record(z.string(), z.record(z.string(), z.number().int()));

export const labHitSchema = z.object({
  id: z.uuid(),
  name: localizedTextSchema,
  description: localizedDescriptionSchema,
  organisation: organisationSummarySchema,
  capabilities: z.array(z.string()),
  sectors: z.array(z.string()),
  researchFields: z.array(z.string()),
  trlMin: z.number().int(),
  trlMax: z.number().int(),
  regionCode: z.string(),
  territoryCode: z.string().nullable(),
  /** Not edited or confirmed for a year (see `labSchema`). */
  stale: z.boolean(),
  /** The matched words wrapped in <mark>…</mark>, per attribute (`name_en`, `description_ru` …). */
  highlights: z.record(z.string(), z.string()),
});

export const needHitSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  description: localizedDescriptionSchema.nullable(),
  organisation: organisationSummarySchema.nullable(),
  capabilities: z.array(z.string()),
  sectors: z.array(z.string()),
  regionCode: z.string(),
  trlTarget: z.number().int().nullable(),
  visibility: z.enum(needVisibilities),
  status: z.enum(needStatuses),
  highlights: z.record(z.string(), z.string()),
});

export const searchResultSchema = <T extends z.ZodType>(hit: T) =>
  z.object({
    hits: z.array(hit),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    facets: facetsSchema,
    processingTimeMs: z.number(),
  });

// ---- taxonomy administration ----------------------------------------------------------------

const trilingualLabels = z.strictObject({ kk: freeText(200), ru: freeText(200), en: freeText(200) });

export const addCapabilitySchema = z.strictObject({
  code: capabilityCodeSchema,
  labels: trilingualLabels,
  fields: uniqueList(researchFieldCodeSchema, 5).refine((list) => list.length > 0, 'Choose at least one research field'),
  sectors: uniqueList(sectorCodeSchema, 10).refine((list) => list.length > 0, {
    message: 'Choose at least one sector',
    params: { rule: inputRules.chooseAtLeastOne },
  }),
  synonyms: z.strictObject({ kk: uniqueList(freeText(100), 20), ru: uniqueList(freeText(100), 20), en: uniqueList(freeText(100), 20) }),
});

export const addTerritorySchema = z.strictObject({ code: territoryCodeSchema, labels: trilingualLabels, regionCode: regionCodeSchema });

// ---- an organisation's page ------------------------------------------------------------------

/** What an organisation's public page lists: its active labs and its open public needs, newest first. */
export const organisationListingsSchema = z.object({
  labs: z.array(
    z.object({
      id: z.uuid(),
      name: localizedTextSchema,
      regionCode: z.string(),
      capabilities: z.array(z.string()),
      trlMin: z.number().int(),
      trlMax: z.number().int(),
      updatedAt: z.iso.datetime(),
    }),
  ),
  needs: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      sectors: z.array(z.string()),
      regionCode: z.string(),
      deadlineOn: z.string().nullable(),
      publishedAt: z.iso.datetime(),
    }),
  ),
  /** Whether either list was cut at its limit (the search finds the rest). */
  truncated: z.boolean(),
});
export type OrganisationListings = z.infer<typeof organisationListingsSchema>;
