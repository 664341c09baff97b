import { inputRules } from '@kopir/shared';
import { eq, sql } from 'drizzle-orm';
import { needs, organisations } from '@kopir/db';
import type { UpdateNeed } from '@kopir/shared';
import { assertMemberOf } from '../../access/actor.ts';
import { AppError, notFound } from '../../errors.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { assertKnownCatalogueCodes } from '../labs/validate-codes.ts';
import { enqueueSearchUpdate } from '../../search/outbox/enqueue.ts';
import { assertDeadlineAhead } from './deadline.ts';
import { toNeed } from './to-need.ts';

/** The company edits its need, or closes it (closed / fulfilled) or reopens it. */
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
    const closing = input.status !== undefined && input.status !== 'open' && current.needs.status === 'open';
    const reopening = input.status === 'open' && current.needs.status !== 'open';
    // Reopening, or moving the deadline of a need that stays open, must leave a deadline ahead.
    const staysOpen = (input.status ?? current.needs.status) === 'open';
    if (reopening || (staysOpen && input.deadlineOn !== undefined))
      assertDeadlineAhead(input.deadlineOn !== undefined ? input.deadlineOn : current.needs.deadlineOn, ctx.now());
    const [need] = await tx
      .update(needs)
      .set({
        ...input,
        ...(closing && { closedAt: ctx.now() }),
        ...(reopening && { closedAt: null }),
        version: sql`${needs.version} + 1`,
        updatedAt: ctx.now(),
      })
      .where(eq(needs.id, id))
      .returning();
    await enqueueSearchUpdate(tx, 'need', id, need!.version);
    return toNeed(need!, current.organisations);
  });
}
