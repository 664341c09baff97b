import { desc, eq } from 'drizzle-orm';
import { savedSearches } from '@kopir/db';
import type { SavedSearch } from '@kopir/shared';
import { signedInActor, type ServiceContext } from '../context.ts';
import { toSavedSearch } from './to-saved-search.ts';

/** The signed-in person's saved searches, newest first. */
export async function listSavedSearches({ ctx }: { ctx: ServiceContext }): Promise<{ items: SavedSearch[] }> {
  const person = signedInActor(ctx);
  const rows = await ctx.db
    .select()
    .from(savedSearches)
    .where(eq(savedSearches.userId, person.id))
    .orderBy(desc(savedSearches.createdAt), desc(savedSearches.id));
  return { items: rows.map(toSavedSearch) };
}
