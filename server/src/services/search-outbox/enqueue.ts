import { sql } from 'drizzle-orm';
import { searchOutbox, type DbOrTransaction } from '@kopir/db';
import type { SearchEntityType } from '@kopir/shared';

/**
 * Tells the search index that an entity changed. Call it in the same transaction as the change,
 * so the index can never miss a committed write.
 */
export async function enqueueSearchUpdate(tx: DbOrTransaction, entityType: SearchEntityType, entityId: string, entityVersion: number) {
  await tx.insert(searchOutbox).values({ entityType, entityId, entityVersion });
  // Delivered when the transaction commits: the worker wakes at once instead of at its next poll.
  await tx.execute(sql`select pg_notify('search_outbox', '')`);
}
