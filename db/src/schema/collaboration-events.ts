import { bigint, check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { collaborationStatuses, type CollaborationStatus } from '@kopir/shared';
import { oneOf, timestamptz } from './columns.ts';
import { collaborations } from './collaborations.ts';
import { users } from './users.ts';

/** Every state change of a collaboration: who, when, from what, to what, and why. Append-only. */
export const collaborationEvents = pgTable(
  'collaboration_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id, { onDelete: 'cascade' }),
    /** Null for the event that created the collaboration. */
    fromStatus: text().$type<CollaborationStatus>(),
    toStatus: text().$type<CollaborationStatus>().notNull(),
    actorUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    note: text(),
    occurredAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [
    check('collaboration_events_to_status_check', oneOf(table.toStatus, collaborationStatuses)),
    check('collaboration_events_from_status_check', sql`${table.fromStatus} is null or ${oneOf(table.fromStatus, collaborationStatuses)}`),
    index('collaboration_events_collaboration_idx').on(table.collaborationId, table.occurredAt),
    index('collaboration_events_occurred_idx').on(table.occurredAt),
  ],
);
