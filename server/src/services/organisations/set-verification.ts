import { eq, sql } from 'drizzle-orm';
import { organisations } from '@kopir/db';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { enqueueSearchUpdate } from '../search-outbox/enqueue.ts';

/** An admin verifies or un-verifies an organisation, with the reason on record. */
export async function setVerification({ ctx, id, input }: { ctx: ServiceContext; id: string; input: { verified: boolean; reason: string } }) {
  const admin = signedInActor(ctx);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(organisations)
      .set({
        verifiedAt: input.verified ? ctx.now() : null,
        verifiedBy: input.verified ? admin.id : null,
        verificationNote: input.reason,
        version: sql`${organisations.version} + 1`,
        updatedAt: ctx.now(),
      })
      .where(eq(organisations.id, id))
      .returning();
    if (!row) throw notFound('The organisation');
    await enqueueSearchUpdate(tx, 'organisation', row.id, row.version);
    await recordAudit(tx, {
      action: input.verified ? 'organisation.verified' : 'organisation.unverified',
      actorUserId: admin.id,
      targetType: 'organisation',
      targetId: id,
      ip: ctx.ip,
      details: { reason: input.reason },
    });
    return row;
  });
}
