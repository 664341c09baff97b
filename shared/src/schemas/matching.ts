import { z } from 'zod';
import { collaborationStatuses, matchFactors, needVisibilities } from '../domain.ts';
import { localizedTextSchema } from '../locales.ts';

export const matchFactorSchema = z.enum(matchFactors);

/** Why a match ranks where it does, readable at a glance. */
export const matchExplanationSchema = z.object({
  sharedCapabilities: z.array(z.string()),
  /** Each shared capability and the words of the text that evoked it (none when both declared it as a tag). */
  matchedConcepts: z.array(z.object({ code: z.string(), words: z.array(z.string()) })),
  sharedSectors: z.array(z.string()),
  /** The words both texts use (same stem), as the text being matched wrote them, the most telling first. */
  matchedWords: z.array(z.string()),
  trl: z.object({ target: z.number().int().nullable(), min: z.number().int().nullable(), max: z.number().int().nullable(), fits: z.boolean().nullable() }),
  sameRegion: z.boolean(),
  liftedBy: matchFactorSchema.nullable(),
  loweredBy: matchFactorSchema.nullable(),
  /** Each factor's value (0 … 1) and its share of the score, for those who want the detail. */
  factors: z.array(z.object({ factor: matchFactorSchema, value: z.number(), contribution: z.number() })),
});
export type MatchExplanation = z.infer<typeof matchExplanationSchema>;

/**
 * The reader's organisation's collaboration of a matched pair, shown instead of Invite or Propose:
 * the one under way (proposed, accepted, contracted), else the latest decline of the last 90 days.
 * Null when there is none, and always for a reader who is not party to the pair (the ministry).
 */
export const pairCollaborationSchema = z.object({
  id: z.uuid(),
  status: z.enum(collaborationStatuses),
  /** Declined: the day it was, in Kazakhstan. */
  declinedOn: z.iso.date().nullable(),
  /** The day from which the reader's side may propose the pair again, after a decline of its own proposal; else null. */
  proposeAgainOn: z.iso.date().nullable(),
});
export type PairCollaboration = z.infer<typeof pairCollaborationSchema>;

const organisationSummary = z.object({ id: z.uuid(), name: localizedTextSchema, verified: z.boolean() });

export const labMatchSchema = z.object({
  score: z.number(),
  lab: z.object({
    id: z.uuid(),
    name: localizedTextSchema,
    organisation: organisationSummary,
    regionCode: z.string(),
    trlMin: z.number().int(),
    trlMax: z.number().int(),
    capabilities: z.array(z.string()),
  }),
  explanation: matchExplanationSchema,
  collaboration: pairCollaborationSchema.nullable(),
});

export const needMatchSchema = z.object({
  score: z.number(),
  need: z.object({
    id: z.uuid(),
    title: z.string(),
    /** Null for a confidential need whose company has not invited this lab. */
    organisation: organisationSummary.nullable(),
    regionCode: z.string(),
    sectors: z.array(z.string()),
    visibility: z.enum(needVisibilities),
  }),
  explanation: matchExplanationSchema,
  collaboration: pairCollaborationSchema.nullable(),
});

export const matchesQuerySchema = z.strictObject({ limit: z.coerce.number().int().min(1).max(50).default(10) });
export const labMatchesSchema = z.object({ needId: z.uuid(), matches: z.array(labMatchSchema) });
export const needMatchesSchema = z.object({ labId: z.uuid(), matches: z.array(needMatchSchema) });
