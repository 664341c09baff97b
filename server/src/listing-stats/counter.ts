import { dayInKazakhstan, type ListingKind } from '@kopir/shared';
import { personOf, readsEverything, type Actor } from '../access/actor.ts';
import type { ListingTally, TalliedMeasure } from './tally.ts';

/** A listing on a page of results, with the organisation the hit names (null when it names none). */
interface ShownListing {
  id: string;
  organisation: { id: string } | null;
}

/** What one request counts of the listings it shows, for their owners. */
export interface ListingCounter {
  /** The reader opened the listing; counted unless it is the owner's own organisation, the ministry or an admin. */
  viewed(kind: ListingKind, listingId: string, ownerOrganisationId: string): void;
  /**
   * The listings were on the page of results or the match list the reader was sent; as for views,
   * not those of the reader's own organisation, nor for the ministry and admins. A listing shown
   * without its organisation (a confidential need's hit) counts.
   */
  shown(measure: TalliedMeasure, kind: ListingKind, listings: readonly ShownListing[]): void;
}

interface Reader {
  actor: Actor | null;
  ip: string;
  userAgent: string | undefined;
}

/**
 * The counter of one request. A signed-in reader is counted by account; an anonymous one by
 * address and user agent, which the tally hashes with the day and a secret at once and never keeps.
 */
export function listingCounter(tally: ListingTally, reader: Reader, now: () => Date): ListingCounter {
  const person = personOf(reader.actor);
  return {
    viewed(kind, listingId, ownerOrganisationId) {
      if (reader.actor?.kind === 'system' || readsEverything(reader.actor)) return;
      if (person?.organisationId === ownerOrganisationId) return;
      const who = person ? `user:${person.id}` : `anonymous:${reader.ip}\n${reader.userAgent ?? ''}`;
      tally.view(kind, listingId, dayInKazakhstan(now()), who);
    },
    shown(measure, kind, listings) {
      if (readsEverything(reader.actor)) return;
      const ids = listings.filter((listing) => !person?.organisationId || listing.organisation?.id !== person.organisationId).map((listing) => listing.id);
      if (ids.length > 0) tally.count(measure, kind, ids, dayInKazakhstan(now()));
    },
  };
}
