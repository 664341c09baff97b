import { z } from 'zod';

/** The state of one dependency as `/ready` reports it. */
export const dependencyCheckSchema = z.object({
  ok: z.boolean(),
  latencyMs: z.number().optional(),
  error: z.string().optional(),
});

/** A queue worked by the poller: rows waiting (due or not), and rows parked after their last allowed attempt. */
const queueStateSchema = z.object({ pending: z.number().int(), parked: z.number().int() });

/** `/ready`: is this API replica able to serve traffic, and if not, why. */
export const readinessSchema = z.object({
  ready: z.boolean(),
  checks: z.object({
    postgres: dependencyCheckSchema,
    migrations: dependencyCheckSchema.extend({ pending: z.number().int().optional() }),
    meilisearch: dependencyCheckSchema,
  }),
  /**
   * How far the search indexes are behind the database (informational: search still answers):
   * rows waiting, those retrying after a failed attempt, and of those the ones Meilisearch refused.
   */
  searchOutbox: z.object({ pending: z.number().int(), oldestPendingAgeSeconds: z.number(), retrying: z.number().int(), failed: z.number().int() }).optional(),
  /**
   * The check of delivered documents against PostgreSQL: checks waiting, and since this replica
   * started, documents found to differ (a late, older write landed) and healed by sending them again.
   */
  searchVerification: z.object({ pending: z.number().int(), driftFound: z.number().int(), driftHealed: z.number().int() }).optional(),
  /** Background jobs and emails: rows waiting, and rows parked after their last attempt, for an operator to look at. */
  backgroundJobs: queueStateSchema.optional(),
  emailOutbox: queueStateSchema.optional(),
  /** Indexes this replica found lost (Meilisearch came back empty) and rebuilt since it started. */
  searchIndexRebuilds: z.number().int().optional(),
});
export type Readiness = z.infer<typeof readinessSchema>;

export const livenessSchema = z.object({ status: z.literal('ok') });
