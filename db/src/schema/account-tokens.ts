import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accountTokenPurposes, type AccountTokenPurpose } from '@kopir/shared';
import { oneOf, timestamptz } from './columns.ts';
import { organisations } from './organisations.ts';
import { users } from './users.ts';

/**
 * Single-use links sent by email: verify an address, reset or set a password, join an
 * organisation. Only the SHA-256 of the token is kept; a link works once, before it expires.
 */
export const accountTokens = pgTable(
  'account_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    purpose: text().$type<AccountTokenPurpose>().notNull(),
    tokenHash: text().notNull(),
    /** The account it acts on; null for an invitation to someone who has none yet. */
    userId: uuid().references(() => users.id, { onDelete: 'cascade' }),
    /** The address the link was sent to (lower-cased): an invitation is good for this address only. */
    email: text().notNull(),
    /** The organisation an invitation is to. */
    organisationId: uuid().references(() => organisations.id, { onDelete: 'cascade' }),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamptz().notNull().defaultNow(),
    expiresAt: timestamptz().notNull(),
    usedAt: timestamptz(),
  },
  (table) => [
    check('account_tokens_purpose_check', oneOf(table.purpose, accountTokenPurposes)),
    check('account_tokens_invitation_check', sql`(${table.purpose} = 'invitation') = (${table.organisationId} is not null)`),
    uniqueIndex('account_tokens_hash_unique').on(table.tokenHash),
    index('account_tokens_user_idx').on(table.userId),
  ],
);
