import type { Hit, Meilisearch } from 'meilisearch';

export interface Candidate {
  hit: Hit;
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
  const queries = [
    ...textQueries.map((q) => ({ ...common, q, filter, showRankingScore: true, matchingStrategy: 'frequency' as const })),
    ...[
      ['capabilities', capabilities],
      ['sectors', sectors],
    ]
      .filter(([, codes]) => codes!.length > 0)
      .map(([attribute, codes]) => ({
        ...common,
        q: '',
        filter: [...filter, `${attribute} IN [${(codes as string[]).map((code) => JSON.stringify(code)).join(', ')}]`],
      })),
  ];
  return { textQueries, queries };
}

export async function findCandidates({ client, ...request }: CandidateRequest & { client: Meilisearch }): Promise<Map<string, Candidate>> {
  const { textQueries, queries } = candidateQueries(request);
  const { highlighted } = request;
  const { results } = await client.multiSearch({ queries });
  const candidates = new Map<string, Candidate>();
  results.forEach((result, position) => {
    for (const hit of result.hits) {
      const id = hit.id as string;
      const formatted = (hit._formatted ?? {}) as Record<string, unknown>;
      const highlights = highlighted.map((attribute) => formatted[attribute]).filter((value): value is string => typeof value === 'string');
      const existing = candidates.get(id);
      const isText = position < textQueries.length;
      const textScore = isText ? ((hit._rankingScore as number | undefined) ?? 0) : 0;
      if (!existing) candidates.set(id, { hit, textScore, highlights: isText ? highlights : [] });
      else if (textScore > existing.textScore) candidates.set(id, { hit, textScore, highlights });
    }
  });
  return candidates;
}
