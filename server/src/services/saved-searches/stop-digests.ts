import { and, inArray, isNull } from 'drizzle-orm';
import { savedSearchAlerts, type DbOrTransaction } from '@kopir/db';

/**
 * Marks the undigested alerts of saved searches whose digest was turned off as needing no digest:
 * turned on again later, a digest starts from what is new then, not from everything since.
 */
export async function settleUndigested(db: DbOrTransaction, savedSearchIds: string[], now: Date): Promise<void> {
  if (savedSearchIds.length === 0) return;
  await db
    .update(savedSearchAlerts)
    .set({ digestedAt: now })
    .where(and(inArray(savedSearchAlerts.savedSearchId, savedSearchIds), isNull(savedSearchAlerts.digestedAt)));
}
