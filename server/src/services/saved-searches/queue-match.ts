import { eq, sql } from 'drizzle-orm';
import { backgroundJobs, savedSearches, type DbOrTransaction } from '@kopir/db';

/**
 * Queues the saved-search check of a lab or need just created or changed, in the caller's
 * transaction; when nobody keeps a saved search of its kind there is nothing to check. The job
 * waits for the search index to hold this version (see match-saved-searches.ts).
 */
export async function queueSavedSearchMatch(db: DbOrTransaction, kind: 'lab' | 'need', id: string, version: number): Promise<void> {
  const [anySearch] = await db
    .select({ id: savedSearches.id })
    .from(savedSearches)
    .where(eq(savedSearches.kind, kind === 'lab' ? 'labs' : 'needs'))
    .limit(1);
  if (!anySearch) return;
  await db
    .insert(backgroundJobs)
    .values({ kind: 'match_saved_searches', payload: { kind, id, version: String(version) }, availableAt: sql`now() + interval '1 second'` });
}
