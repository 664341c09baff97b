import { sql } from 'drizzle-orm';
import type { ListingKind } from '@kopir/shared';
import type { Transaction } from '@kopir/db';

/** The counters written in the transaction of what they count, rather than tallied in memory. */
export type ExactMeasure = 'proposalsReceived' | 'invitationsReceived' | 'questions';
const columns: Record<ExactMeasure, string> = {
  proposalsReceived: 'proposals_received',
  invitationsReceived: 'invitations_received',
  questions: 'questions',
};

/**
 * One more of `measure` for the listing on `day`, written in the transaction that creates what is
 * counted (a collaboration is a proposal to a need or an invitation to a lab; a question, once
 * questions exist), so the count is exactly what was created.
 */
export async function countExactly(tx: Transaction, input: { kind: ListingKind; listingId: string; day: string; measure: ExactMeasure }): Promise<void> {
  const column = sql.identifier(columns[input.measure]);
  await tx.execute(sql`
    insert into listing_stats (kind, listing_id, day, ${column})
    values (${input.kind}, ${input.listingId}::uuid, ${input.day}::date, 1)
    on conflict (kind, listing_id, day) do update set ${column} = listing_stats.${column} + 1`);
}

/**
 * A deleted lab's or need's counters go with it, in its transaction. A replica's unflushed counts
 * may still write a row afterwards; nobody can ask for it, and it holds nothing about a person.
 */
export async function deleteListingStats(tx: Transaction, kind: ListingKind, listingId: string): Promise<void> {
  await tx.execute(sql`delete from listing_stats where kind = ${kind} and listing_id = ${listingId}::uuid`);
  await tx.execute(sql`delete from listing_stats_readers where kind = ${kind} and listing_id = ${listingId}::uuid`);
}
