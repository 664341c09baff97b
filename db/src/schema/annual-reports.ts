import { sql } from 'drizzle-orm';
import { boolean, check, date, jsonb, pgTable, smallint, text, unique, uuid } from 'drizzle-orm/pg-core';
import { reportScopes, reportStatuses, type ReportScope, type ReportStatus } from '@kopir/shared';
import { oneOf, timestamps, timestamptz } from './columns.ts';
import { users } from './users.ts';

/**
 * A region's annual report (due 1 April) or the national consolidation (due 1 May).
 * On submission the figures are frozen here with a checksum; live data never changes them.
 */
export const annualReports = pgTable(
  'annual_reports',
  {
    id: uuid().primaryKey().defaultRandom(),
    scope: text().$type<ReportScope>().notNull(),
    /** The reporting region; null for the national report. */
    regionCode: text(),
    year: smallint().notNull(),
    status: text().$type<ReportStatus>().notNull().default('draft'),
    figures: jsonb().$type<Record<string, unknown>>(),
    narrative: text(),
    /** SHA-256 of the frozen figures and narrative, hex. */
    checksum: text(),
    dueOn: date({ mode: 'string' }).notNull(),
    submittedAt: timestamptz(),
    submittedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    isLate: boolean().notNull().default(false),
    publishedAt: timestamptz(),
    publishedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (table) => [
    check('annual_reports_scope_check', oneOf(table.scope, reportScopes)),
    check('annual_reports_status_check', oneOf(table.status, reportStatuses)),
    check('annual_reports_region_check', sql`(${table.scope} = 'region') = (${table.regionCode} is not null)`),
    check('annual_reports_year_check', sql`${table.year} between 2020 and 2100`),
    check(
      'annual_reports_frozen_check',
      sql`${table.status} = 'draft' or (${table.figures} is not null and ${table.checksum} is not null and ${table.submittedAt} is not null)`,
    ),
    unique('annual_reports_scope_region_year_unique').on(table.scope, table.regionCode, table.year).nullsNotDistinct(),
  ],
);
