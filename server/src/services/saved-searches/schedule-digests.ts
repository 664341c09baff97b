import { eq, sql } from 'drizzle-orm';
import { backgroundJobs, type DbOrTransaction } from '@kopir/db';
import type { FastifyBaseLogger } from 'fastify';
import { systemContext, type ContextParts } from '../context.ts';
import { sendSavedSearchDigests } from './send-digests.ts';

/** How often the digests are looked at: a daily digest goes out within minutes of its hour. */
const EVERY_SECONDS = 600;

/** Puts the digest run in the background job queue, due in `afterSeconds`; a unique index keeps one run queued (as the listing sweep). */
export async function scheduleSavedSearchDigests(db: DbOrTransaction, afterSeconds = 0): Promise<void> {
  await db
    .insert(backgroundJobs)
    .values({ kind: 'send_saved_search_digests', payload: {}, availableAt: sql`now() + ${afterSeconds} * interval '1 second'` })
    .onConflictDoNothing();
}

/**
 * The `send_saved_search_digests` job: one run, then the next queued in the same transaction. A
 * run that fails is logged and tried again a minute later rather than failed, so the job is never parked.
 */
export async function runSavedSearchDigests(tx: DbOrTransaction, job: { id: number }, parts: ContextParts, log: FastifyBaseLogger): Promise<void> {
  const ctx = systemContext({ ...parts, db: tx }, 'send-saved-search-digests');
  const next = await sendSavedSearchDigests({ ctx }).then(
    (report) => {
      if (report.sent > 0) log.info(report, 'saved-search digests queued');
      return report.more ? 1 : EVERY_SECONDS;
    },
    (error: unknown) => {
      log.warn({ err: error }, 'saved-search digests failed; trying again in a minute');
      return 60;
    },
  );
  await tx.delete(backgroundJobs).where(eq(backgroundJobs.id, job.id));
  await scheduleSavedSearchDigests(tx, next);
}
