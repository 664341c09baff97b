import { readFileSync } from 'node:fs';
import t from 'tap';
import { errorCodes, fieldRules } from '@kopir/shared';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../../web/src/i18n/${file}.json`, import.meta.url), 'utf8')) as Record<string, string>;
const locales = ['kk', 'ru', 'en'] as const;
const catalogues = Object.fromEntries(locales.map((locale) => [locale, { ...read(locale), ...read(`errors/${locale}`) }]));
// The failures the web itself names when there is no error body to read.
const clientCodes = ['NETWORK_ERROR', 'HTTP_ERROR', 'UNEXPECTED_ANSWER'];

t.test('every error code of the API and of the web client is worded in Kazakh, Russian and English', async (t) => {
  for (const code of [...errorCodes, ...clientCodes]) {
    for (const locale of locales) t.ok(catalogues[locale]?.[`error.${code}`], `${locale} words ${code}`);
  }
  for (const locale of locales) t.ok(catalogues[locale]?.['error.generic'], `${locale} has the generic sentence for a code it does not know`);
});

t.test('every field rule is worded in Kazakh, Russian and English', async (t) => {
  t.ok(fieldRules.length > 30, `the closed list of rules is there (${fieldRules.length})`);
  for (const rule of fieldRules) {
    for (const locale of locales) t.ok(catalogues[locale]?.[`rule.${rule}`], `${locale} words the rule ${rule}`);
  }
  for (const locale of locales) t.ok(catalogues[locale]?.['rule.generic'], `${locale} has the generic sentence for a field without a rule`);
});

t.test('the error and rule files hold no other keys and repeat none of the interface’s', async (t) => {
  for (const locale of locales) {
    const errors = read(`errors/${locale}`);
    const stray = Object.keys(errors).filter((key) => !key.startsWith('error.') && !key.startsWith('rule.'));
    t.same(stray, [], `${locale}: only error.* and rule.* keys`);
    const main = read(locale);
    t.same(
      Object.keys(errors).filter((key) => key in main),
      [],
      `${locale}: no key is in both files`,
    );
  }
});
