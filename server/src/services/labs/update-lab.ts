import { inputRules } from '@kopir/shared';
import { eq, sql } from 'drizzle-orm';
import { labs, organisations } from '@kopir/db';
import type { UpdateLab } from '@kopir/shared';
import { assertMemberOf } from '../../access/actor.ts';
import { AppError, notFound } from '../../errors.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { enqueueSearchUpdate } from '../../search/outbox/enqueue.ts';
import { queueSavedSearchMatch } from '../saved-searches/queue-match.ts';
import { toLab } from './to-lab.ts';
import { assertKnownCatalogueCodes } from './validate-codes.ts';

/** The lab's own researchers edit it; every edit raises its version and tells the search index. */
export async function updateLab({ ctx, input: { id, changes: input } }: { ctx: ServiceContext; input: { id: string; changes: UpdateLab } }) {
  const actor = signedInActor(ctx);
  await assertKnownCatalogueCodes(ctx, input);
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(labs)
      .innerJoin(organisations, eq(organisations.id, labs.organisationId))
      .where(eq(labs.id, id))
      .for('update', { of: labs });
    if (!current) throw notFound('The lab');
    assertMemberOf(actor, current.labs.organisationId, 'lab');
    const trlMin = input.trlMin ?? current.labs.trlMin;
    const trlMax = input.trlMax ?? current.labs.trlMax;
    if (trlMin > trlMax)
      throw new AppError('VALIDATION_FAILED', 'The lowest TRL cannot be above the highest', [
        { path: 'body.trlMax', message: 'Below the lowest TRL', rule: inputRules.trlOrder },
      ]);
    const [lab] = await tx
      .update(labs)
      // An edit is a sign of life: a stale lab is current again (and its next reminder a year away).
      .set({ ...input, staleSince: null, version: sql`${labs.version} + 1`, updatedAt: ctx.now() })
      .where(eq(labs.id, id))
      .returning();
    await enqueueSearchUpdate(tx, 'lab', id, lab!.version);
    await queueSavedSearchMatch(tx, 'lab', id, lab!.version);
    return toLab(lab!, current.organisations);
  });
}
