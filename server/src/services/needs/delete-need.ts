import { eq } from 'drizzle-orm';
import { collaborations, needs } from '@kopir/db';
import { assertMemberOf } from '../../access/actor.ts';
import { AppError, notFound } from '../../errors.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { enqueueSearchUpdate } from '../../search/outbox/enqueue.ts';
import { deleteListingStats } from '../../listing-stats/rows.ts';

/** Deletes a need nobody has answered yet; one with collaborations is closed instead. */
export async function deleteNeed({ ctx, input: { id } }: { ctx: ServiceContext; input: { id: string } }) {
  const actor = signedInActor(ctx);
  await ctx.db.transaction(async (tx) => {
    const [need] = await tx.select().from(needs).where(eq(needs.id, id)).for('update');
    if (!need) throw notFound('The need');
    assertMemberOf(actor, need.organisationId, 'need');
    const [history] = await tx.select({ id: collaborations.id }).from(collaborations).where(eq(collaborations.needId, id)).limit(1);
    if (history) throw new AppError('NEED_HAS_COLLABORATIONS', 'This need has proposals on record; close it instead of deleting it');
    await tx.delete(needs).where(eq(needs.id, id));
    await enqueueSearchUpdate(tx, 'need', id, 0);
    await deleteListingStats(tx, 'need', id);
  });
}
