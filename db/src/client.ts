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

/**
 * Kazakhstan's time (UTC+5, one zone since 1 March 2024) in POSIX notation, which PostgreSQL reads
 * without its zone database. Every session of the app runs in it, so each day the database derives
 * (`::date`, a period's bounds, the analytics rollup's days) is a day in Kazakhstan whatever the
 * server's own zone; migration 0014's trigger functions carry the same setting for other writers.
 */
const KAZAKHSTAN_TIME_ZONE = '<+05>-05';

/** A pooled connection to PostgreSQL and the drizzle query builder over it. Call `close()` on shutdown. */
export function createDatabase(url: string, options: DatabaseOptions = {}) {
  const sql = postgres(url, {
    max: options.maxConnections ?? 10,
    connection: { application_name: options.applicationName ?? 'kopir', TimeZone: KAZAKHSTAN_TIME_ZONE },
    // PostgreSQL's notices (e.g. "relation already exists, skipping") are not our logs.
    onnotice: () => {},
    // A server that accepts no connection fails the query within seconds (default 30), so a
    // request answers 503 instead of hanging while PostgreSQL is away.
    connect_timeout: 5,
    // After a failed connection the driver waits before trying again, and a query waits with it.
    // Its default grows with every failure across the pool up to 20 s, so a restart of a few
    // seconds left requests hanging and /ready red for 15 s after PostgreSQL was back; at most
    // ~1 s, the pool finds PostgreSQL again at once and a request waits at most a second more.
    backoff: (retries: number) => (0.5 + Math.random() / 2) * Math.min(0.05 * 2 ** retries, 1),
  });
  const db = drizzle(sql, { schema, casing: 'snake_case' });
  return { db, sql, close: () => sql.end({ timeout: 5 }) };
}

/** The query builder inside `db.transaction(async (tx) => …)`. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Services that only write take either, so callers decide the transaction's extent. */
export type DbOrTransaction = Database | Transaction;

/** True when `error` is PostgreSQL refusing a duplicate on the named unique index or constraint. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const failure = error as { code?: string; constraint_name?: string; cause?: unknown };
  if (failure?.code === '23505' && failure.constraint_name === constraint) return true;
  // drizzle wraps driver errors; the original is the cause.
  return failure?.cause !== undefined && isUniqueViolation(failure.cause, constraint);
}
