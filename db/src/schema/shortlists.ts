import { sql } from 'drizzle-orm';
import { check, index, pgTable, uniqueIndex, uuid, bigint } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.ts';
import { labs } from './labs.ts';
import { needs } from './needs.ts';
import { users } from './users.ts';

/**
 * A person's shortlist: the labs and needs they keep to come back to. One row names a lab or a
 * need (never both), and goes when the person, the lab or the need does.
 */
export const shortlistEntries = pgTable(
  'shortlist_entries',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    labId: uuid().references(() => labs.id, { onDelete: 'cascade' }),
    needId: uuid().references(() => needs.id, { onDelete: 'cascade' }),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [
    check('shortlist_entries_one_item', sql`(${table.labId} is null) <> (${table.needId} is null)`),
    // Adding twice is one entry: the add is idempotent.
    uniqueIndex('shortlist_entries_user_lab').on(table.userId, table.labId).where(sql`${table.labId} is not null`),
    uniqueIndex('shortlist_entries_user_need').on(table.userId, table.needId).where(sql`${table.needId} is not null`),
    index('shortlist_entries_user_idx').on(table.userId, table.createdAt),
    // The cascades from labs and needs find their entries by index.
    index('shortlist_entries_lab_idx').on(table.labId),
    index('shortlist_entries_need_idx').on(table.needId),
  ],
);
