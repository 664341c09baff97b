import type { Capability } from './types.ts';

export interface CapabilitySuggestion {
  code: string;
  /** The taxonomy terms (labels or synonyms, any language) found in the text. */
  matched: string[];
  /** Higher is stronger: labels count more than synonyms, and every distinct term adds. */
  score: number;
}

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * A crude stem that survives Kazakh and Russian inflection and English plurals: the first 70 %
 * of a long word (at least 4 letters). "электролиза", "электролизом" and "электролиз" share
 * "электрол"; "irrigation" and "irrigated" share "irrigat". Short words must match whole.
 */
const stem = (word: string) => (word.length <= 4 ? word : word.slice(0, Math.max(4, Math.ceil(word.length * 0.7))));

interface CompiledTerm {
  term: string;
  code: string;
  isLabel: boolean;
  words: string[];
  exact: boolean;
}

const WINDOW = 6;

/**
 * Prepares the taxonomy for repeated suggestion: every label and synonym in every language as
 * stemmed words. Abbreviations (FEA, МКЭ, PCR) must match a whole word exactly.
 */
export function compileCapabilityMatcher(capabilities: readonly Capability[]) {
  const terms: CompiledTerm[] = [];
  for (const capability of capabilities) {
    const entries = [
      ...Object.values(capability.labels).map((term) => ({ term, isLabel: true })),
      ...[...capability.synonyms.kk, ...capability.synonyms.ru, ...capability.synonyms.en].map((term) => ({ term, isLabel: false })),
    ];
    for (const { term, isLabel } of entries) {
      const words = normalise(term).split(' ').filter(Boolean);
      if (words.length === 0) continue;
      const exact = words.length === 1 && (term.length <= 5 || term === term.toUpperCase());
      terms.push({ term, code: capability.code, isLabel, words: exact ? words : words.map(stem), exact });
    }
  }

  /** Capability tags whose labels or synonyms, in any of the three languages, occur in `text`. */
  return function suggest(text: string, limit = 10): CapabilitySuggestion[] {
    const tokens = normalise(text).split(' ').filter(Boolean);
    const positions = new Map<string, number[]>();
    // Tokens by their first four letters, so a stem looks only at the tokens that could share it.
    const byPrefix = new Map<string, string[]>();
    tokens.forEach((token, index) => {
      const list = positions.get(token);
      if (list) {
        list.push(index);
        return;
      }
      positions.set(token, [index]);
      const prefix = token.slice(0, 4);
      byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), token]);
    });
    const occurrences = (word: string, exact: boolean) =>
      exact || word.length <= 4
        ? (positions.get(word) ?? [])
        : (byPrefix.get(word.slice(0, 4)) ?? [])
            .filter((token) => token.startsWith(word) && token.length <= word.length + 6)
            .flatMap((token) => positions.get(token)!);
    const found = new Map<string, CapabilitySuggestion>();
    for (const term of terms) {
      // Each word must occur (as a whole word, or sharing its stem), all within a short window.
      const hits = term.words.map((word) => occurrences(word, term.exact));
      if (hits.some((list) => list.length === 0)) continue;
      const first = hits[0]!;
      const together = first.some((start) => hits.every((list) => list.some((at) => Math.abs(at - start) <= WINDOW)));
      if (!together) continue;
      const suggestion = found.get(term.code) ?? { code: term.code, matched: [], score: 0 };
      if (!suggestion.matched.includes(term.term)) {
        suggestion.matched.push(term.term);
        suggestion.score += (term.isLabel ? 2 : 1) * Math.min(3, term.words.length);
      }
      found.set(term.code, suggestion);
    }
    return [...found.values()].sort((a, b) => b.score - a.score || a.code.localeCompare(b.code)).slice(0, limit);
  };
}
