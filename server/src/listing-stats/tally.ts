import { createHmac } from 'node:crypto';
import type { ListingKind } from '@kopir/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTransaction } from '@kopir/db';

/** The counters a process adds up in memory: what people were shown. */
export type TalliedMeasure = 'searchAppearances' | 'matchesShown';

interface Pending {
  kind: ListingKind;
  listingId: string;
  day: string;
  searchAppearances: number;
  matchesShown: number;
}

interface PendingRead {
  kind: ListingKind;
  listingId: string;
  day: string;
  reader: Buffer;
}

/** Reads remembered per process to skip a reader's repeated reads before the database sees them; past it the memory starts again. */
const seenLimit = 100_000;

/**
 * What a process counted since its last flush: views (as keyed hashes of reader and day, never
 * the reader) and the listings shown in search results and match lists. Counting touches memory
 * only; `flush` writes everything in two additive statements, so replicas need no coordination.
 * What a process counted and had not flushed when it crashed is lost.
 */
export class ListingTally {
  readonly #key: Buffer;
  #counts = new Map<string, Pending>();
  #reads = new Map<string, PendingRead>();
  #seen = new Set<string>();
  #flushing: Promise<void> = Promise.resolve();

  /** `secret`: a server secret every replica shares, so a reader hashes the same on each. */
  constructor(secret: string) {
    this.#key = createHmac('sha256', secret).update('kopir listing views').digest();
  }

  /** One read of a listing's page by `reader` (e.g. `user:<id>`, or the address and user agent) on `day`. */
  view(kind: ListingKind, listingId: string, day: string, reader: string): void {
    const hash = createHmac('sha256', this.#key).update(`${day}\n${reader}`).digest();
    const key = `${kind}:${listingId}:${day}:${hash.toString('base64')}`;
    if (this.#seen.has(key)) return;
    if (this.#seen.size >= seenLimit) this.#seen.clear();
    this.#seen.add(key);
    this.#reads.set(key, { kind, listingId, day, reader: hash });
  }

  /** Each of `listingIds` was shown once more (on a page of results, in a match list). */
  count(measure: TalliedMeasure, kind: ListingKind, listingIds: readonly string[], day: string): void {
    for (const listingId of listingIds) {
      const key = `${kind}:${listingId}:${day}`;
      let pending = this.#counts.get(key);
      if (!pending) {
        pending = { kind, listingId, day, searchAppearances: 0, matchesShown: 0 };
        this.#counts.set(key, pending);
      }
      pending[measure] += 1;
    }
  }

  /** Whether anything waits to be written. */
  get pending(): boolean {
    return this.#counts.size > 0 || this.#reads.size > 0;
  }

  /**
   * Writes what was counted, one flush at a time. What a failed write took is put back to be
   * tried again with the next flush (a read already remembered is not counted twice meanwhile).
   */
  flush(db: DbOrTransaction): Promise<void> {
    // A failed flush fails its caller only; the next one runs all the same.
    const flushing = this.#flushing.catch(() => {}).then(() => this.#write(db));
    this.#flushing = flushing;
    return flushing;
  }

  async #write(db: DbOrTransaction): Promise<void> {
    if (!this.pending) return;
    const counts = this.#counts;
    const reads = this.#reads;
    this.#counts = new Map();
    this.#reads = new Map();
    try {
      await writeCounts(db, [...counts.values()]);
    } catch (error) {
      for (const [key, pending] of counts) this.#putBack(key, pending);
      for (const [key, read] of reads) this.#reads.set(key, read);
      throw error;
    }
    try {
      await writeReads(db, [...reads.values()]);
    } catch (error) {
      for (const [key, read] of reads) this.#reads.set(key, read);
      throw error;
    }
  }

  #putBack(key: string, pending: Pending): void {
    const now = this.#counts.get(key);
    if (!now) this.#counts.set(key, pending);
    else {
      now.searchAppearances += pending.searchAppearances;
      now.matchesShown += pending.matchesShown;
    }
  }
}

/** Rows per statement: well under PostgreSQL's 65,535 parameters. */
const batchSize = 2_000;

async function writeCounts(db: DbOrTransaction, rows: Pending[]): Promise<void> {
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const values = sql.join(
      batch.map((row) => sql`(${row.kind}, ${row.listingId}::uuid, ${row.day}::date, ${row.searchAppearances}::int, ${row.matchesShown}::int)`),
      sql`, `,
    );
    await db.execute(sql`
      insert into listing_stats (kind, listing_id, day, search_appearances, matches_shown)
      values ${values}
      on conflict (kind, listing_id, day) do update
        set search_appearances = listing_stats.search_appearances + excluded.search_appearances,
            matches_shown = listing_stats.matches_shown + excluded.matches_shown`);
  }
}

/** Each reader new for its listing and day adds one view; one already there (another replica, a restart) adds none. */
async function writeReads(db: DbOrTransaction, rows: PendingRead[]): Promise<void> {
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const values = sql.join(
      batch.map((row) => sql`(${row.kind}, ${row.listingId}::uuid, ${row.day}::date, ${row.reader}::bytea)`),
      sql`, `,
    );
    await db.execute(sql`
      with new_readers as (
        insert into listing_stats_readers (kind, listing_id, day, reader)
        values ${values}
        on conflict do nothing
        returning kind, listing_id, day
      )
      insert into listing_stats (kind, listing_id, day, views)
      select kind, listing_id, day, count(*)::int from new_readers group by kind, listing_id, day
      on conflict (kind, listing_id, day) do update set views = listing_stats.views + excluded.views`);
  }
}

/** Forgets who read what before `day` (a reader hash only matters on its own day). */
export async function pruneReaders(db: DbOrTransaction, day: string): Promise<void> {
  await db.execute(sql`delete from listing_stats_readers where day < ${day}::date`);
}
