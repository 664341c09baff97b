import { z } from 'zod';
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

/**
 * The whole taxonomy as served to clients. Sectors, research fields, capability tags and
 * territories are filled in by the catalogue issue; their shape is fixed here.
 */
export const taxonomySchema = z.strictObject({
  regions: z.array(regionSchema),
  sectors: z.array(taxonomyEntrySchema.extend({ priority: z.boolean() })),
  researchFields: z.array(taxonomyEntrySchema.extend({ area: z.string() })),
  capabilities: z.array(
    taxonomyEntrySchema.extend({
      fields: z.array(z.string()),
      sectors: z.array(z.string()),
      synonyms: z.strictObject({ kk: z.array(z.string()), ru: z.array(z.string()), en: z.array(z.string()) }),
    }),
  ),
  territories: z.array(taxonomyEntrySchema.extend({ regionCode: z.string() })),
});
export type Taxonomy = z.infer<typeof taxonomySchema>;
