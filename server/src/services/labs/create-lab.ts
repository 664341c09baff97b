import { eq } from 'drizzle-orm';
import { labs, organisations } from '@kopir/db';
import { kindFitsRole, type CreateLab } from '@kopir/shared';
import { AppError } from '../../errors.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { enqueueSearchUpdate } from '../../search/outbox/enqueue.ts';
import { queueSavedSearchMatch } from '../saved-searches/queue-match.ts';
import { toLab } from './to-lab.ts';
import { assertKnownCatalogueCodes } from './validate-codes.ts';

/** A researcher adds a lab to her university or institute; it is searchable once the outbox delivers it. */
export async function createLab({ ctx, input }: { ctx: ServiceContext; input: CreateLab }) {
  const actor = signedInActor(ctx);
  await assertKnownCatalogueCodes(ctx, input);
  return ctx.db.transaction(async (tx) => {
    const [organisation] = await tx
      .select()
      .from(organisations)
      .where(eq(organisations.id, actor.organisationId ?? ''));
    if (!organisation || !kindFitsRole('researcher', organisation.kind))
      throw new AppError('NOT_A_RESEARCH_ORGANISATION', 'Labs belong to universities and research institutes');
    const [lab] = await tx
      .insert(labs)
      .values({
        ...input,
        organisationId: organisation.id,
        regionCode: input.regionCode ?? organisation.regionCode,
        territoryCode: input.territoryCode === undefined ? organisation.territoryCode : input.territoryCode,
        createdBy: actor.id,
      })
      .returning();
    await enqueueSearchUpdate(tx, 'lab', lab!.id, lab!.version);
    await queueSavedSearchMatch(tx, 'lab', lab!.id, lab!.version);
    return toLab(lab!, organisation);
  });
}
