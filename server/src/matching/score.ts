import type { MatchFactor } from '@kopir/shared';

/**
 * How a candidate is scored against what it should match. Pure functions: the same code ranks
 * the API's matches and the relevance benchmark, and docs/matching.md explains each factor.
 */

interface MatchSide {
  capabilities: string[];
  sectors: string[];
  researchFields: string[];
  regionCode: string;
  territoryCode: string | null;
}

export interface LabSide extends MatchSide {
  trlMin: number;
  trlMax: number;
  verified: boolean;
  /** Completed collaborations on record. */
  completedCollaborations: number;
}

export interface NeedSide extends MatchSide {
  /** Null when the reader may not see it (a confidential need before an invitation). */
  trlTarget: number | null;
}

type FactorName = MatchFactor;
export type Weights = Record<FactorName, number>;

/**
 * The weights, summing to 1. Text relevance and shared capabilities carry most of it because
 * they are what the relevance benchmark can check on real collaborations; TRL, region,
 * verification and track record adjust the order among labs that fit (see docs/matching.md).
 */
export const defaultWeights: Weights = {
  text: 0.4,
  capabilities: 0.3,
  sectors: 0.08,
  fields: 0.06,
  trl: 0.08,
  region: 0.03,
  verified: 0.03,
  trackRecord: 0.02,
};

/** Inverse document frequency: a capability few labs share says more than one most labs have. */
export const rarity = (documentFrequency: number, documents: number) => Math.log(1 + documents / (1 + documentFrequency));

const overlap = (wanted: string[], offered: string[]) => wanted.filter((code) => offered.includes(code));

export interface FactorValue {
  factor: FactorName;
  /** 0 … 1, or null when the factor does not apply (nothing to compare). */
  value: number | null;
}

/** Each factor's value for one need–lab pair; `text` is the BM25 text factor (0 … 1, matching/text/bm25.ts). */
export function factorValues(need: NeedSide, lab: LabSide, text: number, capabilityRarity: (code: string) => number): FactorValue[] {
  const sharedCapabilities = overlap(need.capabilities, lab.capabilities);
  const capabilityWeight = need.capabilities.reduce((sum, code) => sum + capabilityRarity(code), 0);
  const trlDistance =
    need.trlTarget === null ? null : need.trlTarget < lab.trlMin ? lab.trlMin - need.trlTarget : need.trlTarget > lab.trlMax ? need.trlTarget - lab.trlMax : 0;
  return [
    { factor: 'text', value: text },
    {
      factor: 'capabilities',
      value: capabilityWeight > 0 ? sharedCapabilities.reduce((sum, code) => sum + capabilityRarity(code), 0) / capabilityWeight : null,
    },
    { factor: 'sectors', value: need.sectors.length > 0 ? overlap(need.sectors, lab.sectors).length / need.sectors.length : null },
    { factor: 'fields', value: need.researchFields.length > 0 ? overlap(need.researchFields, lab.researchFields).length / need.researchFields.length : null },
    { factor: 'trl', value: trlDistance === null ? null : Math.max(0, 1 - trlDistance / 3) },
    { factor: 'region', value: need.territoryCode && need.territoryCode === lab.territoryCode ? 1 : need.regionCode === lab.regionCode ? 0.6 : 0 },
    { factor: 'verified', value: lab.verified ? 1 : 0 },
    { factor: 'trackRecord', value: Math.min(1, Math.log1p(lab.completedCollaborations) / Math.log1p(5)) },
  ];
}

export interface Scored {
  score: number;
  contributions: { factor: FactorName; value: number; weight: number; contribution: number }[];
}

/**
 * The weighted sum over the factors that apply, renormalised by the weight that applied, so a
 * need without sectors or a hidden TRL is not penalised for what it does not say.
 */
export function combine(values: FactorValue[], weights: Weights = defaultWeights): Scored {
  const applicable = values.filter((value): value is { factor: FactorName; value: number } => value.value !== null);
  const totalWeight = applicable.reduce((sum, value) => sum + weights[value.factor], 0) || 1;
  const contributions = applicable.map((value) => ({
    factor: value.factor,
    value: value.value,
    weight: weights[value.factor] / totalWeight,
    contribution: (weights[value.factor] / totalWeight) * value.value,
  }));
  return { score: contributions.reduce((sum, part) => sum + part.contribution, 0), contributions };
}

/** The factor that lifted the score most, and the one that held it back most. */
export function decisiveFactors(scored: Scored): { liftedBy: FactorName | null; loweredBy: FactorName | null } {
  const lifted = [...scored.contributions].sort((a, b) => b.contribution - a.contribution)[0];
  const lowered = [...scored.contributions].sort((a, b) => b.weight * (1 - b.value) - a.weight * (1 - a.value))[0];
  return {
    liftedBy: lifted && lifted.contribution > 0 ? lifted.factor : null,
    loweredBy: lowered && lowered.weight * (1 - lowered.value) > 0.02 ? lowered.factor : null,
  };
}
