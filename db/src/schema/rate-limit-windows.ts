import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.ts';

/**
 * The request counts of the per-route rate limits (sign-up, sign-in, password links …), kept in
 * PostgreSQL so that every API replica counts the same window: an attacker spreading attempts
 * over replicas gets no more than one replica would give. Expired rows are swept by the store.
 */
export const rateLimitWindows = pgTable('rate_limit_windows', {
  /** The route's key: `<route>:<client address>` or `<route>:<account id>`. */
  key: text().primaryKey(),
  hits: integer().notNull(),
  /** When the window ends and the count starts again from one. */
  endsAt: timestamptz().notNull(),
});
