import { bigint, check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { searchEntityTypes, type SearchEntityType } from '@kopir/shared';
import { oneOf, timestamptz } from './columns.ts';

/**
 * Entities whose documents Meilisearch said it took, to be checked against the index once a late
 * write could have landed. A request that timed out may still be applied later, after a newer
 * one (meilisearch-js gives up, the server does not): a row here is due when that window has
 * passed, and the check compares the index with PostgreSQL and sends the entity again if it lags.
 */
export const searchVerifications = pgTable(
  'search_verifications',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    entityType: text().$type<SearchEntityType>().notNull(),
    entityId: uuid().notNull(),
    attempts: integer().notNull().default(0),
    /** Not before this time: the settling window after delivery, then backoff while the index is busy or lags. */
    availableAt: timestamptz().notNull().defaultNow(),
    /** Why the last check did not pass; starts with `drift` when the index held something else than PostgreSQL. */
    lastError: text(),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [
    check('search_verifications_entity_type_check', oneOf(table.entityType, searchEntityTypes)),
    index('search_verifications_available_idx').on(table.availableAt, table.id),
  ],
);
