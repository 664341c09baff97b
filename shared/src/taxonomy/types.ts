import { z } from 'zod';
import { priorityAreaCodes } from '../domain.ts';
import { trilingualSchema } from '../locales.ts';

/** One entry of a classification: a stable code (what the data stores) and its labels. */
export const taxonomyEntrySchema = z.strictObject({
  code: z.string().min(1),
  labels: trilingualSchema,
});
export type TaxonomyEntry = z.infer<typeof taxonomyEntrySchema>;

/** A region of Kazakhstan: one of the 17 oblasts or 3 cities of republican significance. */
export const regionSchema = taxonomyEntrySchema.extend({
  kind: z.enum(['region', 'city']),
});
export type Region = z.infer<typeof regionSchema>;

/** A NACE Rev. 2 section (A–U), which Kazakhstan's OKED follows at section level. */
export const sectorSchema = taxonomyEntrySchema.extend({ priority: z.boolean() });
export type Sector = z.infer<typeof sectorSchema>;

/** An OECD Fields of Science and Technology (FOS 2007) field, e.g. `2.9`, under its area `2`. */
export const researchFieldSchema = taxonomyEntrySchema.extend({ area: z.string() });
export type ResearchField = z.infer<typeof researchFieldSchema>;

/** Words in each language that mean the same capability (abbreviations, common phrasings). */
export const synonymsSchema = z.strictObject({ kk: z.array(z.string()), ru: z.array(z.string()), en: z.array(z.string()) });

/** A capability tag: a method, an equipment class or a technology a lab can offer. */
export const capabilitySchema = taxonomyEntrySchema.extend({
  /** FOS field codes it belongs to. */
  fields: z.array(z.string()).min(1),
  /** NACE section codes of the industries that use it. */
  sectors: z.array(z.string()).min(1),
  synonyms: synonymsSchema,
});
export type Capability = z.infer<typeof capabilitySchema>;

/** A science-intensive territory ("science city") under the 2026–2035 Concept; admins edit the list. */
export const territorySchema = taxonomyEntrySchema.extend({ regionCode: z.string() });
export type Territory = z.infer<typeof territorySchema>;

/** A priority direction of the Concept, defined by the sectors and research fields it covers. */
export const priorityAreaSchema = taxonomyEntrySchema.extend({ code: z.enum(priorityAreaCodes), sectors: z.array(z.string()), fields: z.array(z.string()) });
export type PriorityArea = z.infer<typeof priorityAreaSchema>;

/** The whole taxonomy as served to clients. */
export const taxonomySchema = z.strictObject({
  regions: z.array(regionSchema),
  sectors: z.array(sectorSchema),
  researchFields: z.array(researchFieldSchema),
  researchAreas: z.array(taxonomyEntrySchema),
  capabilities: z.array(capabilitySchema),
  territories: z.array(territorySchema),
  priorityAreas: z.array(priorityAreaSchema),
});
export type Taxonomy = z.infer<typeof taxonomySchema>;
