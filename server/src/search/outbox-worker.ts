import type { FastifyBaseLogger } from 'fastify';
import type { Meilisearch } from 'meilisearch';
import type postgres from 'postgres';
import { inArray, sql } from 'drizzle-orm';
import { searchOutbox, type Database } from '@kopir/db';
import type { TaxonomyCache } from '../taxonomy/live-taxonomy.ts';
import { syncEntities, type EntityRef } from './sync-entities.ts';

export const OUTBOX_CHANNEL = 'search_outbox';

export interface OutboxLag {
  pending: number;
  oldestPendingAgeSeconds: number;
}

interface WorkerOptions {
  db: Database;
  sql: postgres.Sql;
  client: Meilisearch;
  indexPrefix: string;
  taxonomy: TaxonomyCache;
  log: FastifyBaseLogger;
  batchSize?: number;
  /** Longest sleep between polls when no notification arrives. */
  idleMs?: number;
}

/** Retry delay after a failure: 0.25 s doubling per attempt, at most 5 s, so recovery is quick. */
const MAX_BACKOFF_SECONDS = 5;

/**
 * Carries search outbox rows to Meilisearch. Rows are claimed with FOR UPDATE SKIP LOCKED plus
 * a per-entity advisory lock, so several API replicas can run workers without two of them
 * sending the same entity out of order. A row is deleted only after Meilisearch accepted the
 * update; on failure it is retried with backoff, so no update is lost while Meilisearch is down.
 */
export class SearchOutboxWorker {
  readonly #options: Required<WorkerOptions>;
  #running = false;
  #loop: Promise<void> | undefined;
  #wake: (() => void) | undefined;
  #unlisten: (() => Promise<void>) | undefined;
  #lastLagLog = 0;

  constructor(options: WorkerOptions) {
    this.#options = { batchSize: 500, idleMs: 1_000, ...options };
  }

  async start(): Promise<void> {
    this.#running = true;
    // A notification on commit wakes the worker at once; the poll is only the fallback.
    const listener = await this.#options.sql.listen(OUTBOX_CHANNEL, () => this.#wake?.());
    this.#unlisten = () => listener.unlisten();
    this.#loop = this.#run();
  }

  async stop(): Promise<void> {
    this.#running = false;
    this.#wake?.();
    await this.#loop;
    await this.#unlisten?.().catch(() => {});
  }

  async #run(): Promise<void> {
    while (this.#running) {
      let processed = 0;
      try {
        processed = await this.drainOnce();
        await this.#logLagNow();
      } catch (error) {
        this.#options.log.error({ err: error }, 'search outbox: batch failed');
      }
      if (processed === 0 && this.#running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.#options.idleMs);
          this.#wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  }

  /** Claims and delivers one batch; returns how many rows it handled (delivered or deferred). */
  async drainOnce(): Promise<number> {
    const { db, client, indexPrefix, taxonomy, batchSize, log } = this.#options;
    const live = await taxonomy.current();
    return db.transaction(async (tx) => {
      const rows = (await tx.execute(sql`
        select id, entity_type as "entityType", entity_id as "entityId"
        from search_outbox
        where available_at <= now() and pg_try_advisory_xact_lock(hashtextextended(entity_id::text, 0))
        order by id
        limit ${batchSize}
        for update skip locked`)) as unknown as (EntityRef & { id: number })[];
      if (rows.length === 0) return 0;
      const claimed = inArray(
        searchOutbox.id,
        rows.map((row) => row.id),
      );
      try {
        // A savepoint: if delivery fails, the rows' retry bookkeeping below still commits.
        await tx.transaction(async (delivery) => {
          await syncEntities(delivery, client, indexPrefix, live.data, rows);
          await delivery.delete(searchOutbox).where(claimed);
        });
      } catch (error) {
        const message = ((error as Error).cause as Error | undefined)?.message ?? (error as Error).message;
        log.warn({ rows: rows.length, err: message.slice(0, 300) }, 'search outbox: batch not delivered; will retry');
        await tx
          .update(searchOutbox)
          .set({
            attempts: sql`${searchOutbox.attempts} + 1`,
            lastError: message.slice(0, 500),
            availableAt: sql`now() + least(${MAX_BACKOFF_SECONDS}, 0.25 * power(2, least(${searchOutbox.attempts}, 10))) * interval '1 second'`,
          })
          .where(claimed);
      }
      return rows.length;
    });
  }

  /** How far the index is behind the database. */
  async lag(): Promise<OutboxLag> {
    const [row] = (await this.#options.db.execute(sql`
      select count(*)::int as pending, coalesce(extract(epoch from now() - min(created_at)), 0)::float as age from search_outbox`)) as unknown as {
      pending: number;
      age: number;
    }[];
    return { pending: row?.pending ?? 0, oldestPendingAgeSeconds: Math.round((row?.age ?? 0) * 10) / 10 };
  }

  async #logLagNow(): Promise<void> {
    if (Date.now() - this.#lastLagLog < 30_000) return;
    this.#lastLagLog = Date.now();
    const lag = await this.lag();
    if (lag.pending > 0) this.#options.log.info(lag, 'search outbox lag');
  }
}
