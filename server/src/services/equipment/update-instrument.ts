import { eq, sql } from 'drizzle-orm';
import { instruments, organisations } from '@kopir/db';
import type { UpdateInstrument } from '@kopir/shared';
import { assertMemberOf } from '../../access/actor.ts';
import { notFound } from '../../errors.ts';
import { enqueueSearchUpdate } from '../../search/outbox/enqueue.ts';
import { signedInActor, withTransaction, type ServiceContext } from '../context.ts';
import { toInstrument } from './to-instrument.ts';
import { assertKnownInstrumentCodes } from './validate-instrument.ts';

/** The centre's own researchers edit or hide an instrument; every edit raises its version and tells the search index. */
export async function updateInstrument({ ctx, input: { id, changes } }: { ctx: ServiceContext; input: { id: string; changes: UpdateInstrument } }) {
  const actor = signedInActor(ctx);
  await assertKnownInstrumentCodes(ctx, changes);
  return withTransaction(ctx, async ({ db: tx }) => {
    const [current] = await tx
      .select()
      .from(instruments)
      .innerJoin(organisations, eq(organisations.id, instruments.organisationId))
      .where(eq(instruments.id, id))
      .for('update', { of: instruments });
    if (!current) throw notFound('The instrument');
    assertMemberOf(actor, current.instruments.organisationId, 'instrument');
    const [instrument] = await tx
      .update(instruments)
      .set({ ...changes, version: sql`${instruments.version} + 1`, updatedAt: ctx.now() })
      .where(eq(instruments.id, id))
      .returning();
    await enqueueSearchUpdate(tx, 'instrument', id, instrument!.version);
    return toInstrument(instrument!, current.organisations);
  });
}
