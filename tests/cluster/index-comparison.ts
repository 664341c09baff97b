import { eq } from 'drizzle-orm';
import stringify from 'safe-stable-stringify';
import { type createDatabase, labs, needs, organisations } from '@kopir/db';
import { labDocument, needDocument, TaxonomyCache, type createSearchClient } from '@kopir/server';

type Database = ReturnType<typeof createDatabase>;
type SearchClient = ReturnType<typeof createSearchClient>;

export interface IndexComparison {
  /** Entities in PostgreSQL whose documents were compared. */
  compared: number;
  /** In PostgreSQL, not in the index. */
  lost: string[];
  /** In both, with a field (the version included) that differs. */
  stale: string[];
  /** In the index, not in PostgreSQL. */
  extra: string[];
}

async function indexedDocuments(client: SearchClient, uid: string): Promise<Map<string, unknown>> {
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
 * the organisation's name and every indexed text. `ids` narrows it to some entities.
 */
export async function compareIndexWithDatabase(
  database: Database,
  client: SearchClient,
  prefix: string,
  ids?: { labs?: string[]; needs?: string[] },
): Promise<IndexComparison> {
  const taxonomy = (await new TaxonomyCache(database.db).current()).data;
  const result: IndexComparison = { compared: 0, lost: [], stale: [], extra: [] };
  const expected = {
    labs: (await database.db.select().from(labs).innerJoin(organisations, eq(organisations.id, labs.organisationId))).map((row) =>
      labDocument(row.labs, row.organisations, taxonomy),
    ),
    needs: (await database.db.select().from(needs).innerJoin(organisations, eq(organisations.id, needs.organisationId))).map((row) =>
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
