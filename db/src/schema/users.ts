import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { locales, userRoles, type Locale, type UserRole } from '@kopir/shared';
import { oneOf, timestamps, timestamptz } from './columns.ts';
import { organisations } from './organisations.ts';

/** A person who signs in. Researchers and companies belong to an organisation; region officers to a region. */
export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    /** Argon2id hash in PHC string format; never logged, never returned. Null until an invited person sets one. */
    passwordHash: text(),
    fullName: text().notNull(),
    role: text().$type<UserRole>().notNull(),
    organisationId: uuid().references((): AnyPgColumn => organisations.id, { onDelete: 'restrict' }),
    /** The one region a region officer may see. */
    regionCode: text(),
    locale: text().$type<Locale>().notNull().default('ru'),
    /** Set when the person followed the link sent to their address; until then they join nothing. */
    emailVerifiedAt: timestamptz(),
    /** The TOTP key (base32) of a second factor being set up or in use; in use once enabled. */
    totpSecret: text(),
    totpEnabledAt: timestamptz(),
    /** The 30-second step of the last code accepted: a code works once, and no older one after it. */
    totpLastStep: integer(),
    lastSignInAt: timestamptz(),
    disabledAt: timestamptz(),
    ...timestamps,
  },
  (table) => [
    check('users_role_check', oneOf(table.role, userRoles)),
    check('users_locale_check', oneOf(table.locale, locales)),
    check('users_region_officer_region_check', sql`${table.role} <> 'region' or ${table.regionCode} is not null`),
    // Researchers and company staff may be without an organisation while a request to join waits.
    check('users_staff_organisation_check', sql`${table.role} in ('researcher', 'company') or ${table.organisationId} is null`),
    // Emails compare case-insensitively: Aigerim@KazNU.kz and aigerim@kaznu.kz are one account.
    uniqueIndex('users_email_unique').on(sql`lower(${table.email})`),
    index('users_organisation_idx').on(table.organisationId),
  ],
);
