import type { DbOrTransaction, TextCorpus } from '@kopir/db';
import type { AnalyzedText } from './text/analyze.ts';
import { bm25Score, salientTerms, textFactor, type CorpusStatistics } from './text/bm25.ts';
import { corpusStatistics, documentTerms } from './text/lexicon.ts';

/**
 * Meilisearch reads at most ten words of a query, and one query of the ten most salient is all
 * candidate finding sends: BM25 then reads the whole text. Three queries (thirty words) and the
 * title found no better partners on the relevance benchmark's tuning split (nDCG@10 0.117 against
 * one query's 0.126) and cost a match three times the Meilisearch work (pnpm bench:matching).
 */
const WORDS_PER_QUERY = 10;

/**
 * BM25's length normalisation (b) per corpus. A need is one problem, so a long one that mentions
 * a word is diluted and the textbook 0.75 holds. A lab's text is the record of its work: a longer
 * one has done more, not said the same thing at greater length, and penalising it buries the
 * most active labs. On the relevance benchmark's tuning split, b = 0 for labs lifted nDCG@10 from
 * 0.068 to 0.139 (b 0.5: 0.112, 0.1: 0.121); docs/matching.md has the held-out figures.
 */
const LENGTH_NORMALISATION: Record<TextCorpus, number> = { labs: 0, needs: 0.75 };

export interface PreparedText {
  stats: CorpusStatistics;
  salient: { term: string; weight: number }[];
  /** The Meilisearch query: the ten most salient words, as the text wrote them. */
  searchText: string;
  words: Map<string, string>;
}

/**
 * Reads a whole need (or lab) against the corpus it is matched to: its stems that some document
 * contains, weighted by BM25's idf, and the candidate query made of them.
 */
export async function prepareText(db: DbOrTransaction, corpus: TextCorpus, text: AnalyzedText, cacheKey: string): Promise<PreparedText> {
  const stats = await corpusStatistics(db, corpus, [...text.terms.keys()], cacheKey);
  const salient = salientTerms(text.terms, stats);
  const surface = salient.map(({ term }) => text.words.get(term) ?? term);
  return { stats, salient, searchText: surface.slice(0, WORDS_PER_QUERY).join(' '), words: text.words };
}

/** Each candidate's text factor (0 … 1) by BM25 over its whole text, and the words that matched, in the query's own wording. */
export async function scoreTexts(db: DbOrTransaction, corpus: TextCorpus, prepared: PreparedText, ids: string[]) {
  const documents = await documentTerms(db, corpus, ids);
  const scores = new Map<string, { value: number; matchedWords: string[] }>();
  for (const id of ids) {
    const document = documents.get(id);
    if (!document) {
      scores.set(id, { value: 0, matchedWords: [] });
      continue;
    }
    const { relative, matched } = bm25Score(prepared.salient, document, prepared.stats, LENGTH_NORMALISATION[corpus]);
    scores.set(id, { value: textFactor(relative), matchedWords: matched.slice(0, 12).map((term) => prepared.words.get(term) ?? term) });
  }
  return scores;
}
