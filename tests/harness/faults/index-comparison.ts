import { eq } from 'drizzle-orm';
import stringify from 'safe-stable-stringify';
import { labs, needs, organisations } from '@kopir/db';
import { labDocument, needDocument, type App } from '@kopir/server';

/** PostgreSQL beside Meilisearch after a fault: every entity's document compared field by field. */
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

async function allDocuments(app: App, index: 'labs' | 'needs'): Promise<Map<string, unknown>> {
  const found = new Map<string, unknown>();
  const uid = `${app.meilisearch.indexPrefix}${index}`;
  for (let offset = 0; ; offset += 1_000) {
    const { results } = await app.meilisearch.client.index(uid).getDocuments<{ id: string }>({ limit: 1_000, offset });
    for (const document of results) found.set(document.id, document);
    if (results.length < 1_000) return found;
  }
}

/**
 * Builds every lab's and need's document from PostgreSQL exactly as the outbox does and compares
 * it with what Meilisearch holds: ids and every indexed field, the organisation's name included.
 */
async function compareIndexWithDatabase(app: App): Promise<IndexComparison> {
  const taxonomy = (await app.taxonomy.current()).data;
  const result: IndexComparison = { compared: 0, lost: [], stale: [], extra: [] };
  const expected = {
    labs: (await app.db.select().from(labs).innerJoin(organisations, eq(organisations.id, labs.organisationId))).map((row) =>
      labDocument(row.labs, row.organisations, taxonomy),
    ),
    needs: (await app.db.select().from(needs).innerJoin(organisations, eq(organisations.id, needs.organisationId))).map((row) =>
      needDocument(row.needs, row.organisations, taxonomy),
    ),
  };
  for (const index of ['labs', 'needs'] as const) {
    const indexed = await allDocuments(app, index);
    for (const document of expected[index]) {
      result.compared++;
      const found = indexed.get(document.id);
      indexed.delete(document.id);
      if (found === undefined) result.lost.push(`${index}/${document.id}`);
      // Through JSON, as Meilisearch stores it: undefined fields vanish, dates are strings.
      else if (stringify(JSON.parse(JSON.stringify(document))) !== stringify(found)) result.stale.push(`${index}/${document.id}`);
    }
    result.extra.push(...[...indexed.keys()].map((id) => `${index}/${id}`));
  }
  return result;
}

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
      last = await compareIndexWithDatabase(app);
      if (last.lost.length + last.stale.length + last.extra.length === 0) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  last ??= await compareIndexWithDatabase(app);
  return { ...last, seconds: Math.round((Date.now() - started) / 100) / 10 };
}
