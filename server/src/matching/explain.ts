import type { MatchExplanation } from '@kopir/shared';
import { combine, decisiveFactors, factorValues, type LabSide, type NeedSide, type Weights } from './score.ts';

/** What the two texts share: the text factor (BM25, 0 … 1), the words that matched, and the concepts (capability → the words that evoked it). */
export interface TextMatch {
  value: number;
  matchedWords: string[];
  concepts: Map<string, string[]>;
}

/**
 * Scores one need–lab pair and says why, in the shape the API returns. The matched words are those
 * BM25 counted, as the query's text wrote them; each shared capability says which words of the text
 * evoked it (empty when it was a declared tag), so a Russian word that met an English lab's
 * capability shows as such.
 */
export function scoreAndExplain(
  need: NeedSide,
  lab: LabSide,
  text: TextMatch,
  rarityOf: (code: string) => number,
  weights?: Weights,
): { score: number; explanation: MatchExplanation } {
  const scored = combine(factorValues(need, lab, text.value, rarityOf), weights);
  const sharedCapabilities = need.capabilities.filter((code) => lab.capabilities.includes(code));
  const { liftedBy, loweredBy } = decisiveFactors(scored);
  return {
    score: Math.round(scored.score * 1000) / 1000,
    explanation: {
      sharedCapabilities,
      matchedConcepts: sharedCapabilities.map((code) => ({ code, words: text.concepts.get(code) ?? [] })),
      sharedSectors: need.sectors.filter((code) => lab.sectors.includes(code)),
      matchedWords: text.matchedWords,
      trl: {
        target: need.trlTarget,
        min: lab.trlMin,
        max: lab.trlMax,
        fits: need.trlTarget === null ? null : need.trlTarget >= lab.trlMin && need.trlTarget <= lab.trlMax,
      },
      sameRegion: need.regionCode === lab.regionCode,
      liftedBy,
      loweredBy,
      factors: scored.contributions.map(({ factor, value, contribution }) => ({
        factor,
        value: Math.round(value * 1000) / 1000,
        contribution: Math.round(contribution * 1000) / 1000,
      })),
    },
  };
}
