import type { FastifyBaseLogger } from 'fastify';
import { MeilisearchApiError } from 'meilisearch';
import type { Database, SqlClient } from '@kopir/db';
import type { TaxonomyCache } from '../taxonomy/live-taxonomy.ts';
import type { SearchService } from './client.ts';
import { indexNames, indexSettings, indexUid, type IndexName } from './index-settings.ts';
import { reindex } from './reindex.ts';

// One rebuild at a time across replicas: the first to notice rebuilds, the others see the lock taken.
const REBUILD_LOCK_ID = 7_346_203; // the demo-data loader takes 7_346_202, migrations 7_346_201, the analytics rollup 7_346_204 (migration 0014)

/** Whether the index is there with the settings we gave it, or was lost (missing, or re-created bare by a write). */
async function indexIntact(search: SearchService, name: IndexName, wanted: string[]): Promise<boolean> {
  try {
    const filterable = (await search.client.index(indexUid(search.indexPrefix, name)).getFilterableAttributes()) ?? [];
    return wanted.every((attribute) => filterable.includes(attribute as never));
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return false;
    throw error; // unreachable or failing: nothing to conclude yet
  }
}

/**
 * Notices that Meilisearch lost an index — it came back empty (a new volume, a wiped data
 * folder), so the index is missing or was re-created without settings by the outbox's next
 * write — and rebuilds it from PostgreSQL (reindex.ts: fill, swap, reconcile). The outbox
 * cannot heal this alone: it resends only what changes. Looks every `everyMs`; cheap (one
 * settings read per index).
 */
interface IndexWatchOptions {
  db: Database;
  sql: SqlClient;
  search: SearchService;
  taxonomy: TaxonomyCache;
  log: FastifyBaseLogger;
  everyMs: number;
}

export class IndexWatch {
  readonly #options: IndexWatchOptions;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<unknown> | undefined;
  #stopped = false;
  /** Rebuilds this process ran since it started (shown on /ready). */
  rebuilds = 0;

  constructor(options: IndexWatchOptions) {
    this.#options = options;
  }

  start(): void {
    this.#stopped = false;
    const tick = () => {
      this.#running = this.checkOnce()
        .catch((error: unknown) => this.#options.log.warn({ err: (error as Error).message }, 'search index check failed; will look again'))
        .finally(() => {
          if (!this.#stopped) this.#timer = setTimeout(tick, this.#options.everyMs);
        });
    };
    this.#timer = setTimeout(tick, this.#options.everyMs);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#running;
  }

  /** Checks every index once and rebuilds the lost ones; returns what it rebuilt. */
  async checkOnce(): Promise<IndexName[]> {
    const { db, sql, search, taxonomy, log } = this.#options;
    const data = (await taxonomy.current()).data;
    const lost: IndexName[] = [];
    for (const name of indexNames) {
      const wanted = (indexSettings(name, data).filterableAttributes ?? []) as string[];
      if (!(await indexIntact(search, name, wanted))) lost.push(name);
    }
    if (lost.length === 0) return [];
    const connection = await sql.reserve();
    try {
      const [lock] = await connection<{ locked: boolean }[]>`select pg_try_advisory_lock(${REBUILD_LOCK_ID}) as locked`;
      if (!lock?.locked) return [];
      try {
        for (const name of lost) {
          log.warn({ index: indexUid(search.indexPrefix, name) }, 'search index lost (Meilisearch came back without it); rebuilding from PostgreSQL');
          const report = await reindex({ db, client: search.client, prefix: search.indexPrefix, taxonomy: data, name });
          this.rebuilds++;
          log.info(report, 'search index rebuilt');
        }
      } finally {
        await connection`select pg_advisory_unlock(${REBUILD_LOCK_ID})`;
      }
    } finally {
      connection.release();
    }
    return lost;
  }
}
