import { eq, sql } from 'drizzle-orm';
import { labs, organisations } from '@kopir/db';
import { assertMemberOf } from '../../access/actor.ts';
import { notFound } from '../../errors.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { enqueueSearchUpdate } from '../../search/outbox/enqueue.ts';
import { toLab } from './to-lab.ts';

/**
 * One of the lab's researchers says its profile is still current, without editing it: it is no
 * longer stale, and the year until the next reminder starts again. `updatedAt` stays the last
 * edit's, so readers still see when the profile itself last changed.
 */
export async function confirmLab({ ctx, input: { id } }: { ctx: ServiceContext; input: { id: string } }) {
  const actor = signedInActor(ctx);
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(labs)
      .innerJoin(organisations, eq(organisations.id, labs.organisationId))
      .where(eq(labs.id, id))
      .for('update', { of: labs });
    if (!current) throw notFound('The lab');
    assertMemberOf(actor, current.labs.organisationId, 'lab');
    const wasStale = current.labs.staleSince !== null;
    const [lab] = await tx
      .update(labs)
      .set({ confirmedAt: ctx.now(), staleSince: null, ...(wasStale && { version: sql`${labs.version} + 1` }) })
      .where(eq(labs.id, id))
      .returning();
    // Only the stale flag is in the search document; a lab that was current changes nothing there.
    if (wasStale) await enqueueSearchUpdate(tx, 'lab', id, lab!.version);
    return toLab(lab!, current.organisations);
  });
}
