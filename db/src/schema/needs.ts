import { sql } from 'drizzle-orm';
import { bigint, check, date, index, jsonb, pgTable, smallint, text, uuid } from 'drizzle-orm/pg-core';
import {
  needClosedReasons,
  needStatuses,
  needVisibilities,
  type LocalizedText,
  type NeedClosedReason,
  type NeedStatus,
  type NeedVisibility,
} from '@kopir/shared';
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
    /** Who ended it (its company, or its deadline passing); null while open. */
    closedReason: text().$type<NeedClosedReason>(),
    /**
     * The deadline its company was last warned of (a week before). The sweep warns when this
     * differs from `deadlineOn`, so each deadline warns once and an extended one warns again.
     */
    deadlineWarnedFor: date({ mode: 'string' }),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    ...timestamps,
  },
  (table) => [
    check('needs_status_check', oneOf(table.status, needStatuses)),
    check('needs_visibility_check', oneOf(table.visibility, needVisibilities)),
    check('needs_closed_reason_check', oneOf(table.closedReason, needClosedReasons)),
    // A need that is not open says who ended it; an open one has no reason.
    check('needs_closed_reason_status_check', sql`(${table.status} = 'open') = (${table.closedReason} is null)`),
    check('needs_trl_check', sql`${table.trlTarget} between 1 and 9`),
    check(
      'needs_budget_check',
      sql`coalesce(${table.budgetMinKzt}, 0) >= 0 and (${table.budgetMaxKzt} is null or ${table.budgetMaxKzt} >= coalesce(${table.budgetMinKzt}, 0))`,
    ),
    index('needs_organisation_idx').on(table.organisationId),
    index('needs_status_idx').on(table.status),
    // What the deadline sweep reads: open needs by deadline.
    index('needs_open_deadline_idx').on(table.deadlineOn).where(sql`${table.status} = 'open' and ${table.deadlineOn} is not null`),
    index('needs_region_idx').on(table.regionCode),
    index('needs_published_idx').on(table.publishedAt),
    index('needs_capabilities_idx').using('gin', table.capabilities),
    index('needs_sectors_idx').using('gin', table.sectors),
  ],
);
