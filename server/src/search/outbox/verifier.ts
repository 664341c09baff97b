import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'drizzle-orm';
import { searchVerifications, type Database } from '@kopir/db';
import { QueuePoller } from '../../background/poller.ts';
import type { SearchService } from '../client.ts';
import { verifyDelivered, type DriftCounts, type VerificationRow } from './verify.ts';

/** What /ready shows of the verifier: checks waiting, and drift found and healed since start. */
export interface VerificationState extends DriftCounts {
  pending: number;
}

/**
 * Checks every delivered entity against the index once a late write could have landed, and sends
 * again what lags (verify.ts). A request to Meilisearch that timed out is not a failed one: the
 * server may still apply it, later than the newer write the outbox sent on retry, and the outbox
 * row would already be gone. This rolling check of recently changed entities is what heals that,
 * without an operator and without reading the whole index. Several replicas share the rows.
 */
export class SearchVerifier extends QueuePoller<VerificationRow> {
  readonly #db: Database;
  readonly counts: DriftCounts;

  constructor({ db, search, log, verifyAfterMs }: { db: Database; search: SearchService; log: FastifyBaseLogger; verifyAfterMs: number }) {
    const counts: DriftCounts = { found: 0, healed: 0 };
    super({
      name: 'search verification',
      db,
      table: searchVerifications,
      log,
      batchSize: 500,
      idleMs: Math.max(250, Math.min(verifyAfterMs, 5_000)),
      // Not yet checkable (outbox busy, index busy) or drift sent again: look again a little later.
      backoff: { firstSeconds: Math.max(0.25, verifyAfterMs / 4_000), maxSeconds: 30 },
      handle: (rows, tx) => verifyDelivered(tx, search, rows, counts),
    });
    this.counts = counts;
    this.#db = db;
  }

  async state(): Promise<VerificationState> {
    const [row] = await this.#db.select({ pending: sql<number>`count(*)::int` }).from(searchVerifications);
    return { pending: row?.pending ?? 0, ...this.counts };
  }
}
