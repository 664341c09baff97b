import { eq, sql } from 'drizzle-orm';
import { organisations } from '@kopir/db';
import type { z } from 'zod';
import type { updateOrganisationSchema } from '@kopir/shared';
import { assertMemberOf } from '../../access/actor.ts';
import { notFound } from '../../errors.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { enqueueSearchUpdate } from '../../search/outbox/enqueue.ts';

/** An organisation's own members edit its profile; the search index hears of it in the same transaction. */
export async function updateOrganisation({
  ctx,
  input: { id, changes: input },
}: {
  ctx: ServiceContext;
  input: { id: string; changes: z.infer<typeof updateOrganisationSchema> };
}) {
  assertMemberOf(signedInActor(ctx), id);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(organisations)
      .set({ ...input, version: sql`${organisations.version} + 1`, updatedAt: ctx.now() })
      .where(eq(organisations.id, id))
      .returning();
    if (!row) throw notFound('The organisation');
    await enqueueSearchUpdate(tx, 'organisation', row.id, row.version);
    return row;
  });
}
