import { inputRules } from '@kopir/shared';
import { eq, sql } from 'drizzle-orm';
import { needs, organisations } from '@kopir/db';
import type { UpdateNeed } from '@kopir/shared';
import { assertMemberOf } from '../../access/actor.ts';
import { AppError, notFound } from '../../errors.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { assertKnownCatalogueCodes } from '../labs/validate-codes.ts';
import { enqueueSearchUpdate } from '../../search/outbox/enqueue.ts';
import { queueSavedSearchMatch } from '../saved-searches/queue-match.ts';
import { assertDeadlineAhead } from './deadline.ts';
import { toNeed } from './to-need.ts';

/** The company edits its need, or closes it (closed / fulfilled) or reopens it (or extends one its deadline closed). */
export async function updateNeed({ ctx, input: { id, changes: input } }: { ctx: ServiceContext; input: { id: string; changes: UpdateNeed } }) {
  const actor = signedInActor(ctx);
  await assertKnownCatalogueCodes(ctx, input);
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(needs)
      .innerJoin(organisations, eq(organisations.id, needs.organisationId))
      .where(eq(needs.id, id))
      .for('update', { of: needs });
    if (!current) throw notFound('The need');
    assertMemberOf(actor, current.needs.organisationId, 'need');
    const budgetMin = input.budgetMinKzt !== undefined ? input.budgetMinKzt : current.needs.budgetMinKzt;
    const budgetMax = input.budgetMaxKzt !== undefined ? input.budgetMaxKzt : current.needs.budgetMaxKzt;
    if (budgetMin != null && budgetMax != null && budgetMin > budgetMax) {
      throw new AppError('VALIDATION_FAILED', 'The highest budget cannot be below the lowest', [
        { path: 'body.budgetMaxKzt', message: 'Below the lowest budget', rule: inputRules.budgetOrder },
      ]);
    }
    // The company ending it, or changing how it ended (closed → fulfilled), makes the ending the company's.
    const ending = input.status !== undefined && input.status !== 'open' && input.status !== current.needs.status;
    const closing = ending && current.needs.status === 'open';
    // A need its deadline closed reopens when its company moves the deadline (without saying
    // otherwise): the date was the only reason it closed, and extending it says the call still
    // stands. One the company closed itself stays closed until the company reopens it: moving its
    // date is no such decision.
    const extended = input.status === undefined && input.deadlineOn != null && current.needs.closedReason === 'deadline';
    const reopening = (input.status === 'open' || extended) && current.needs.status !== 'open';
    // Reopening, or moving the deadline of a need that stays open, must leave a deadline ahead.
    const staysOpen = (input.status ?? current.needs.status) === 'open';
    if (reopening || (staysOpen && input.deadlineOn !== undefined))
      assertDeadlineAhead(input.deadlineOn !== undefined ? input.deadlineOn : current.needs.deadlineOn, ctx.now());
    const [need] = await tx
      .update(needs)
      .set({
        ...input,
        ...(ending && { closedReason: 'company' as const }),
        ...(closing && { closedAt: ctx.now() }),
        ...(reopening && { status: 'open' as const, closedAt: null, closedReason: null }),
        version: sql`${needs.version} + 1`,
        updatedAt: ctx.now(),
      })
      .where(eq(needs.id, id))
      .returning();
    await enqueueSearchUpdate(tx, 'need', id, need!.version);
    await queueSavedSearchMatch(tx, 'need', id, need!.version);
    return toNeed(need!, current.organisations);
  });
}
