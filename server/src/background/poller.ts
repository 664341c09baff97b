import type { FastifyBaseLogger } from 'fastify';
import { inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type postgres from 'postgres';
import type { Database, Transaction } from '@kopir/db';

/** A queue table: an id, an attempt count, a not-before time and the last error. */
type QueueTable = PgTable & { id: PgColumn; attempts: PgColumn; availableAt: PgColumn; lastError: PgColumn };

/** The rows of a claimed batch that were not handled, each with why; every other row is done. */
export type Failures = Map<number, string>;

export interface PollerOptions<Row extends { id: number }> {
  /** For log lines. */
  name: string;
  db: Database;
  table: QueueTable;
  log: FastifyBaseLogger;
  /**
   * Handles a claimed batch inside the claiming transaction; a throw fails the whole batch. `stopping`
   * is aborted when the poller stops: a handler that waits on something slow gives up, and its rows
   * are tried again later, so a shutdown never waits on another service.
   */
  handle: (rows: Row[], tx: Transaction, stopping: AbortSignal) => Promise<Failures>;
  /** Retry delay after a failure: `firstSeconds`, doubling per attempt, at most `maxSeconds`. */
  backoff: { firstSeconds: number; maxSeconds: number };
  /** A further condition a row must meet to be claimed (e.g. a per-entity advisory lock). */
  claimable?: SQL;
  batchSize?: number;
  /** Longest sleep between polls when no notification arrives. */
  idleMs?: number;
  /** After this many failed attempts a row stays, with its error, for an operator to look at. */
  maxAttempts?: number;
  /** A NOTIFY channel that wakes the poller at once; without it, the poll alone finds new rows. */
  wakeOn?: { sql: postgres.Sql; channel: string };
}

const messageOf = (error: unknown) => {
  const cause = (error as Error).cause as Error | undefined;
  return (cause?.message ?? (error as Error).message ?? String(error)).slice(0, 500);
};

/** A batch handler that handles each row in a savepoint of its own, so one failing row leaves the others done. */
export function oneByOne<Row extends { id: number }>(handle: (row: Row, tx: Transaction) => Promise<void>) {
  return async (rows: Row[], tx: Transaction): Promise<Failures> => {
    const failures: Failures = new Map();
    for (const row of rows) {
      await tx.transaction((savepoint) => handle(row, savepoint)).catch((error: unknown) => failures.set(row.id, messageOf(error)));
    }
    return failures;
  };
}

/**
 * Works through a queue table (search outbox, background jobs, emails): claims due rows with FOR
 * UPDATE SKIP LOCKED so replicas share the work, hands them to `handle` inside the claiming
 * transaction, deletes the rows handled, and pushes the others back with backoff. Sleeps when the
 * queue is empty until a notification or the next poll.
 */
export class QueuePoller<Row extends { id: number }> {
  readonly #options: PollerOptions<Row>;
  #running = false;
  #loop: Promise<void> | undefined;
  #wake: (() => void) | undefined;
  #unlisten: (() => Promise<void>) | undefined;
  #stopping = new AbortController();

  constructor(options: PollerOptions<Row>) {
    this.#options = options;
  }

  async start(): Promise<void> {
    this.#running = true;
    this.#stopping = new AbortController();
    const { wakeOn } = this.#options;
    if (wakeOn) {
      const listener = await wakeOn.sql.listen(wakeOn.channel, () => this.#wake?.());
      this.#unlisten = () => listener.unlisten();
    }
    this.#loop = this.#run();
  }

  async stop(): Promise<void> {
    this.#running = false;
    this.#stopping.abort();
    this.#wake?.();
    await this.#loop;
    await this.#unlisten?.().catch(() => {});
  }

  async #run(): Promise<void> {
    while (this.#running) {
      let claimed = 0;
      try {
        claimed = await this.drainOnce();
      } catch (error) {
        this.#options.log.error({ err: error }, `${this.#options.name}: batch failed`);
      }
      if (claimed === 0 && this.#running) await this.#sleep();
    }
  }

  #sleep(): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, this.#options.idleMs ?? 1_000);
      this.#wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  /** Rows waiting, and rows parked after their last allowed attempt (they stay for an operator). */
  async queueState(): Promise<{ pending: number; parked: number }> {
    const { db, table, maxAttempts } = this.#options;
    const parked = maxAttempts === undefined ? sql`0` : sql`count(*) filter (where ${table.attempts} >= ${maxAttempts})`;
    const [row] = await db.select({ total: sql<number>`count(*)::int`, parked: sql<number>`(${parked})::int` }).from(table);
    return { pending: (row?.total ?? 0) - (row?.parked ?? 0), parked: row?.parked ?? 0 };
  }

  /** Claims and handles one batch of due rows; returns how many it claimed (handled or pushed back). */
  async drainOnce(): Promise<number> {
    const { db, table, batchSize = 20, maxAttempts, claimable, backoff, log, name } = this.#options;
    return db.transaction(async (tx) => {
      const due = sql`${table.availableAt} <= now()`;
      const limit = maxAttempts === undefined ? undefined : sql`${table.attempts} < ${maxAttempts}`;
      const conditions = [due, limit, claimable].filter((condition): condition is SQL => condition !== undefined);
      const rows = (await tx
        .select()
        .from(table)
        .where(sql.join(conditions, sql` and `))
        .orderBy(table.id)
        .limit(batchSize)
        .for('update', { skipLocked: true })) as Row[];
      if (rows.length === 0) return 0;
      // A savepoint: if the handler breaks the transaction, the bookkeeping below still commits.
      const failures = await tx
        .transaction((handling) => this.#options.handle(rows, handling, this.#stopping.signal))
        .catch((error: unknown) => new Map(rows.map((row) => [row.id, messageOf(error)])));
      const done = rows.filter((row) => !failures.has(row.id)).map((row) => row.id);
      if (done.length > 0) await tx.delete(table).where(inArray(table.id, done));
      if (failures.size > 0) {
        log.warn({ rows: failures.size, err: [...failures.values()][0] }, `${name}: not handled; will retry`);
        // One update per distinct error: a failed batch usually shares one.
        const byMessage = new Map<string, number[]>();
        for (const [id, message] of failures) byMessage.set(message, [...(byMessage.get(message) ?? []), id]);
        for (const [message, ids] of byMessage) {
          await tx
            .update(table)
            // drizzle cannot type `.set()` over a table it knows only by its generic shape; QueueTable
            // guarantees these three columns.
            .set({
              attempts: sql`${table.attempts} + 1`,
              lastError: message,
              availableAt: sql`now() + least(${backoff.maxSeconds}, ${backoff.firstSeconds} * power(2, least(${table.attempts}, 20))) * interval '1 second'`,
            } as never)
            .where(inArray(table.id, ids));
        }
      }
      return rows.length;
    });
  }
}
