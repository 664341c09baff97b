import { z } from 'zod';
import { shortlistKinds } from '../domain.ts';
import { labSchema, needViewSchema } from './catalogue.ts';

/** The most entries one person's shortlist holds; past it, adding answers SHORTLIST_FULL. */
export const SHORTLIST_LIMIT = 200;

export const shortlistItemParamsSchema = z.strictObject({ kind: z.enum(shortlistKinds), id: z.uuid() });

/**
 * A person's shortlist, newest first, each lab or need as the reader may see it now: a confidential
 * need they were not invited to shows its public fields, and a lab since hidden is left out (it
 * comes back if it is shown again).
 */
export const shortlistSchema = z.object({
  items: z.array(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('lab'), addedAt: z.iso.datetime(), lab: labSchema }),
      z.object({ kind: z.literal('need'), addedAt: z.iso.datetime(), need: needViewSchema }),
    ]),
  ),
});
export type Shortlist = z.infer<typeof shortlistSchema>;
