import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { labStatuses, type LabStatus, type Locale, type LocalizedText } from '@kopir/shared';
import { oneOf, timestamps, timestamptz, version } from './columns.ts';
import { organisations } from './organisations.ts';
import { users } from './users.ts';

/** A capability profile of a research group at a university or institute. */
export const labs = pgTable(
  'labs',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    name: jsonb().$type<LocalizedText>().notNull(),
    description: jsonb().$type<LocalizedText>().notNull(),
    /** OECD FOS 2007 field codes. */
    researchFields: text().array().notNull().default(sql`'{}'`),
    /** OKED / NACE Rev. 2 section codes the lab serves. */
    sectors: text().array().notNull().default(sql`'{}'`),
    /** Capability tag codes from the taxonomy. */
    capabilities: text().array().notNull().default(sql`'{}'`),
    /** Free keywords the taxonomy does not cover. */
    keywords: text().array().notNull().default(sql`'{}'`),
    equipment: text().array().notNull().default(sql`'{}'`),
    trlMin: smallint().notNull(),
    trlMax: smallint().notNull(),
    teamSize: integer(),
    /** Languages the team works in. */
    languages: text().array().$type<Locale[]>().notNull().default(sql`'{}'`),
    regionCode: text().notNull(),
    territoryCode: text(),
    contactName: text(),
    contactEmail: text(),
    status: text().$type<LabStatus>().notNull().default('active'),
    /** When a researcher last confirmed it is still current without editing it. */
    confirmedAt: timestamptz(),
    /**
     * When the sweep found it a year without an edit or confirmation and asked its researchers to
     * confirm it; null while current. An edit or a confirmation clears it, so each stale period
     * reminds once.
     */
    staleSince: timestamptz(),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    ...timestamps,
  },
  (table) => [
    check('labs_status_check', oneOf(table.status, labStatuses)),
    check('labs_trl_range_check', sql`${table.trlMin} between 1 and 9 and ${table.trlMax} between 1 and 9 and ${table.trlMin} <= ${table.trlMax}`),
    check('labs_team_size_check', sql`${table.teamSize} is null or ${table.teamSize} > 0`),
    index('labs_organisation_idx').on(table.organisationId),
    index('labs_region_idx').on(table.regionCode),
    // What the stale-lab sweep reads: active labs not yet stale, by when they were last current.
    index('labs_current_since_idx')
      .on(sql`greatest(${table.updatedAt}, ${table.confirmedAt})`)
      .where(sql`${table.status} = 'active' and ${table.staleSince} is null`),
    index('labs_capabilities_idx').using('gin', table.capabilities),
    index('labs_sectors_idx').using('gin', table.sectors),
  ],
);
