import { eq } from 'drizzle-orm';
import { backgroundJobs, needs, organisations } from '@kopir/db';
import { kindFitsRole, type CreateNeed } from '@kopir/shared';
import { AppError } from '../../errors.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { assertKnownCatalogueCodes } from '../labs/validate-codes.ts';
import { enqueueSearchUpdate } from '../../search/outbox/enqueue.ts';
import { queueSavedSearchMatch } from '../saved-searches/queue-match.ts';
import { assertDeadlineAhead } from './deadline.ts';
import { toNeed } from './to-need.ts';

/** A company publishes an R&D need; region and territory default to the company's. */
export async function createNeed({ ctx, input }: { ctx: ServiceContext; input: CreateNeed }) {
  const actor = signedInActor(ctx);
  assertDeadlineAhead(input.deadlineOn, ctx.now());
  await assertKnownCatalogueCodes(ctx, input);
  return ctx.db.transaction(async (tx) => {
    const [organisation] = await tx
      .select()
      .from(organisations)
      .where(eq(organisations.id, actor.organisationId ?? ''));
    if (!organisation || !kindFitsRole('company', organisation.kind)) throw new AppError('NOT_A_COMPANY', 'Needs are posted by companies');
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
    await queueSavedSearchMatch(tx, 'need', need!.id, need!.version);
    // The labs it fits hear of it from a background job, off this request. A confidential need is
    // not announced: a notification would tell labs what the company keeps to itself.
    if (need!.visibility === 'public')
      await tx
        .insert(backgroundJobs)
        .values({ kind: 'notify_matching_labs', payload: { needId: need!.id }, availableAt: new Date(ctx.now().getTime() + 2_000) });
    return toNeed(need!, organisation);
  });
}
