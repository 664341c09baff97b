import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.ts';
import { sessions } from './sessions.ts';
import { users } from './users.ts';

/**
 * Refresh tokens, stored as SHA-256 hashes. Each sign-in starts a family; every refresh
 * replaces the token with a new one of the same family. A token presented twice means it was
 * stolen, and the whole family is revoked.
 */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The session the token belongs to: every refresh of one sign-in is one family. */
    familyId: uuid()
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    tokenHash: text().notNull(),
    createdAt: timestamptz().notNull().defaultNow(),
    expiresAt: timestamptz().notNull(),
    /** Set when this token was exchanged for its successor. */
    usedAt: timestamptz(),
    revokedAt: timestamptz(),
    revokedReason: text(),
  },
  (table) => [
    uniqueIndex('refresh_tokens_hash_unique').on(table.tokenHash),
    index('refresh_tokens_family_idx').on(table.familyId),
    index('refresh_tokens_user_idx').on(table.userId),
  ],
);
