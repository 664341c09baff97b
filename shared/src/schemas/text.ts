import { z } from 'zod';
import { inputRules, type InputRule } from './field-rules.ts';

/** Sane lengths for free text, so nobody stores a 900 KB lab name. */
export const textLimits = { code: 80, word: 60, short: 100, name: 200, note: 2000, description: 10_000, narrative: 20_000, query: 200 } as const;

// PostgreSQL refuses \u0000 in text and jsonb; a lone UTF-16 surrogate is not valid Unicode and
// makes jsonb (and many clients) choke. Both are refused at the door instead of answering 500.
const loneSurrogatePattern = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What is wrong with the characters of a string, if anything: the one rule every text shares. */
export function unsafeCharacterRule(value: string): InputRule | null {
  if (value.includes('\u0000')) return inputRules.nulCharacter;
  if (loneSurrogatePattern.test(value)) return inputRules.loneSurrogate;
  return null;
}

export const unsafeCharacterMessages: Record<string, string> = {
  [inputRules.nulCharacter]: 'Remove the NUL character (\\u0000): text cannot contain it',
  [inputRules.loneSurrogate]: 'Remove the broken character (a lone UTF-16 surrogate): text must be valid Unicode',
};

/** A string whose characters can be stored: no NUL, no lone surrogate. No trimming or length rule. */
export const safeString = () =>
  z.string().check((context) => {
    const rule = unsafeCharacterRule(context.value);
    if (rule) context.issues.push({ code: 'custom', input: context.value, message: unsafeCharacterMessages[rule]!, params: { rule }, abort: true });
  });

/**
 * The building block of every free-text input: safe characters, trimmed, at most `max`
 * characters and (by default) at least one.
 */
export const text = (max: number, { min = 1, trim = true, minMessage }: { min?: number; trim?: boolean; minMessage?: string } = {}) => {
  const base = trim ? safeString().trim() : safeString();
  const withMin = min > 0 ? base.min(min, minMessage ?? (min === 1 ? 'Fill this in' : `Write at least ${min} characters`)) : base;
  return withMin.max(max, `Keep it to ${max} characters or fewer`);
};
