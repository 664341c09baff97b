import { and, asc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { labs } from '@kopir/db';
import { labStaleAfterDays } from '@kopir/shared';
import { systemActorOf, withTransaction, type ServiceContext } from '../context.ts';
import { labConfirmationEmail } from '../notifications/emails/lab-confirmation-email.ts';
import { membersOf, notify } from '../notifications/notify.ts';
import { enqueueSearchUpdate } from '../../search/outbox/enqueue.ts';

/** When a lab was last current: its last edit or its last confirmation (`greatest` skips a null). */
const currentSince = sql<Date>`greatest(${labs.updatedAt}, ${labs.confirmedAt})`;

/**
 * Finds the active labs nobody edited or confirmed for a year, marks them stale (their search
 * documents show it, through the outbox) and asks their organisation's researchers to confirm
 * or edit them, in one transaction. `stale_since` is the mark: a stale lab is not reminded again
 * until an edit or a confirmation clears it and another year passes. A hidden lab is left alone:
 * nobody finds it, and its researchers withdrew it on purpose. Answers how many it marked.
 */
export async function remindStaleLabs({ ctx, input: { limit } }: { ctx: ServiceContext; input: { limit: number } }): Promise<number> {
  systemActorOf(ctx);
  const now = ctx.now();
  const cutoff = new Date(now.getTime() - labStaleAfterDays * 86_400_000);
  return withTransaction(ctx, async ({ db }) => {
    const due = await db
      .select({ id: labs.id })
      .from(labs)
      .where(and(eq(labs.status, 'active'), isNull(labs.staleSince), lt(currentSince, sql`${cutoff.toISOString()}::timestamptz`)))
      .orderBy(asc(currentSince))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return 0;
    // The version moves, since the document changes; `updatedAt` does not: nobody edited the lab.
    const marked = await db
      .update(labs)
      .set({ staleSince: now, version: sql`${labs.version} + 1` })
      .where(
        inArray(
          labs.id,
          due.map((lab) => lab.id),
        ),
      )
      .returning();
    for (const lab of marked) {
      await enqueueSearchUpdate(db, 'lab', lab.id, lab.version);
      const since = lab.confirmedAt && lab.confirmedAt > lab.updatedAt ? lab.confirmedAt : lab.updatedAt;
      await notify(db, await membersOf(db, lab.organisationId, 'researcher'), {
        kind: 'lab_confirmation_due',
        payload: { labId: lab.id, labName: lab.name, currentSince: since.toISOString() },
        email: (locale) => labConfirmationEmail(locale, ctx.publicUrl, { id: lab.id, name: lab.name, currentSince: since }),
      });
    }
    return marked.length;
  });
}
