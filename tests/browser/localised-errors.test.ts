import t from 'tap';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../harness/browser.ts';
import { createOrganisation, createUser, TEST_PASSWORD, validBin } from '../harness/factories.ts';
import { assertNoEnglish, catalogue, recordServerMessages } from '../harness/no-english.ts';
import { serveTestApp } from '../harness/served-app.ts';

const errorsShown = (page: Page) => page.locator('.field .error, .form-error, small.error').allInnerTexts();

for (const [locale, browserLocale] of [
  ['kk', 'kk-KZ'],
  ['ru', 'ru-RU'],
] as const) {
  t.test(`in ${locale}, the sign-up, sign-in and need forms say every problem in ${locale}, never in English`, async (t) => {
    const { app, baseUrl } = await serveTestApp(t);
    const company = await createUser(app, 'company', { locale });
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
    const rules = catalogue(`errors/${locale}`);
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
