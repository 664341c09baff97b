import { and, eq } from 'drizzle-orm';
import { savedSearches } from '@kopir/db';
import type { SavedSearch, UpdateSavedSearch } from '@kopir/shared';
import { notFound } from '../../errors.ts';
import { signedInActor, withTransaction, type ServiceContext } from '../context.ts';
import { settleUndigested } from './stop-digests.ts';
import { toSavedSearch } from './to-saved-search.ts';

/** Renames one of the signed-in person's saved searches or changes its digest; another person's is not there for them (404). */
export async function updateSavedSearch({
  ctx,
  input: { id, changes },
}: {
  ctx: ServiceContext;
  input: { id: string; changes: UpdateSavedSearch };
}): Promise<SavedSearch> {
  const person = signedInActor(ctx);
  return withTransaction(ctx, async ({ db }) => {
    const [row] = await db
      .update(savedSearches)
      .set({ ...(changes.name !== undefined && { name: changes.name }), ...(changes.digest !== undefined && { digest: changes.digest }), updatedAt: ctx.now() })
      .where(and(eq(savedSearches.id, id), eq(savedSearches.userId, person.id)))
      .returning();
    if (!row) throw notFound('The saved search');
    if (row.digest === 'off') await settleUndigested(db, [row.id], ctx.now());
    return toSavedSearch(row);
  });
}
