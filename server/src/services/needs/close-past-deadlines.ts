import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import { needs } from '@kopir/db';
import { systemActorOf, withTransaction, type ServiceContext } from '../context.ts';
import { closedByDeadlineEmail } from '../notifications/emails/need-deadline-emails.ts';
import { membersOf, notify } from '../notifications/notify.ts';
import { enqueueSearchUpdate } from '../../search/outbox/enqueue.ts';
import { todayInKazakhstan } from './deadline.ts';

/**
 * Closes every open need whose deadline has passed (the deadline day itself is still open, in
 * Kazakhstan time), records that its deadline closed it (`closed_reason = 'deadline'`, the system
 * acting, no person), tells the search index through the outbox (a closed need is neither found
 * nor matched) and tells its company, all in one transaction. A need closes once: the second
 * sweep finds it closed. Answers how many it closed (at most `limit`).
 */
export async function closePastDeadlines({ ctx, input: { limit } }: { ctx: ServiceContext; input: { limit: number } }): Promise<number> {
  systemActorOf(ctx);
  const today = todayInKazakhstan(ctx.now());
  return withTransaction(ctx, async ({ db }) => {
    const due = await db
      .select({ id: needs.id })
      .from(needs)
      .where(and(eq(needs.status, 'open'), lt(needs.deadlineOn, today)))
      .orderBy(asc(needs.deadlineOn))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return 0;
    const closed = await db
      .update(needs)
      .set({ status: 'closed', closedReason: 'deadline', closedAt: ctx.now(), version: sql`${needs.version} + 1`, updatedAt: ctx.now() })
      .where(
        inArray(
          needs.id,
          due.map((need) => need.id),
        ),
      )
      .returning();
    for (const need of closed) {
      await enqueueSearchUpdate(db, 'need', need.id, need.version);
      const deadlineOn = need.deadlineOn!;
      await notify(db, await membersOf(db, need.organisationId, 'company'), {
        kind: 'need_closed_by_deadline',
        payload: { needId: need.id, needTitle: need.title, deadlineOn },
        email: (locale) => closedByDeadlineEmail(locale, ctx.publicUrl, { id: need.id, title: need.title, deadlineOn }),
      });
    }
    return closed.length;
  });
}
