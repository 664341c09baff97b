import { eq } from 'drizzle-orm';
import stringify from 'safe-stable-stringify';
import { labs, needs, organisations, type Database } from '@kopir/db';
import { labDocument, needDocument, TaxonomyCache, type App, type createSearchClient } from '@kopir/server';

type Meilisearch = ReturnType<typeof createSearchClient>;

/** PostgreSQL beside Meilisearch after a fault or a cluster run: every entity's document compared field by field. */
export interface IndexComparison {
  /** Entities in PostgreSQL whose documents were compared. */
  compared: number;
  /** In PostgreSQL, not in the index. */
  lost: string[];
  /** In both, with a field that differs. */
  stale: string[];
  /** In the index, deleted in PostgreSQL. */
  extra: string[];
}

/** Where to compare: the database, and the Meilisearch client with the index prefix. */
interface Sides {
  db: Database;
  client: Meilisearch;
  prefix: string;
}

async function indexedDocuments(client: Meilisearch, uid: string): Promise<Map<string, unknown>> {
  const found = new Map<string, unknown>();
  for (let offset = 0; ; offset += 1_000) {
    const { results } = await client.index(uid).getDocuments<{ id: string }>({ limit: 1_000, offset });
    for (const document of results) found.set(document.id, document);
    if (results.length < 1_000) return found;
  }
}

/**
 * Builds each lab's and need's document from its PostgreSQL row exactly as the outbox does (same
 * functions, same live taxonomy) and compares it with Meilisearch's, field by field: the version,
 * the organisation's name and every indexed text. `ids` narrows it to some entities (then what
 * the index holds beyond them is not judged).
 */
export async function compareIndexWithDatabase({ db, client, prefix }: Sides, ids?: { labs?: string[]; needs?: string[] }): Promise<IndexComparison> {
  const taxonomy = (await new TaxonomyCache(db).current()).data;
  const result: IndexComparison = { compared: 0, lost: [], stale: [], extra: [] };
  const expected = {
    labs: (await db.select().from(labs).innerJoin(organisations, eq(organisations.id, labs.organisationId))).map((row) =>
      labDocument(row.labs, row.organisations, taxonomy),
    ),
    needs: (await db.select().from(needs).innerJoin(organisations, eq(organisations.id, needs.organisationId))).map((row) =>
      needDocument(row.needs, row.organisations, taxonomy),
    ),
  };
  for (const index of ['labs', 'needs'] as const) {
    const wanted = ids?.[index] && new Set(ids[index]);
    const indexed = await indexedDocuments(client, `${prefix}${index}`);
    for (const document of expected[index]) {
      const found = indexed.get(document.id);
      indexed.delete(document.id);
      if (wanted && !wanted.has(document.id)) continue;
      result.compared++;
      if (found === undefined) result.lost.push(`${index}/${document.id}`);
      // Through JSON, as Meilisearch stores it: undefined fields vanish, dates are strings.
      else if (stringify(JSON.parse(JSON.stringify(document))) !== stringify(found)) result.stale.push(`${index}/${document.id}`);
    }
    if (!wanted) result.extra.push(...[...indexed.keys()].map((id) => `${index}/${id}`));
  }
  return result;
}

/** The two sides of an app: its database, its Meilisearch client and index prefix. */
const sidesOf = (app: App): Sides => ({ db: app.db, client: app.meilisearch.client, prefix: app.meilisearch.indexPrefix });

/**
 * Waits until the outbox and the verifier have nothing left and the index equals PostgreSQL, for
 * at most `timeoutMs`; returns the last comparison (with how long it took to converge).
 */
export async function settledComparison(app: App, timeoutMs = 120_000): Promise<IndexComparison & { seconds: number }> {
  const started = Date.now();
  let last: IndexComparison | undefined;
  while (Date.now() - started < timeoutMs) {
    const [lag, verification] = await Promise.all([app.searchOutbox.lag(), app.searchVerifier.state()]);
    if (lag.pending === 0 && verification.pending === 0) {
      last = await compareIndexWithDatabase(sidesOf(app));
      if (last.lost.length + last.stale.length + last.extra.length === 0) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  last ??= await compareIndexWithDatabase(sidesOf(app));
  return { ...last, seconds: Math.round((Date.now() - started) / 100) / 10 };
}
