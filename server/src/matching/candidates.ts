import type { Hit, Meilisearch, MultiSearchParams } from 'meilisearch';

/**
 * Candidates for matching, from Meilisearch queries sent together: the salient words of the whole
 * text (words some document contains, the most telling first; see text-relevance.ts), the shared
 * capability codes, and the shared sectors. Each alone misses good candidates: free
 * text carries no tags, tags carry no wording, and a confidential need shows only its title and
 * sectors. Meilisearch finds and filters; the ranking is ours.
 */
export interface CandidateRequest {
  indexUid: string;
  /** Words for one full-text query; blank sends none. */
  text: string;
  capabilities: string[];
  sectors: string[];
  filter: string[];
  attributes: string[];
  limit?: number;
}

/** The Meilisearch queries behind a candidate search; the text query comes first. */
export function candidateQueries({ indexUid, text, capabilities, sectors, filter, attributes, limit = 60 }: CandidateRequest) {
  const common = { indexUid, limit, attributesToRetrieve: attributes };
  const q = text.trim();
  const tags: [attribute: string, codes: string[]][] = [
    ['capabilities', capabilities],
    ['sectors', sectors],
  ];
  const queries: MultiSearchParams['queries'] = [
    // `frequency` drops the commonest words first when not all match, so the rare, telling ones
    // decide; every word sent is one some document contains, so no query comes back empty for
    // want of a word nobody uses.
    ...(q ? [{ ...common, q, filter, matchingStrategy: 'frequency' } satisfies MultiSearchParams['queries'][number]] : []),
    ...tags
      .filter(([, codes]) => codes.length > 0)
      .map(([attribute, codes]) => ({ ...common, q: '', filter: [...filter, `${attribute} IN [${codes.map((code) => JSON.stringify(code)).join(', ')}]`] })),
  ];
  return queries;
}

/** The candidates found by every query, by id; `D` is what a hit holds (`attributes`). */
export async function findCandidates<D extends { id: string }>({
  client,
  ...request
}: CandidateRequest & { client: Meilisearch }): Promise<Map<string, Hit<D>>> {
  const queries = candidateQueries(request);
  const { results } = await client.multiSearch<MultiSearchParams, D>({ queries });
  const candidates = new Map<string, Hit<D>>();
  for (const result of results) for (const hit of result.hits) if (!candidates.has(hit.id)) candidates.set(hit.id, hit);
  return candidates;
}
