// Each letter maps to exactly one letter, so a folded text has the same length as the original.
const folds: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
  Ә: 'А',
  Ғ: 'Г',
  Қ: 'К',
  Ң: 'Н',
  Ө: 'О',
  Ұ: 'У',
  Ү: 'У',
  Һ: 'Х',
  І: 'И',
  Ё: 'Е',
};
const foldable = new RegExp(`[${Object.keys(folds).join('')}]`, 'g');

/**
 * Kazakh and Russian text as it is typed on a Russian keyboard: the nine Kazakh letters become
 * their nearest Russian ones (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ→у, ү→у, һ→х, і→и) and ё becomes е,
 * keeping case and length; everything else is left as it is.
 */
export const foldCyrillic = (text: string): string => text.replace(foldable, (letter) => folds[letter] ?? letter);
