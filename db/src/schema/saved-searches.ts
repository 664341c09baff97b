import { sql } from 'drizzle-orm';
import { bigint, check, date, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  digestFrequencies,
  savedSearchKinds,
  shortlistKinds,
  type DigestFrequency,
  type SavedSearchKind,
  type SavedSearchQuery,
  type ShortlistKind,
} from '@kopir/shared';
import { oneOf, timestamps, timestamptz } from './columns.ts';
import { users } from './users.ts';

/** A person's saved search: the search page's state, kept to be told of new results. */
export const savedSearches = pgTable(
  'saved_searches',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    kind: text().$type<SavedSearchKind>().notNull(),
    /** Validated by `savedSearchQuerySchema` on the way in. */
    query: jsonb().$type<SavedSearchQuery>().notNull(),
    digest: text().$type<DigestFrequency>().notNull().default('daily'),
    ...timestamps,
  },
  (table) => [
    check('saved_searches_kind_check', oneOf(table.kind, savedSearchKinds)),
    check('saved_searches_digest_check', oneOf(table.digest, digestFrequencies)),
    index('saved_searches_user_idx').on(table.userId, table.createdAt),
    index('saved_searches_kind_idx').on(table.kind),
  ],
);

/**
 * One digest email to one person for one period (a Kazakhstan day, or a week from its Monday): the
 * unique index makes it once, however many workers run the digest at the same time.
 */
export const savedSearchDigests = pgTable(
  'saved_search_digests',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    frequency: text().$type<DigestFrequency>().notNull(),
    periodStart: date().notNull(),
    sentAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [
    check('saved_search_digests_frequency_check', oneOf(table.frequency, ['daily', 'weekly'])),
    uniqueIndex('saved_search_digests_once').on(table.userId, table.frequency, table.periodStart),
  ],
);

/**
 * A lab or need that entered a saved search's results. The unique index tells it once per saved
 * search, however many workers or retries find it; the digest that listed it marks it.
 */
export const savedSearchAlerts = pgTable(
  'saved_search_alerts',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    savedSearchId: uuid()
      .notNull()
      .references(() => savedSearches.id, { onDelete: 'cascade' }),
    entityKind: text().$type<ShortlistKind>().notNull(),
    entityId: uuid().notNull(),
    firstMatchedAt: timestamptz().notNull().defaultNow(),
    digestedAt: timestamptz(),
    digestId: bigint({ mode: 'number' }).references(() => savedSearchDigests.id, { onDelete: 'set null' }),
  },
  (table) => [
    check('saved_search_alerts_kind_check', oneOf(table.entityKind, shortlistKinds)),
    uniqueIndex('saved_search_alerts_once').on(table.savedSearchId, table.entityKind, table.entityId),
    index('saved_search_alerts_undigested_idx').on(table.savedSearchId).where(sql`${table.digestedAt} is null`),
  ],
);

/** The unsubscribe link of a digest email, by the SHA-256 of its token (the token itself is only in the email). */
export const digestUnsubscribeTokens = pgTable(
  'digest_unsubscribe_tokens',
  {
    tokenHash: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [index('digest_unsubscribe_tokens_user_idx').on(table.userId)],
);
