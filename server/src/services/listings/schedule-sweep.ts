import { eq, sql } from 'drizzle-orm';
import { backgroundJobs, type DbOrTransaction } from '@kopir/db';
import type { FastifyBaseLogger } from 'fastify';
import { systemContext, type ContextParts } from '../context.ts';
import { sweepListings } from './sweep-listings.ts';

/** How often the listings are swept: deadlines are days and labs go stale in a year, so minutes are prompt enough. */
const EVERY_SECONDS = 300;

/**
 * Puts the sweep in the background job queue, due in `afterSeconds` of the database's clock (the
 * cadence is real time; what the sweep decides reads the app's clock). A unique index keeps one
 * sweep in the queue: a replica starting while another's is queued adds nothing.
 */
export async function scheduleListingSweep(db: DbOrTransaction, afterSeconds = 0): Promise<void> {
  await db
    .insert(backgroundJobs)
    .values({ kind: 'sweep_listings', payload: {}, availableAt: sql`now() + ${afterSeconds} * interval '1 second'` })
    .onConflictDoNothing();
}

/**
 * The `sweep_listings` job: one sweep, then the next one queued in the same transaction. The queue
 * claims the job with SKIP LOCKED, so one replica sweeps at a time. A sweep that fails is logged
 * and tried again a minute later rather than failed: the job must never be parked, or the sweeps
 * would stop.
 */
export async function runListingSweep(tx: DbOrTransaction, job: { id: number }, parts: ContextParts, log: FastifyBaseLogger): Promise<void> {
  const ctx = systemContext({ ...parts, db: tx }, 'sweep-listings');
  const next = await sweepListings({ ctx }).then(
    (report) => {
      if (report.warned + report.closed + report.reminded > 0) log.info(report, 'listings swept');
      return report.more ? 1 : EVERY_SECONDS;
    },
    (error: unknown) => {
      log.warn({ err: error }, 'listing sweep failed; trying again in a minute');
      return 60;
    },
  );
  // This job's row goes first, so the next run can take its place under the unique index (the queue's own delete then finds nothing).
  await tx.delete(backgroundJobs).where(eq(backgroundJobs.id, job.id));
  await scheduleListingSweep(tx, next);
}
