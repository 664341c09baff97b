import type { Hit, Meilisearch, MultiSearchParams } from 'meilisearch';

export interface Candidate<D> {
  hit: Hit<D>;
  /** Meilisearch's ranking score for the text query (0 … 1), 0 when found only by its tags. */
  textScore: number;
  highlights: string[];
}

/**
 * Candidates for matching, from Meilisearch queries sent together: the title as written, the
 * content words of title and description (the rarest kept when not all match), the shared
 * capability codes, and the shared sectors.
 * Each alone misses good candidates: free text carries no tags, tags carry no wording, and a
 * confidential need shows only its title and sectors.
 */
export interface CandidateRequest {
  indexUid: string;
  texts: string[];
  capabilities: string[];
  sectors: string[];
  filter: string[];
  attributes: string[];
  highlighted: string[];
  limit?: number;
}

/** The Meilisearch queries behind a candidate search; the text queries come first. */
export function candidateQueries({ indexUid, texts, capabilities, sectors, filter, attributes, highlighted, limit = 60 }: CandidateRequest) {
  // Highlighting gives the matched words for the explanation; cropping would add nothing a match
  // shows and cost Meilisearch more than the search itself (measured: pnpm bench:matching).
  const common = {
    indexUid,
    limit,
    attributesToRetrieve: attributes,
    attributesToHighlight: highlighted,
    highlightPreTag: '<mark>',
    highlightPostTag: '</mark>',
  };
  const textQueries = [...new Set(texts.map((text) => text.trim()).filter(Boolean))];
  const tags: [attribute: string, codes: string[]][] = [
    ['capabilities', capabilities],
    ['sectors', sectors],
  ];
  const queries: MultiSearchParams['queries'] = [
    ...textQueries.map((q) => ({ ...common, q, filter, showRankingScore: true, matchingStrategy: 'frequency' }) satisfies MultiSearchParams['queries'][number]),
    ...tags
      .filter(([, codes]) => codes.length > 0)
      .map(([attribute, codes]) => ({ ...common, q: '', filter: [...filter, `${attribute} IN [${codes.map((code) => JSON.stringify(code)).join(', ')}]`] })),
  ];
  return { textQueries, queries };
}

/** The candidates found by every query, by id, each with its best text score; `D` is what a hit holds (`attributes` and `highlighted`). */
export async function findCandidates<D extends { id: string }>({
  client,
  ...request
}: CandidateRequest & { client: Meilisearch; highlighted: (keyof D & string)[] }): Promise<Map<string, Candidate<D>>> {
  const { textQueries, queries } = candidateQueries(request);
  const highlighted: (keyof D & string)[] = request.highlighted;
  const { results } = await client.multiSearch<MultiSearchParams, D>({ queries });
  const candidates = new Map<string, Candidate<D>>();
  results.forEach((result, position) => {
    for (const hit of result.hits) {
      const { id } = hit;
      const highlights = highlighted.flatMap((attribute) => {
        const value: unknown = hit._formatted?.[attribute];
        return typeof value === 'string' ? [value] : [];
      });
      const existing = candidates.get(id);
      const isText = position < textQueries.length;
      const textScore = isText ? (hit._rankingScore ?? 0) : 0;
      if (!existing) candidates.set(id, { hit, textScore, highlights: isText ? highlights : [] });
      else if (textScore > existing.textScore) candidates.set(id, { hit, textScore, highlights });
    }
  });
  return candidates;
}
