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
