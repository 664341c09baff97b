import { count, eq } from 'drizzle-orm';
import { savedSearches, users } from '@kopir/db';
import { SAVED_SEARCH_LIMIT, type CreateSavedSearch, type SavedSearch } from '@kopir/shared';
import { AppError } from '../../errors.ts';
import { assertKnownCodes } from '../../taxonomy/live-taxonomy.ts';
import { signedInActor, withTransaction, type ServiceContext } from '../context.ts';
import { toSavedSearch } from './to-saved-search.ts';

/**
 * Saves a search for the signed-in person, to be told of labs or needs that newly enter its
 * results. Codes are checked as the search itself checks them. A person keeps at most
 * SAVED_SEARCH_LIMIT: their row is locked while counting, so two saves at once cannot pass it together.
 */
export async function createSavedSearch({ ctx, input }: { ctx: ServiceContext; input: CreateSavedSearch }): Promise<SavedSearch> {
  const person = signedInActor(ctx);
  const taxonomy = await ctx.taxonomy.current();
  assertKnownCodes(taxonomy.capabilityCodes, input.query.capability, 'body.query.capability', 'capability');
  assertKnownCodes(taxonomy.territoryCodes, input.query.territory, 'body.query.territory', 'territory');
  return withTransaction(ctx, async ({ db }) => {
    await db.select({ id: users.id }).from(users).where(eq(users.id, person.id)).for('update');
    const [held] = await db.select({ searches: count() }).from(savedSearches).where(eq(savedSearches.userId, person.id));
    if ((held?.searches ?? 0) >= SAVED_SEARCH_LIMIT)
      throw new AppError('SAVED_SEARCHES_FULL', `A person keeps at most ${SAVED_SEARCH_LIMIT} saved searches`, undefined, { limit: SAVED_SEARCH_LIMIT });
    const [row] = await db
      .insert(savedSearches)
      .values({ userId: person.id, name: input.name, kind: input.kind, query: input.query, digest: input.digest, createdAt: ctx.now(), updatedAt: ctx.now() })
      .returning();
    return toSavedSearch(row!);
  });
}
