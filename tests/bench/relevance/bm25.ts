/**
 * The textbook peer the engine is measured against: Okapi BM25 (k1 = 1.2, b = 0.75, the Lucene
 * idf that never goes negative) over lower-cased letter-and-digit tokens, no stemming, no stopwords,
 * no tuning. Written out here rather than taken from the product so that the peer stays textbook
 * whatever the engine does.
 */
const K1 = 1.2;
const B = 0.75;

const STOP = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(' '),
);
const tokens = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((t) => !STOP.has(t));

export function bm25Ranker(documents: { name: string; text: string }[]) {
  const termCounts = documents.map((document) => {
    const counts = new Map<string, number>();
    for (const token of tokens(document.text)) counts.set(token, (counts.get(token) ?? 0) + 1);
    return { name: document.name, counts, length: [...counts.values()].reduce((sum, count) => sum + count, 0) };
  });
  const averageLength = termCounts.reduce((sum, document) => sum + document.length, 0) / Math.max(1, termCounts.length);
  const documentFrequency = new Map<string, number>();
  for (const { counts } of termCounts) for (const term of counts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const idf = (term: string) => {
    const n = documentFrequency.get(term) ?? 0;
    return Math.log(1 + (termCounts.length - n + 0.5) / (n + 0.5));
  };

  /** Document names, best first, by BM25 of `query` (each query token counts as often as it occurs). */
  return (query: string, limit = 10): string[] =>
    termCounts
      .map(({ name, counts, length }) => {
        let score = 0;
        for (const term of tokens(query)) {
          const frequency = counts.get(term) ?? 0;
          if (frequency > 0) score += (idf(term) * frequency * (K1 + 1)) / (frequency + K1 * (1 - B + (B * length) / averageLength));
        }
        return { name, score };
      })
      .filter((document) => document.score > 0)
      .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
      .slice(0, limit)
      .map((document) => document.name);
}
