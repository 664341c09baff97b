import t from 'tap';
import { foldCyrillic } from '@kopir/shared';

t.test('each Kazakh letter and ё folds to the letter a Russian keyboard types', async (t) => {
  const pairs = [
    ['ә', 'а'],
    ['ғ', 'г'],
    ['қ', 'к'],
    ['ң', 'н'],
    ['ө', 'о'],
    ['ұ', 'у'],
    ['ү', 'у'],
    ['һ', 'х'],
    ['і', 'и'],
    ['ё', 'е'],
  ];
  for (const [letter, folded] of pairs) {
    t.equal(foldCyrillic(letter!), folded, `${letter} → ${folded}`);
    t.equal(foldCyrillic(letter!.toUpperCase()), folded!.toUpperCase(), `${letter!.toUpperCase()} → ${folded!.toUpperCase()}`);
  }
});

t.test('folding keeps everything else, and the length', async (t) => {
  t.equal(foldCyrillic('Қазақ тілі'), 'Казак тили', 'words keep their case and other letters');
  t.equal(foldCyrillic('Өскемен, 2024 — Water lab'), 'Оскемен, 2024 — Water lab', 'digits, punctuation and Latin stay');
  t.equal(foldCyrillic('кымыз'), 'кымыз', 'text without the letters is unchanged');
  const text = 'Әл-Фараби атындағы Қазақ ұлттық университеті, ёмкость';
  t.equal(foldCyrillic(text).length, text.length, 'one letter for one letter');
});
