import { sql } from 'drizzle-orm';
import { bigint, check, date, index, jsonb, pgTable, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { needStatuses, needVisibilities, type LocalizedText, type NeedStatus, type NeedVisibility } from '@kopir/shared';
import { oneOf, timestamps, timestamptz, version } from './columns.ts';
import { organisations } from './organisations.ts';
import { users } from './users.ts';

/** A company's R&D problem. Money is in whole tenge (KZT), as integers. */
export const needs = pgTable(
  'needs',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    title: text().notNull(),
    description: jsonb().$type<LocalizedText>().notNull(),
    sectors: text().array().notNull().default(sql`'{}'`),
    capabilities: text().array().notNull().default(sql`'{}'`),
    researchFields: text().array().notNull().default(sql`'{}'`),
    trlTarget: smallint().notNull(),
    budgetMinKzt: bigint({ mode: 'number' }),
    budgetMaxKzt: bigint({ mode: 'number' }),
    deadlineOn: date({ mode: 'string' }),
    regionCode: text().notNull(),
    territoryCode: text(),
    visibility: text().$type<NeedVisibility>().notNull().default('public'),
    status: text().$type<NeedStatus>().notNull().default('open'),
    publishedAt: timestamptz().notNull().defaultNow(),
    closedAt: timestamptz(),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    ...timestamps,
  },
  (table) => [
    check('needs_status_check', oneOf(table.status, needStatuses)),
    check('needs_visibility_check', oneOf(table.visibility, needVisibilities)),
    check('needs_trl_check', sql`${table.trlTarget} between 1 and 9`),
    check(
      'needs_budget_check',
      sql`coalesce(${table.budgetMinKzt}, 0) >= 0 and (${table.budgetMaxKzt} is null or ${table.budgetMaxKzt} >= coalesce(${table.budgetMinKzt}, 0))`,
    ),
    index('needs_organisation_idx').on(table.organisationId),
    index('needs_status_idx').on(table.status),
    index('needs_region_idx').on(table.regionCode),
    index('needs_published_idx').on(table.publishedAt),
    index('needs_capabilities_idx').using('gin', table.capabilities),
    index('needs_sectors_idx').using('gin', table.sectors),
  ],
);
