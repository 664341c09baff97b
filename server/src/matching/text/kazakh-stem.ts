/**
 * A light Kazakh stemmer: strips inflectional endings (case, possession, plural, a few common
 * derivations) from the end of a word, longest first, at most three times, keeping a stem of at
 * least three letters. No well-kept Kazakh stemmer exists for JavaScript (Snowball has none);
 * this one only needs to make "технологиялардың", "технологиясы" and "технология" agree.
 */
const endings = [
  // case endings after a possessive or plural, and the locative-adjectival -дағы
  'дағы',
  'дегі',
  'тағы',
  'тегі',
  'ндағы',
  'ндегі',
  // genitive, accusative, dative, locative, ablative, instrumental
  'ның',
  'нің',
  'дың',
  'дің',
  'тың',
  'тің',
  'ны',
  'ні',
  'ды',
  'ді',
  'ты',
  'ті',
  'ға',
  'ге',
  'қа',
  'ке',
  'на',
  'не',
  'нда',
  'нде',
  'да',
  'де',
  'та',
  'те',
  'нан',
  'нен',
  'дан',
  'ден',
  'тан',
  'тен',
  'мен',
  'бен',
  'пен',
  // possessive
  'ымыз',
  'іміз',
  'мыз',
  'міз',
  'ыңыз',
  'іңіз',
  'ңыз',
  'ңіз',
  'сы',
  'сі',
  'ым',
  'ім',
  'ың',
  'ің',
  // plural
  'лар',
  'лер',
  'дар',
  'дер',
  'тар',
  'тер',
  // derivations that make nouns and adjectives of the same root
  'лық',
  'лік',
  'дық',
  'дік',
  'тық',
  'тік',
  'шы',
  'ші',
  'сыз',
  'сіз',
  'лы',
  'лі',
].sort((a, b) => b.length - a.length);

const MIN_STEM = 3;

export function kazakhStem(word: string): string {
  let stem = word;
  for (let round = 0; round < 3; round++) {
    const ending = endings.find((suffix) => stem.endsWith(suffix) && stem.length - suffix.length >= MIN_STEM);
    if (!ending) break;
    stem = stem.slice(0, -ending.length);
  }
  // A lone vowel left by a possessive (-ы, -і) or a dative (-а, -е) on a long word.
  if (stem.length > MIN_STEM + 2 && /[ыіае]$/u.test(stem)) stem = stem.slice(0, -1);
  return stem;
}
