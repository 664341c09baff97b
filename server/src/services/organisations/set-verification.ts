import { eq, sql } from 'drizzle-orm';
import { isUniqueViolation, organisations } from '@kopir/db';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { enqueueSearchUpdate } from '../../search/outbox/enqueue.ts';

/** An admin verifies or un-verifies an organisation, with the reason on record. */
export async function setVerification({ ctx, input }: { ctx: ServiceContext; input: { id: string; verified: boolean; reason: string } }) {
  const { id } = input;
  const admin = signedInActor(ctx);
  return verifying(() =>
    ctx.db.transaction(async (tx) => {
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
    }),
  );
}

/** One verified organisation per BIN: verifying a second answers 409 instead of failing on the index. */
async function verifying<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error, 'organisations_bin_unique'))
      throw new AppError('BIN_TAKEN', 'Another verified organisation has this BIN; merge the two instead');
    throw error;
  }
}
