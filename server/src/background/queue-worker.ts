import type { FastifyBaseLogger } from 'fastify';
import { inArray, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database, Transaction } from '@kopir/db';

/** A queue table: an id, an attempt count, a not-before time and the last error. */
type QueueTable = PgTable & {
  id: import('drizzle-orm/pg-core').PgColumn;
  attempts: import('drizzle-orm/pg-core').PgColumn;
  availableAt: import('drizzle-orm/pg-core').PgColumn;
  lastError: import('drizzle-orm/pg-core').PgColumn;
};

/**
 * Works through a queue table (background jobs, emails): claims due rows with FOR UPDATE SKIP
 * LOCKED so replicas share the work, handles each inside the claiming transaction, deletes it when
 * handled, and on failure pushes it back with backoff (1 s doubling, at most 10 min). After
 * `maxAttempts` a row stays, with its error, for an operator to look at.
 */
export class QueueWorker<Row extends { id: number }> {
  #running = false;
  #loop: Promise<void> | undefined;
  #wake: (() => void) | undefined;

  constructor(
    private readonly options: {
      name: string;
      db: Database;
      table: QueueTable;
      log: FastifyBaseLogger;
      handle: (row: Row, tx: Transaction) => Promise<void>;
      batchSize?: number;
      idleMs?: number;
      maxAttempts?: number;
    },
  ) {}

  start(): void {
    this.#running = true;
    this.#loop = this.#run();
  }

  async stop(): Promise<void> {
    this.#running = false;
    this.#wake?.();
    await this.#loop;
  }

  async #run(): Promise<void> {
    while (this.#running) {
      let handled = 0;
      try {
        handled = await this.drainOnce();
      } catch (error) {
        this.options.log.error({ err: error }, `${this.options.name}: batch failed`);
      }
      if (handled === 0 && this.#running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.options.idleMs ?? 1_000);
          this.#wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  }

  /** Handles one batch of due rows; returns how many it claimed. */
  async drainOnce(): Promise<number> {
    const { db, table, batchSize = 20, maxAttempts = 12 } = this.options;
    return db.transaction(async (tx) => {
      const rows = (await tx
        .select()
        .from(table)
        .where(sql`${table.availableAt} <= now() and ${table.attempts} < ${maxAttempts}`)
        .orderBy(table.id)
        .limit(batchSize)
        .for('update', { skipLocked: true })) as unknown as Row[];
      for (const row of rows) {
        try {
          await tx.transaction((savepoint) => this.options.handle(row, savepoint));
          await tx.delete(table).where(inArray(table.id, [row.id]));
        } catch (error) {
          const message = (error as Error).message.slice(0, 500);
          this.options.log.warn({ id: row.id, err: message }, `${this.options.name}: will retry`);
          await tx
            .update(table)
            .set({
              attempts: sql`${table.attempts} + 1`,
              lastError: message,
              availableAt: sql`now() + least(600, power(2, ${table.attempts})) * interval '1 second'`,
            } as never)
            .where(inArray(table.id, [row.id]));
        }
      }
      return rows.length;
    });
  }
}
