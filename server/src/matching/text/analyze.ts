import { stemmer as englishStem } from '@orama/stemmers/english';
import { stemmer as russianStem } from '@orama/stemmers/russian';
import { foldCyrillic, type Locale } from '@kopir/shared';
import { kazakhStem } from './kazakh-stem.ts';
import { stopwords } from './stopwords.ts';

/** A text and, when known, the language it is written in (the field it comes from). */
export interface TextPart {
  text: string | null | undefined;
  language?: Locale;
}

/** A text as BM25 reads it: each stem and how often it occurs, and the first word that gave it. */
export interface AnalyzedText {
  terms: Map<string, number>;
  /** Stem → the word as the text wrote it (lower-cased), to explain a match in the writer's words. */
  words: Map<string, string>;
  length: number;
}

const KAZAKH_LETTERS = /[әғқңөұүһі]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * One word's stem: English (Porter 2) for Latin script; Kazakh for Cyrillic in a Kazakh field or
 * with a Kazakh letter; Russian (Snowball) otherwise. Kazakh stems are folded (қ→к, ә→а …) so a
 * word typed without the Kazakh letters, which then reads as Russian, meets the same stem; ё is е.
 */
function stemOf(word: string, language?: Locale): string {
  if (!CYRILLIC.test(word)) return englishStem(word);
  const kazakh = language === 'kk' || KAZAKH_LETTERS.test(word);
  return kazakh ? foldCyrillic(kazakhStem(word)) : foldCyrillic(russianStem(word.replaceAll('ё', 'е')));
}

/** The content words of `text`: lower-cased letters and digits, no stopwords, no bare numbers, no one-letter words. */
const contentWords = (text: string): string[] =>
  (text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []).filter((word) => word.length > 1 && !stopwords.has(word) && !/^\d+$/.test(word));

/** Analyses texts in any of the three languages into one bag of stems. */
export function analyze(parts: TextPart[]): AnalyzedText {
  const terms = new Map<string, number>();
  const words = new Map<string, string>();
  let length = 0;
  for (const { text, language } of parts) {
    for (const word of contentWords(text ?? '')) {
      const stem = stemOf(word, language);
      if (stem.length < 2) continue;
      terms.set(stem, (terms.get(stem) ?? 0) + 1);
      if (!words.has(stem)) words.set(stem, word);
      length += 1;
    }
  }
  return { terms, words, length };
}
