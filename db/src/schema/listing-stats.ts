import { check, customType, date, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { listingKinds } from '@kopir/shared';
import { oneOf } from './columns.ts';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/**
 * What happened to a lab or a need, day by day (the day in Kazakhstan, as the sessions' zone makes
 * `current_date`). Every writer adds to a row (`on conflict … do update set views = views +
 * excluded.views`), so replicas write without coordinating. There is no foreign key, as a row
 * names a lab or a need; deleting either deletes its rows in the same transaction.
 */
export const listingStats = pgTable(
  'listing_stats',
  {
    /** lab or need. */
    kind: text().notNull(),
    listingId: uuid().notNull(),
    day: date({ mode: 'string' }).notNull(),
    /** Reads of its page by someone outside its organisation, once per reader and day. */
    views: integer().notNull().default(0),
    /** Times it was on a page of search results someone was sent. */
    searchAppearances: integer().notNull().default(0),
    /** Times it was in the other side's match list someone was sent. */
    matchesShown: integer().notNull().default(0),
    /** Proposals (lab → need) or invitations (company → lab) it received, counted with the collaboration itself. */
    proposalsReceived: integer().notNull().default(0),
    invitationsReceived: integer().notNull().default(0),
    /** Questions asked about it: kept 0 until questions exist. */
    questions: integer().notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.kind, table.listingId, table.day] }), check('listing_stats_kind', oneOf(table.kind, listingKinds))],
);

/**
 * Who read a listing on a day, as a keyed hash of the reader and the day (never the address or the
 * person): the insert that finds its row already there adds no view, which keeps a view once per
 * reader and day across replicas and restarts. Rows older than yesterday are pruned.
 */
export const listingStatsReaders = pgTable(
  'listing_stats_readers',
  {
    kind: text().notNull(),
    listingId: uuid().notNull(),
    day: date({ mode: 'string' }).notNull(),
    reader: bytea().notNull(),
  },
  (table) => [primaryKey({ columns: [table.kind, table.listingId, table.day, table.reader] }), index('listing_stats_readers_day_idx').on(table.day)],
);
