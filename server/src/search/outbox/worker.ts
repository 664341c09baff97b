import type { FastifyBaseLogger } from 'fastify';
import type postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { searchOutbox, searchVerifications, type Database } from '@kopir/db';
import { QueuePoller } from '../../background/poller.ts';
import type { TaxonomyCache } from '../../taxonomy/live-taxonomy.ts';
import type { SearchService } from '../client.ts';
import { OUTBOX_CHANNEL } from './channel.ts';
import { deliverOutboxRows, REFUSED, type OutboxRow } from './deliver.ts';

/** How far the index is behind the database, and what is stuck. */
export interface OutboxLag {
  pending: number;
  oldestPendingAgeSeconds: number;
  /** Rows whose last attempt failed, waiting for the next (Meilisearch unreachable, slow, or refusing). */
  retrying: number;
  /** Of those, rows whose task Meilisearch processed and refused: they stay until the cause is mended. */
  failed: number;
}

interface WorkerOptions {
  db: Database;
  sql: postgres.Sql;
  search: SearchService;
  taxonomy: TaxonomyCache;
  log: FastifyBaseLogger;
  batchSize?: number;
  idleMs?: number;
  /** When each delivered entity is checked against the index (verifier.ts); never, when undefined. */
  verifyAfterMs?: number;
}

/**
 * Carries search outbox rows to Meilisearch. Rows are claimed with a per-entity advisory lock
 * besides SKIP LOCKED, so several API replicas can run workers without two of them sending the
 * same entity at once. A row is deleted only once its document is in the index (its task
 * succeeded), and leaves a verification behind (verifier.ts); otherwise it is retried with backoff (0.25 s doubling, at most 5 s, so recovery is
 * quick), so no update is lost while Meilisearch is down or refuses a task.
 */
export class SearchOutboxWorker extends QueuePoller<OutboxRow> {
  readonly #db: Database;
  readonly #log: FastifyBaseLogger;
  #lastLagLog = 0;

  constructor({ db, sql: client, search, taxonomy, log, batchSize = 500, idleMs = 1_000, verifyAfterMs }: WorkerOptions) {
    super({
      name: 'search outbox',
      db,
      table: searchOutbox,
      log,
      batchSize,
      idleMs,
      backoff: { firstSeconds: 0.25, maxSeconds: 5 },
      claimable: sql`pg_try_advisory_xact_lock(hashtextextended(${searchOutbox.entityId}::text, 0))`,
      wakeOn: { sql: client, channel: OUTBOX_CHANNEL },
      handle: async (rows, tx, stopping) => {
        const failures = await deliverOutboxRows(tx, search, (await taxonomy.current()).data, rows, stopping);
        // Meilisearch took these; a request that timed out earlier may still land after them, so
        // each is checked against PostgreSQL once that could have happened (verifier.ts).
        const delivered = rows.filter((row) => !failures.has(row.id)).map(({ entityType, entityId }) => ({ entityType, entityId }));
        if (verifyAfterMs !== undefined && delivered.length > 0) {
          const availableAt = sql`now() + ${verifyAfterMs} * interval '1 millisecond'`;
          await tx.insert(searchVerifications).values(delivered.map((ref) => ({ ...ref, availableAt })));
        }
        return failures;
      },
    });
    this.#db = db;
    this.#log = log;
  }

  override async drainOnce(): Promise<number> {
    const claimed = await super.drainOnce();
    await this.#logLag();
    return claimed;
  }

  /** How far the index is behind the database. */
  async lag(): Promise<OutboxLag> {
    const [row] = await this.#db
      .select({
        pending: sql<number>`count(*)::int`,
        age: sql<number>`coalesce(extract(epoch from now() - min(${searchOutbox.createdAt})), 0)::float`,
        retrying: sql<number>`(count(*) filter (where ${searchOutbox.attempts} > 0))::int`,
        failed: sql<number>`(count(*) filter (where ${searchOutbox.attempts} > 0 and starts_with(${searchOutbox.lastError}, ${REFUSED})))::int`,
      })
      .from(searchOutbox);
    return {
      pending: row?.pending ?? 0,
      oldestPendingAgeSeconds: Math.round((row?.age ?? 0) * 10) / 10,
      retrying: row?.retrying ?? 0,
      failed: row?.failed ?? 0,
    };
  }

  async #logLag(): Promise<void> {
    if (Date.now() - this.#lastLagLog < 30_000) return;
    this.#lastLagLog = Date.now();
    const lag = await this.lag();
    if (lag.pending > 0) this.#log.info(lag, 'search outbox lag');
  }
}
