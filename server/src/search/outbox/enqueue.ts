import { searchOutbox, type DbOrTransaction } from '@kopir/db';
import type { SearchEntityType } from '@kopir/shared';
import { wakeOutboxWorker } from './channel.ts';

/**
 * Tells the search index that an entity changed. Call it in the same transaction as the change,
 * so the index can never miss a committed write.
 */
export async function enqueueSearchUpdate(tx: DbOrTransaction, entityType: SearchEntityType, entityId: string, entityVersion: number) {
  await tx.insert(searchOutbox).values({ entityType, entityId, entityVersion });
  await wakeOutboxWorker(tx);
}
