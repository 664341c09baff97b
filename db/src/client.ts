import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema/index.ts';

export type Database = ReturnType<typeof createDatabase>['db'];
export type SqlClient = postgres.Sql;

export interface DatabaseOptions {
  /** Connections in this process's pool. */
  maxConnections?: number;
  /** Name shown in `pg_stat_activity`, so an operator can tell replicas apart. */
  applicationName?: string;
}

/** A pooled connection to PostgreSQL and the drizzle query builder over it. Call `close()` on shutdown. */
export function createDatabase(url: string, options: DatabaseOptions = {}) {
  const sql = postgres(url, {
    max: options.maxConnections ?? 10,
    connection: { application_name: options.applicationName ?? 'kopir' },
    // PostgreSQL's notices (e.g. "relation already exists, skipping") are not our logs.
    onnotice: () => {},
  });
  const db = drizzle(sql, { schema, casing: 'snake_case' });
  return { db, sql, close: () => sql.end({ timeout: 5 }) };
}
