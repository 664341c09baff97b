import t from 'tap';
import { analyze } from '@kopir/server';

/** The stems of one text, as matching's BM25 reads it. */
const stems = (text: string, language?: 'kk' | 'ru' | 'en') => [...analyze([{ text, language }]).terms.keys()];
const sameStems = (a: string, b: string, language?: 'kk' | 'ru' | 'en') => stems(a, language).join(' ') === stems(b, language).join(' ');

t.test('inflected forms of a word meet in one stem, in each language', async (t) => {
  t.ok(sameStems('desalination plants', 'desalinated plant'), 'English (Porter 2)');
  t.ok(sameStems('опреснения', 'опреснение'), 'Russian (Snowball)');
  t.ok(sameStems('ёмкости', 'емкость'), 'Russian ё and е');
  t.ok(sameStems('технологиялардың', 'технология', 'kk'), 'Kazakh: plural and genitive');
  t.ok(sameStems('зертханасы', 'зертхана', 'kk'), 'Kazakh: possessive');
  t.ok(sameStems('қымыздың', 'кымыз'), 'Kazakh typed without its letters meets the Kazakh stem');
  t.notOk(sameStems('осмос', 'космос'), 'different words stay apart');
});

t.test('stopwords, numbers and one-letter words do not count; the first wording of a stem is kept', async (t) => {
  const text = analyze([{ text: 'We need a 1 MW pilot for the Pilots of reverse osmosis и для' }]);
  t.same([...text.terms.keys()].sort(), ['mw', 'osmosi', 'pilot', 'revers'].sort(), 'content words only');
  t.equal(text.terms.get('pilot'), 2, 'a repeated stem counts twice');
  t.equal(text.words.get('pilot'), 'pilot', 'explained in the text’s own wording');
  t.equal(text.length, 5, 'the length BM25 normalises by');
});
