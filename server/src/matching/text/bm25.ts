/**
 * Okapi BM25 between a whole need (or lab) and a candidate's whole text: k1 = 1.2, Lucene's
 * never-negative idf, and query-term saturation (k3 = 8) because the "query" is a full text in
 * which a word said five times matters more than one said once, but not five times more. The
 * length normalisation b is the caller's, per corpus (see text-relevance.ts).
 */
const K1 = 1.2;
const K3 = 8;

export interface CorpusStatistics {
  documents: number;
  averageLength: number;
  /** Stem → how many documents contain it. */
  documentFrequency: Map<string, number>;
}

export interface DocumentTerms {
  terms: Record<string, number>;
  length: number;
}

const idf = (stats: CorpusStatistics, term: string) => {
  const n = stats.documentFrequency.get(term) ?? 0;
  return Math.log(1 + (stats.documents - n + 0.5) / (n + 0.5));
};

const queryWeight = (occurrences: number) => ((K3 + 1) * occurrences) / (K3 + occurrences);

/**
 * The query's stems worth scoring: those some document contains (a word no document has can
 * neither find nor rank anything), the most telling first (query weight × idf), at most `max`.
 */
export function salientTerms(query: Map<string, number>, stats: CorpusStatistics, max = 160): { term: string; weight: number }[] {
  return [...query]
    .filter(([term]) => (stats.documentFrequency.get(term) ?? 0) > 0)
    .map(([term, occurrences]) => ({ term, weight: queryWeight(occurrences) * idf(stats, term) }))
    .sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term))
    .slice(0, max);
}

/**
 * A candidate's BM25 against the salient terms, as a share of what a document of average length
 * containing each of them once would score (so 1 means "says all of it"), and the matched stems,
 * the most telling first.
 */
export function bm25Score(salient: { term: string; weight: number }[], document: DocumentTerms, stats: CorpusStatistics, b: number) {
  const ideal = salient.reduce((sum, { weight }) => sum + weight, 0);
  const norm = K1 * (1 - b + (b * document.length) / Math.max(1, stats.averageLength));
  const matched: { term: string; contribution: number }[] = [];
  for (const { term, weight } of salient) {
    const frequency = document.terms[term] ?? 0;
    if (frequency > 0) matched.push({ term, contribution: (weight * frequency * (K1 + 1)) / (frequency + norm) });
  }
  const score = matched.reduce((sum, { contribution }) => sum + contribution, 0);
  return {
    relative: ideal > 0 ? score / ideal : 0,
    matched: matched.sort((a, b) => b.contribution - a.contribution).map(({ term }) => term),
  };
}

/**
 * The text factor (0 … 1) from the relative BM25: saturating, so that a lab saying a quarter of
 * what a long need says already counts for a good half, and saying more adds less and less.
 */
export const textFactor = (relative: number) => 1 - Math.exp(-3 * relative);
