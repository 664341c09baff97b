import { sql, type SQL } from 'drizzle-orm';
import { integer, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core';

/** Every time is a `timestamptz`: the product spans time zones (Kazakhstan has two since 2024 only by law). */
export const timestamptz = () => timestamp({ withTimezone: true, mode: 'date' });

/** Created/updated stamps shared by the editable entities. */
export const timestamps = {
  createdAt: timestamptz().notNull().defaultNow(),
  updatedAt: timestamptz().notNull().defaultNow(),
};

/**
 * A row's version, raised by every update. The search outbox carries it so Meilisearch
 * documents can be compared with the database, and stale writes can be detected.
 */
export const version = () => integer().notNull().default(1);

/**
 * `column IN ('a', 'b', …)` for a check constraint. The values are the product's own constants
 * (never user input), written as literals because a constraint cannot take parameters.
 */
export function oneOf(column: AnyPgColumn, values: readonly string[]): SQL {
  const literals = values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ');
  return sql`${column} in (${sql.raw(literals)})`;
}
