import type { Meilisearch } from 'meilisearch';
import { rarity } from './score.ts';

const MAX_AGE_MS = 300_000;
const cache = new Map<string, { at: number; rarityOf: Promise<(code: string) => number> }>();

/**
 * How rare each capability is among the documents of an index, from Meilisearch's facet counts
 * (one cheap query), cached for five minutes per index.
 */
export function capabilityRarity(client: Meilisearch, indexUid: string, filter: string): Promise<(code: string) => number> {
  const key = `${indexUid}|${filter}`;
  const cached = cache.get(key);
  if (cached && Date.now() - cached.at < MAX_AGE_MS) return cached.rarityOf;
  const rarityOf = client
    .index(indexUid)
    .search('', { filter, facets: ['capabilities'], limit: 0 })
    .then((result) => {
      const documents = result.estimatedTotalHits ?? 0;
      const counts = result.facetDistribution?.capabilities ?? {};
      return (code: string) => rarity(counts[code] ?? 0, documents);
    });
  rarityOf.catch(() => cache.delete(key));
  cache.set(key, { at: Date.now(), rarityOf });
  return rarityOf;
}
