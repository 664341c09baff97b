import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.ts';

/**
 * Failed sign-ins counted per account and address, and per account, in PostgreSQL so that every
 * replica sees the same counts. A row is cleared by a successful sign-in from that address.
 */
export const signInThrottle = pgTable('sign_in_throttle', {
  /** `pair:<email>|<ip>` or `account:<email>`. */
  key: text().primaryKey(),
  failures: integer().notNull().default(0),
  lastFailureAt: timestamptz().notNull().defaultNow(),
  /** No attempt is judged before this time. */
  blockedUntil: timestamptz(),
});
