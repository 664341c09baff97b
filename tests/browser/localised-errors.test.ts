import { readFileSync } from 'node:fs';
import t, { type Test } from 'tap';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../harness/browser.ts';
import { createOrganisation, createUser, TEST_PASSWORD, validBin } from '../harness/factories.ts';
import { serveTestApp } from '../harness/served-app.ts';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../../web/src/i18n/${file}.json`, import.meta.url), 'utf8')) as Record<string, string>;
/** Every English sentence the web could show: its own catalogue, error codes and field rules included. */
const englishCatalogue = Object.values({ ...read('en'), ...read('errors/en') }).filter((text) => text.split(' ').length >= 3);

// Latin-script words a Kazakh or Russian page may carry: the product's name, codes and acronyms
// (a single capital is a NACE section code), and the name of the English interface in the language switch.
const allowedLatin = new Set(['Kopir', 'TRL', 'API', 'English', 'NACE', 'FOS', 'KZT', 'OK', 'http', 'https']);
const isAllowedLatin = (word: string) => allowedLatin.has(word) || /^[A-Z]$/.test(word);
// Email addresses, domains and web addresses are data, not words.
const dataPattern = /\S+@\S+|\bhttps?:\/\/\S+|\b[\w-]+(\.[\w-]+)+\b/g;

/**
 * Fails on anything English on the page: a sentence of the English catalogue, a message the API
 * sent in this test (its `message` and each field's), or a Latin-script word off the allow-list.
 */
async function assertNoEnglish(t: Test, page: Page, server: ReturnType<typeof recordServerMessages>, where: string) {
  await server.settled();
  const serverMessages = server.messages;
  // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees, laid out with spaces between elements
  const text = await page.locator('body').innerText();
  const english = [...englishCatalogue, ...serverMessages].filter((sentence) => text.includes(sentence));
  t.same(english, [], `${where}: no English sentence of the catalogue or the API on the page`);
  const words = (text.replace(dataPattern, ' ').match(/[A-Za-z]+/g) ?? []).filter((word) => !isAllowedLatin(word));
  t.same([...new Set(words)], [], `${where}: no Latin-script word beyond codes and acronyms`);
}

/** Collects the English messages of every error the API answers the page with; `settled` waits for the bodies still being read. */
function recordServerMessages(page: Page): { messages: Set<string>; settled: () => Promise<unknown> } {
  const messages = new Set<string>();
  const reading: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.status() < 400 || !response.url().includes('/api/')) return;
    reading.push(
      response.json().then(
        (body: { message?: string; fields?: { message: string }[] }) => {
          if (body?.message) messages.add(body.message);
          for (const field of body?.fields ?? []) messages.add(field.message);
        },
        () => undefined,
      ),
    );
  });
  return { messages, settled: () => Promise.all(reading) };
}

const errorsShown = (page: Page) => page.locator('.field .error, .form-error, small.error').allInnerTexts();

for (const [locale, browserLocale] of [
  ['kk', 'kk-KZ'],
  ['ru', 'ru-RU'],
] as const) {
  t.test(`in ${locale}, the sign-up, sign-in and need forms say every problem in ${locale}, never in English`, async (t) => {
    const { app, baseUrl } = await serveTestApp(t);
    const company = await createUser(app, 'company');
    const takenBin = validBin();
    await createOrganisation(app, { kind: 'company', bin: takenBin, verifiedAt: new Date() });
    const browser = await launchBrowser(t);
    const context = await browser.newContext({ locale: browserLocale });
    await context.addInitScript((chosen) => localStorage.setItem('kopir.locale', chosen), locale);
    const page = await context.newPage();
    const serverMessages = recordServerMessages(page);

    // Sign-up: an empty form, then a short password without a digit and a BIN whose check digit is wrong.
    await page.goto(`${baseUrl}/sign-up`);
    await page.locator('input[name="role"][value="company"]').check();
    await page.locator('input[name="mode"][value="create"]').check();
    await page.locator('form button[type="submit"]').click();
    await page.locator('.field[data-invalid="true"] .error').first().waitFor();
    t.ok((await errorsShown(page)).length >= 3, 'the empty form names several fields');
    await assertNoEnglish(t, page, serverMessages, 'sign-up, empty');

    await page.locator('input[name="fullName"]').fill('Асель Нурланова');
    await page.locator('input[name="email"]').fill('not-an-address');
    await page.locator('input[name="password"]').fill('abc');
    await page.locator('input[name="nameRu"]').fill('ТОО Степной водород');
    await page.locator('select[name="regionCode"]').selectOption('KZ-71');
    await page.locator('input[name="bin"]').fill('123456789012');
    await page.locator('form button[type="submit"]').click();
    await page.locator('input[name="bin"] ~ .error').waitFor();
    const rules = read(`errors/${locale}`);
    t.equal(
      await page.locator('input[name="bin"] ~ .error').textContent(),
      rules['rule.bin_check_digit'],
      'the BIN’s check digit is explained in the reader’s language',
    );
    t.equal(
      await page.locator('input[name="password"] ~ .error').textContent(),
      rules['rule.too_short.actual']!.replace('{min}', '10').replace('{actual}', '3'),
      'and the password’s length, with its figures',
    );
    await assertNoEnglish(t, page, serverMessages, 'sign-up, wrong values');

    // The server's own verdict: this BIN belongs to a verified company already.
    await page.locator('input[name="email"]').fill(`asel-${locale}@steppe-h2.kz`);
    await page.locator('input[name="password"]').fill('Steppe-Hydrogen-2026-saxaul');
    await page.locator('input[name="bin"]').fill(takenBin);
    await page.locator('form button[type="submit"]').click();
    await page.getByRole('alert').waitFor();
    await serverMessages.settled();
    t.ok(serverMessages.messages.size > 0, 'the API answered with its (English) messages');
    await assertNoEnglish(t, page, serverMessages, 'sign-up, BIN taken');

    // Sign-in: empty, then a wrong password.
    await page.goto(`${baseUrl}/sign-in`);
    await page.locator('form button[type="submit"]').click();
    await page.locator('.field[data-invalid="true"] .error').first().waitFor();
    await assertNoEnglish(t, page, serverMessages, 'sign-in, empty');
    await page.locator('input[name="email"]').fill(company.user.email);
    await page.locator('input[name="password"]').fill('Wrong-password-1');
    await page.locator('form button[type="submit"]').click();
    await page.getByRole('alert').waitFor();
    await assertNoEnglish(t, page, serverMessages, 'sign-in, wrong password');

    // The need editor, signed in as a company: empty, then a short title, bad budgets, a past deadline.
    await page.locator('input[name="password"]').fill(TEST_PASSWORD);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL('**/profile');
    await page.goto(`${baseUrl}/my/needs/new`);
    await page.locator('input[name="title"]').waitFor();
    await page.locator('form button[type="submit"]').first().click();
    await page.locator('input[name="title"] ~ .error').waitFor();
    await assertNoEnglish(t, page, serverMessages, 'need editor, empty');

    await page.locator('input[name="title"]').fill('Абв');
    await page.locator('input[name="budgetMinKzt"]').fill('20000000');
    await page.locator('input[name="budgetMaxKzt"]').fill('1000');
    await page.locator('form button[type="submit"]').first().click();
    await page.locator('input[name="budgetMaxKzt"] ~ .error').waitFor();
    await assertNoEnglish(t, page, serverMessages, 'need editor, short title and budgets out of order');

    await page.locator('input[name="title"]').fill('Пилотный электролизёр для ветропарка');
    await page.locator('input[name="budgetMaxKzt"]').fill('');
    await page.locator('textarea').first().fill('Спроектировать и испытать щелочной электролизёр мощностью 1 МВт.');
    await page.locator('[data-name="sectors"] [data-code="D"] input').check();
    await page.locator('input[name="deadlineOn"]').fill('2020-01-01');
    await page.locator('form button[type="submit"]').first().click();
    await page.locator('input[name="deadlineOn"] ~ .error').waitFor();
    t.match(await page.locator('input[name="deadlineOn"] ~ .error').textContent(), /\d{4}-\d{2}-\d{2}/, 'the server’s rule, with the first day allowed');
    await assertNoEnglish(t, page, serverMessages, 'need editor, a deadline in the past');
  });
}
