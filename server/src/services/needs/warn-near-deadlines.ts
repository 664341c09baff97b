import { and, asc, between, eq, inArray, sql } from 'drizzle-orm';
import { needs } from '@kopir/db';
import { deadlineWarningDays } from '@kopir/shared';
import { systemActorOf, withTransaction, type ServiceContext } from '../context.ts';
import { deadlineNearEmail } from '../notifications/emails/need-deadline-emails.ts';
import { membersOf, notify } from '../notifications/notify.ts';
import { addDays, todayInKazakhstan } from './deadline.ts';

/**
 * Warns each open need's company once its deadline is a week away or less (Kazakhstan days), so
 * it can extend the need before it closes. `deadline_warned_for` remembers the deadline warned
 * of, in the same transaction as the notifications: a second sweep, at once or concurrently,
 * finds nothing to do, and a deadline moved later warns again when it nears. Answers how many
 * needs it warned of (at most `limit`; the next sweep takes the rest).
 */
export async function warnNearDeadlines({ ctx, input: { limit } }: { ctx: ServiceContext; input: { limit: number } }): Promise<number> {
  systemActorOf(ctx);
  const today = todayInKazakhstan(ctx.now());
  return withTransaction(ctx, async ({ db }) => {
    // SKIP LOCKED: a need another sweep (or its company's edit) holds is left to the next sweep;
    // once that commits, the condition below sees the mark and leaves the need alone.
    const due = await db
      .select({ id: needs.id, title: needs.title, deadlineOn: needs.deadlineOn, organisationId: needs.organisationId })
      .from(needs)
      .where(
        and(
          eq(needs.status, 'open'),
          between(needs.deadlineOn, today, addDays(today, deadlineWarningDays)),
          sql`${needs.deadlineWarnedFor} is distinct from ${needs.deadlineOn}`,
        ),
      )
      .orderBy(asc(needs.deadlineOn))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return 0;
    // Not an edit: neither the version nor `updatedAt` moves, and the search document stays as it is.
    await db
      .update(needs)
      .set({ deadlineWarnedFor: sql`${needs.deadlineOn}` })
      .where(
        inArray(
          needs.id,
          due.map((need) => need.id),
        ),
      );
    for (const need of due) {
      const deadlineOn = need.deadlineOn!;
      await notify(db, await membersOf(db, need.organisationId, 'company'), {
        kind: 'need_deadline_near',
        payload: { needId: need.id, needTitle: need.title, deadlineOn },
        email: (locale) => deadlineNearEmail(locale, ctx.publicUrl, { id: need.id, title: need.title, deadlineOn }),
      });
    }
    return due.length;
  });
}
