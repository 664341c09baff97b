import { readFileSync } from 'node:fs';
import t from 'tap';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../../web/src/i18n/${file}.json`, import.meta.url), 'utf8')) as Record<string, string>;
// The interface's texts and, in their own files, the API's error codes and field rules.
const load = (locale: string) => ({ ...read(locale), ...read(`errors/${locale}`) });
const catalogues = { kk: load('kk'), ru: load('ru'), en: load('en') };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

t.test('Kazakh, Russian and English have the same messages', async (t) => {
  const englishKeys = Object.keys(catalogues.en).sort();
  t.ok(englishKeys.length > 10, 'there are messages');
  for (const locale of ['kk', 'ru'] as const) {
    t.same(Object.keys(catalogues[locale]).sort(), englishKeys, `${locale} has exactly the English keys`);
  }
});

t.test('no message is empty, and every translation keeps its placeholders', async (t) => {
  for (const [locale, catalogue] of Object.entries(catalogues)) {
    for (const [key, text] of Object.entries(catalogue)) {
      t.ok(text.trim().length > 0, `${locale}:${key} is not empty`);
      t.same(placeholders(text), placeholders(catalogues.en[key] ?? ''), `${locale}:${key} keeps the placeholders`);
    }
  }
});

t.test('Kazakh and Russian texts are translated, not copied from English', async (t) => {
  const copied = Object.keys(catalogues.en).filter(
    (key) => key !== 'nav.apiDocs' && (catalogues.kk[key] === catalogues.en[key] || catalogues.ru[key] === catalogues.en[key]),
  );
  t.same(copied, [], 'only the API label is the same in every language');
});
