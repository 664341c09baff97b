import { sql } from 'drizzle-orm';
import { check, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { Trilingual } from '@kopir/shared';
import { timestamps } from './columns.ts';
import { users } from './users.ts';

/**
 * Capability tags added by admins at run time, on top of the ones shipped in
 * `shared/src/taxonomy/capabilities.ts`. Codes never change once data refers to them.
 */
export const capabilityTags = pgTable(
  'capability_tags',
  {
    code: text().primaryKey(),
    labels: jsonb().$type<Trilingual>().notNull(),
    fields: text().array().notNull(),
    sectors: text().array().notNull(),
    synonyms: jsonb().$type<{ kk: string[]; ru: string[]; en: string[] }>().notNull(),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (table) => [check('capability_tags_code_check', sql`${table.code} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)],
);

/** Science-intensive territories; seeded from `shared/src/taxonomy/territories.ts`, edited by admins. */
export const territories = pgTable(
  'territories',
  {
    code: text().primaryKey(),
    labels: jsonb().$type<Trilingual>().notNull(),
    regionCode: text().notNull(),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (table) => [check('territories_code_check', sql`${table.code} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)],
);
