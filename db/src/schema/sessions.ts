import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.ts';
import { users } from './users.ts';

/**
 * A signed-in session: one per sign-in, carried by every access token (`sid`) and by its family
 * of refresh tokens. Every request checks it, so signing out, disabling, demoting or resetting a
 * password takes effect on the next request, not when a token expires.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamptz().notNull().defaultNow(),
    /** When the second factor was given in this session; null until then (or when none is needed). */
    secondFactorAt: timestamptz(),
    revokedAt: timestamptz(),
    /** Why it ended: `signed out`, `password reset`, `changed by an admin`, `reuse detected` … */
    revokedReason: text(),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);
