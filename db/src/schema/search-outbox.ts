import { bigint, check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { searchEntityTypes, type SearchEntityType } from '@kopir/shared';
import { oneOf, timestamptz } from './columns.ts';

/**
 * Search index updates waiting to reach Meilisearch. A row is written in the same transaction
 * as the change it announces, so no committed change can miss the index; the worker reads the
 * entity's current row when it sends, so replays are harmless, and deletes the row once
 * Meilisearch's task succeeded, leaving a check for later (search-verifications.ts).
 */
export const searchOutbox = pgTable(
  'search_outbox',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    entityType: text().$type<SearchEntityType>().notNull(),
    entityId: uuid().notNull(),
    /** The entity's version when the change was committed (0 for a delete). */
    entityVersion: integer().notNull(),
    attempts: integer().notNull().default(0),
    /** Not before this time: pushed back with exponential backoff after a failure. */
    availableAt: timestamptz().notNull().defaultNow(),
    lastError: text(),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [
    check('search_outbox_entity_type_check', oneOf(table.entityType, searchEntityTypes)),
    index('search_outbox_available_idx').on(table.availableAt, table.id),
  ],
);
