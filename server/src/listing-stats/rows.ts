import { sql } from 'drizzle-orm';
import type { ListingKind } from '@kopir/shared';
import type { Transaction } from '@kopir/db';

/**
 * One more proposal (to a need) or invitation (to a lab) on `day`, written in the transaction that
 * creates the collaboration, so the count is exactly the collaborations that were started.
 */
export async function countReceived(tx: Transaction, kind: ListingKind, listingId: string, day: string): Promise<void> {
  const proposals = kind === 'need' ? 1 : 0;
  const invitations = kind === 'lab' ? 1 : 0;
  await tx.execute(sql`
    insert into listing_stats (kind, listing_id, day, proposals_received, invitations_received)
    values (${kind}, ${listingId}::uuid, ${day}::date, ${proposals}::int, ${invitations}::int)
    on conflict (kind, listing_id, day) do update
      set proposals_received = listing_stats.proposals_received + excluded.proposals_received,
          invitations_received = listing_stats.invitations_received + excluded.invitations_received`);
}

/**
 * A deleted lab's or need's counters go with it, in its transaction. A replica's unflushed counts
 * may still write a row afterwards; nobody can ask for it, and it holds nothing about a person.
 */
export async function deleteListingStats(tx: Transaction, kind: ListingKind, listingId: string): Promise<void> {
  await tx.execute(sql`delete from listing_stats where kind = ${kind} and listing_id = ${listingId}::uuid`);
  await tx.execute(sql`delete from listing_stats_readers where kind = ${kind} and listing_id = ${listingId}::uuid`);
}
