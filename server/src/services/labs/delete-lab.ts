import { eq } from 'drizzle-orm';
import { collaborations, labs } from '@kopir/db';
import { assertMemberOf } from '../../access/actor.ts';
import { AppError, notFound } from '../../errors.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { enqueueSearchUpdate } from '../../search/outbox/enqueue.ts';
import { deleteListingStats } from '../../listing-stats/rows.ts';

/**
 * Deletes a lab that never took part in a collaboration. One that did is part of the record the
 * ministry reports on: hide it instead (status `hidden`).
 */
export async function deleteLab({ ctx, input: { id } }: { ctx: ServiceContext; input: { id: string } }) {
  const actor = signedInActor(ctx);
  await ctx.db.transaction(async (tx) => {
    const [lab] = await tx.select().from(labs).where(eq(labs.id, id)).for('update');
    if (!lab) throw notFound('The lab');
    assertMemberOf(actor, lab.organisationId, 'lab');
    const [history] = await tx.select({ id: collaborations.id }).from(collaborations).where(eq(collaborations.labId, id)).limit(1);
    if (history) throw new AppError('LAB_HAS_COLLABORATIONS', 'This lab has collaborations on record; hide it instead of deleting it');
    await tx.delete(labs).where(eq(labs.id, id));
    await enqueueSearchUpdate(tx, 'lab', id, 0);
    await deleteListingStats(tx, 'lab', id);
  });
}
