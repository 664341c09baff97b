import { z } from 'zod';
import { digestFrequencies, needStatuses, savedSearchKinds } from '../domain.ts';
import { capabilityCodeSchema, researchFieldCodeSchema, sectorCodeSchema, territoryCodeSchema } from './catalogue.ts';
import { regionCodeSchema } from '../taxonomy/index.ts';
import { text, textLimits } from './text.ts';

/** The most saved searches one person keeps; past it, saving answers SAVED_SEARCHES_FULL. */
export const SAVED_SEARCH_LIMIT = 50;

const codes = <T extends z.ZodType<string>>(item: T) => z.array(item).max(20).optional();

/**
 * What a saved search looks for: exactly the search page's state in its address (`?q=…&sector=C&verified=true`),
 * each parameter by its name there, without the page. The labs and needs searches take the same
 * parameters; only needs have `status`.
 */
export const savedSearchQuerySchema = z.strictObject({
  q: text(textLimits.query, { min: 0 }).optional(),
  sector: codes(sectorCodeSchema),
  field: codes(researchFieldCodeSchema),
  capability: codes(capabilityCodeSchema),
  region: codes(regionCodeSchema),
  territory: codes(territoryCodeSchema),
  status: z.array(z.enum(needStatuses)).max(needStatuses.length).optional(),
  verified: z.boolean().optional(),
});
export type SavedSearchQuery = z.infer<typeof savedSearchQuerySchema>;

const nameSchema = text(textLimits.short);

export const createSavedSearchSchema = z
  .strictObject({
    name: nameSchema,
    kind: z.enum(savedSearchKinds),
    query: savedSearchQuerySchema,
    digest: z.enum(digestFrequencies).default('daily'),
  })
  .refine((input) => input.kind === 'needs' || input.query.status === undefined, {
    message: 'Only a needs search has a status',
    path: ['query', 'status'],
  });
export type CreateSavedSearch = z.infer<typeof createSavedSearchSchema>;

export const updateSavedSearchSchema = z
  .strictObject({ name: nameSchema.optional(), digest: z.enum(digestFrequencies).optional() })
  .refine((input) => input.name !== undefined || input.digest !== undefined, { message: 'Give a name or a digest frequency', path: ['name'] });
export type UpdateSavedSearch = z.infer<typeof updateSavedSearchSchema>;

export const savedSearchParamsSchema = z.strictObject({ id: z.uuid() });

export const savedSearchSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(savedSearchKinds),
  query: savedSearchQuerySchema,
  digest: z.enum(digestFrequencies),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type SavedSearch = z.infer<typeof savedSearchSchema>;

export const savedSearchListSchema = z.object({ items: z.array(savedSearchSchema) });

/** The token of an emailed unsubscribe link (the link carries it after `#token=`). */
export const unsubscribeSchema = z.strictObject({ token: z.string().regex(/^[\w-]{20,100}$/, 'Not an unsubscribe token') });

/** What unsubscribing did: how many saved searches stopped sending digests (0 when done already). */
export const unsubscribedSchema = z.object({ turnedOff: z.number().int() });
