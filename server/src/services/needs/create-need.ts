import { eq } from 'drizzle-orm';
import { needs, organisations } from '@kopir/db';
import type { CreateNeed } from '@kopir/shared';
import { AppError } from '../../errors.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { assertKnownCatalogueCodes } from '../labs/validate-codes.ts';
import { enqueueSearchUpdate } from '../search-outbox/enqueue.ts';
import { toNeed } from './to-need.ts';

/** A company publishes an R&D need; region and territory default to the company's. */
export async function createNeed({ ctx, input }: { ctx: ServiceContext; input: CreateNeed }) {
  const actor = signedInActor(ctx);
  await assertKnownCatalogueCodes(ctx, input);
  return ctx.db.transaction(async (tx) => {
    const [organisation] = await tx.select().from(organisations).where(eq(organisations.id, actor.organisationId ?? ''));
    if (!organisation || organisation.kind !== 'company') throw new AppError(403, 'NOT_A_COMPANY', 'Needs are posted by companies');
    const [need] = await tx
      .insert(needs)
      .values({
        ...input,
        organisationId: organisation.id,
        regionCode: input.regionCode ?? organisation.regionCode,
        territoryCode: input.territoryCode === undefined ? organisation.territoryCode : input.territoryCode,
        createdBy: actor.id,
      })
      .returning();
    await enqueueSearchUpdate(tx, 'need', need!.id, need!.version);
    return toNeed(need!, organisation);
  });
}
