import { and, eq } from 'drizzle-orm';
import { shortlistEntries } from '@kopir/db';
import type { ShortlistKind } from '@kopir/shared';
import { signedInActor, type ServiceContext } from '../context.ts';

/** Takes a lab or need off the signed-in person's shortlist; one that is not on it is already off. */
export async function removeFromShortlist({ ctx, input: { kind, id } }: { ctx: ServiceContext; input: { kind: ShortlistKind; id: string } }): Promise<void> {
  const person = signedInActor(ctx);
  const column = kind === 'lab' ? shortlistEntries.labId : shortlistEntries.needId;
  await ctx.db.delete(shortlistEntries).where(and(eq(shortlistEntries.userId, person.id), eq(column, id)));
}
