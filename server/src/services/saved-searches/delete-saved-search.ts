import { and, eq } from 'drizzle-orm';
import { savedSearches } from '@kopir/db';
import { notFound } from '../../errors.ts';
import { signedInActor, type ServiceContext } from '../context.ts';

/** Deletes one of the signed-in person's saved searches, with its alerts; another person's is not there for them (404). */
export async function deleteSavedSearch({ ctx, input: { id } }: { ctx: ServiceContext; input: { id: string } }): Promise<void> {
  const person = signedInActor(ctx);
  const deleted = await ctx.db
    .delete(savedSearches)
    .where(and(eq(savedSearches.id, id), eq(savedSearches.userId, person.id)))
    .returning({ id: savedSearches.id });
  if (deleted.length === 0) throw notFound('The saved search');
}
