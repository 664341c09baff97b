import { sql } from 'drizzle-orm';
import { char, check, index, jsonb, pgTable, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { organisationKinds, type LocalizedText, type OrganisationKind } from '@kopir/shared';
import { oneOf, timestamps, timestamptz, version } from './columns.ts';
import { users } from './users.ts';

/** A university, research institute or company. Labs and needs belong to one. */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: text().$type<OrganisationKind>().notNull(),
    name: jsonb().$type<LocalizedText>().notNull(),
    shortName: text(),
    /** Other names people search by: abbreviations in each language (КазНУ, ҚазҰУ), former names. */
    aliases: text().array().notNull().default(sql`'{}'::text[]`),
    /** Business Identification Number: 12 digits, the last a check digit. Required for companies. */
    bin: char({ length: 12 }),
    regionCode: text().notNull(),
    territoryCode: text(),
    city: text(),
    website: text(),
    /**
     * The email domain this organisation has proven to an admin (e.g. kaznu.kz); a person whose
     * verified address is on it, or a subdomain of it, joins without approval. Only admins set it.
     */
    verifiedDomain: text(),
    contactEmail: text(),
    contactPhone: text(),
    /** Set by an admin; labs and needs show "verified" only while this is set. */
    verifiedAt: timestamptz(),
    verifiedBy: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    verificationNote: text(),
    version: version(),
    ...timestamps,
  },
  (table) => [
    check('organisations_kind_check', oneOf(table.kind, organisationKinds)),
    check('organisations_bin_format_check', sql`${table.bin} ~ '^[0-9]{12}$'`),
    check('organisations_company_bin_check', sql`${table.kind} <> 'company' or ${table.bin} is not null`),
    // One verified organisation per BIN: an unverified registration cannot squat a real company's BIN.
    uniqueIndex('organisations_bin_unique').on(table.bin).where(sql`${table.verifiedAt} is not null`),
    index('organisations_region_idx').on(table.regionCode),
    index('organisations_kind_idx').on(table.kind),
  ],
);
