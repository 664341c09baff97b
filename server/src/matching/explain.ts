import type { MatchExplanation } from '@kopir/shared';
import { combine, decisiveFactors, factorValues, markedWords, type LabSide, type NeedSide, type Weights } from './score.ts';

/** Scores one need–lab pair and says why, in the shape the API returns. */
export function scoreAndExplain(
  need: NeedSide,
  lab: LabSide,
  textScore: number,
  highlights: string[],
  rarityOf: (code: string) => number,
  weights?: Weights,
): { score: number; explanation: MatchExplanation } {
  const scored = combine(factorValues(need, lab, textScore, rarityOf), weights);
  const { liftedBy, loweredBy } = decisiveFactors(scored);
  return {
    score: Math.round(scored.score * 1000) / 1000,
    explanation: {
      sharedCapabilities: need.capabilities.filter((code) => lab.capabilities.includes(code)),
      sharedSectors: need.sectors.filter((code) => lab.sectors.includes(code)),
      matchedWords: markedWords(highlights),
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
