import { sql } from 'drizzle-orm';
import type { DbOrTransaction } from '@kopir/db';

/** The PostgreSQL NOTIFY channel that wakes the search outbox worker. */
export const OUTBOX_CHANNEL = 'search_outbox';

/** Wakes the worker when the transaction commits, instead of at its next poll. */
export async function wakeOutboxWorker(tx: DbOrTransaction): Promise<void> {
  await tx.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, '')`);
}
