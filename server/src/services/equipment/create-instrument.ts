import { eq } from 'drizzle-orm';
import { instruments, organisations } from '@kopir/db';
import { kindFitsRole, type CreateInstrument } from '@kopir/shared';
import { AppError } from '../../errors.ts';
import { enqueueSearchUpdate } from '../../search/outbox/enqueue.ts';
import { signedInActor, withTransaction, type ServiceContext } from '../context.ts';
import { toInstrument } from './to-instrument.ts';
import { assertKnownInstrumentCodes } from './validate-instrument.ts';

/** A researcher lists an instrument of her university or institute; it is searchable once the outbox delivers it. */
export async function createInstrument({ ctx, input }: { ctx: ServiceContext; input: CreateInstrument }) {
  const actor = signedInActor(ctx);
  await assertKnownInstrumentCodes(ctx, input);
  return withTransaction(ctx, async ({ db: tx }) => {
    const [organisation] = await tx
      .select()
      .from(organisations)
      .where(eq(organisations.id, actor.organisationId ?? ''));
    if (!organisation || !kindFitsRole('researcher', organisation.kind))
      throw new AppError('NOT_A_RESEARCH_ORGANISATION', 'Shared instruments belong to universities and research institutes');
    const [instrument] = await tx
      .insert(instruments)
      .values({
        ...input,
        organisationId: organisation.id,
        regionCode: input.regionCode ?? organisation.regionCode,
        territoryCode: input.territoryCode === undefined ? organisation.territoryCode : input.territoryCode,
        createdBy: actor.id,
      })
      .returning();
    await enqueueSearchUpdate(tx, 'instrument', instrument!.id, instrument!.version);
    return toInstrument(instrument!, organisation);
  });
}
