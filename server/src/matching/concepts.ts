import { compileCapabilityMatcher, type Capability } from '@kopir/shared';

type Matcher = ReturnType<typeof compileCapabilityMatcher>;
const matchers = new WeakMap<readonly Capability[], Matcher>();

/**
 * The capabilities a text speaks of, in any of the three languages (labels and synonyms of the
 * taxonomy), with the words that evoked each: the concept layer that lets a Russian need meet an
 * English lab. Compiled once per taxonomy version.
 */
export function conceptsIn(capabilities: readonly Capability[], text: string): Map<string, string[]> {
  let matcher = matchers.get(capabilities);
  if (!matcher) {
    matcher = compileCapabilityMatcher(capabilities);
    matchers.set(capabilities, matcher);
  }
  return new Map(matcher(text, 12).map((suggestion) => [suggestion.code, suggestion.matched]));
}

/**
 * Everything the taxonomy says of these capabilities, labels and synonyms in all three languages:
 * the bilingual term layer of BM25. A Russian need that speaks of опреснение thereby also says
 * "desalination" and "reverse osmosis", the words an English lab uses. On the relevance
 * benchmark's tuning split, synonyms on top of the labels lifted Russian needs against English labs
 * from 0.076 to 0.098 nDCG@10 and Kazakh ones from 0.085 to 0.112 (English: 0.126 to 0.114, within
 * the sample's noise); docs/matching.md.
 */
export function conceptWords(codes: readonly string[], capabilities: readonly Capability[]): string[] {
  const byCode = new Map(capabilities.map((capability) => [capability.code, capability]));
  return codes.flatMap((code) => {
    const capability = byCode.get(code);
    return capability ? [...Object.values(capability.labels), ...Object.values(capability.synonyms).flat()] : [];
  });
}
