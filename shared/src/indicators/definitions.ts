import { z } from 'zod';
import type { ClosingReasonCode } from '../domain.ts';
import type { Trilingual } from '../locales.ts';
import { closingReasonIndicators } from './closing-reason-indicators.ts';
import { collaborationIndicators } from './collaboration-indicators.ts';
import { platformIndicators } from './platform-indicators.ts';

/** A share is a fraction from 0 to 1. */
export type IndicatorUnit = 'count' | 'kzt' | 'share' | 'days';

export interface IndicatorDefinition {
  code: string;
  labels: Trilingual;
  unit: IndicatorUnit;
  /** How it is computed, in words; docs/indicators.md is generated from these. */
  formula: string;
  sources: string[];
  /**
   * `collaborations`: in the summary, every breakdown and the time series. `platform`: the
   * catalogue and the path from need to contract, in the summary and the annual reports.
   */
  scope: 'collaborations' | 'platform';
  /** Additive indicators sum over a breakdown to the total, and over regions to the nation; medians and shares do not. */
  additive: boolean;
  /**
   * The count a value rests on: an indicator code, or a contribution code of
   * contribution-facts.ts (a sum by funding source rests on the contracts of that source). Public
   * outputs withhold the value when that count is under 3 (under 5 for a median). Null for
   * catalogue counts, which are public anyway.
   */
  basis: string | null;
  /**
   * For a sum: the contribution code holding the largest single contribution to it. Public
   * outputs withhold the sum when that one contribution is more than 80 % of it (dominance).
   */
  largest?: string;
  /** For a part of another additive indicator (the volume by funding source): the code it is a part of, so the parts sum to it. */
  partOf?: string;
  /** "Why matches fail": the declines (`declined`) or cancellations (`cancelled`) with this reason; they are parts of `cancelled`. */
  closingReason?: { step: 'declined' | 'cancelled'; reasonCode: ClosingReasonCode };
  /** How a share is recomputed from counts, in the summary and in the national consolidation. */
  derive?: (values: IndicatorValues) => number | null;
}

/** Every indicator, defined once: what collaborations did, then the catalogue and the path to a contract. */
export const indicators: IndicatorDefinition[] = [...collaborationIndicators, ...closingReasonIndicators, ...platformIndicators];

export const indicatorCodes = indicators.map((indicator) => indicator.code);
export const collaborationIndicatorCodes = [...collaborationIndicators, ...closingReasonIndicators].map((indicator) => indicator.code);

/** The indicators of "why matches fail", each with its step and reason. */
export const whyMatchesFailIndicators = closingReasonIndicators;
export const breakdownDimensions = ['region', 'sector', 'field', 'organisation', 'territory'] as const;
export type BreakdownDimension = (typeof breakdownDimensions)[number];

export const indicatorValuesSchema = z.record(z.string(), z.number().nullable());
export type IndicatorValues = z.infer<typeof indicatorValuesSchema>;
