import axe from 'axe-core';
import t from 'tap';
import type { Page } from 'playwright-core';
import { savedSearchListSchema } from '@kopir/shared';
import { launchBrowser, signInThroughUi } from '../harness/browser.ts';
import { labInput } from '../harness/catalogue.ts';
import { createUser, TEST_PASSWORD } from '../harness/factories.ts';
import { latestEmailTo } from '../harness/mail.ts';
import { serveTestApp } from '../harness/served-app.ts';
import { waitFor } from '../harness/test-app.ts';

/** axe-core's serious and critical findings on the page as it is now (as accessibility.test.ts counts them). */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const runner = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; impact?: string | null }[] }> } }).axe;
    return (await runner.run(document)).violations;
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id);
}

const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

t.test('a saved search alerts its owner when a fitting lab is published; the digest email lists it, and its unsubscribe link works', async (t) => {
  const { app, baseUrl } = await serveTestApp(t, { searchOutboxWorker: true });
  const company = await createUser(app, 'company');
  const researcher = await createUser(app, 'researcher');
  const browser = await launchBrowser(t);
  const page = await (await browser.newContext({ locale: 'en-GB', viewport: { width: 390, height: 844 } })).newPage();
  await signInThroughUi(page, baseUrl, company.user.email, TEST_PASSWORD);

  // Saving, by keyboard, on a phone.
  await page.goto(`${baseUrl}/labs?q=hydrogen&sector=D`);
  await page.locator('.total').waitFor();
  t.notOk(await scrollsSideways(page), 'the search page with its save control fits a 390 px phone');
  await page.locator('.save-search summary').focus();
  await page.keyboard.press('Enter');
  const name = page.getByLabel('Name of the search');
  t.equal(await name.inputValue(), 'hydrogen', 'the name suggested is the search’s words');
  await name.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Hydrogen labs');
  await page.getByLabel('Email digest').selectOption('daily');
  await name.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  t.same(await seriousViolations(page), [], 'the search page with the save form open is axe-clean');
  const saved = savedSearchListSchema.parse(
    (await app.inject({ method: 'GET', url: '/api/v1/my/saved-searches', headers: { authorization: company.authorization } })).json(),
  );
  t.match(
    saved.items,
    [{ name: 'Hydrogen labs', kind: 'labs', query: { q: 'hydrogen', sector: ['D'] }, digest: 'daily' }],
    'the search is saved as its address says it',
  );

  // Another organisation publishes a fitting lab; the check runs off the request path.
  const created = await app.inject({ method: 'POST', url: '/api/v1/labs', headers: { authorization: researcher.authorization }, payload: labInput() });
  t.equal(created.statusCode, 201, 'a researcher publishes a hydrogen lab');
  const labId = created.json<{ id: string }>().id;
  await waitFor(
    'the owner to be told',
    async () => {
      await app.backgroundJobs.drainOnce();
      const inbox = await app.inject({ method: 'GET', url: '/api/v1/notifications', headers: { authorization: company.authorization } });
      return inbox.json<{ items: { kind: string }[] }>().items.some((item) => item.kind === 'saved_search_match');
    },
    30_000,
  );
  await page.goto(`${baseUrl}/notifications`);
  const notice = page.getByRole('link', { name: 'New in your saved search “Hydrogen labs”: Hydrogen Energy Laboratory' });
  await notice.waitFor();
  t.equal(await notice.count(), 1, 'the notification names the search and the lab');
  await notice.click();
  await page.waitForURL(`**/labs/${labId}`);
  t.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Hydrogen Energy Laboratory', 'and opens the lab’s page');

  // The saved searches page: listed, openable, axe-clean, fits a phone.
  await page.goto(`${baseUrl}/my/saved-searches`);
  await page.getByRole('heading', { name: 'Hydrogen labs' }).waitFor();
  t.notOk(await scrollsSideways(page), 'the saved searches page fits a 390 px phone');
  t.same(await seriousViolations(page), [], 'the saved searches page is axe-clean');
  t.equal(await page.getByRole('link', { name: 'Open the search' }).getAttribute('href'), '/labs?q=hydrogen&sector=D', 'opening it brings the same search');

  // The daily digest.
  t.match(await app.sendSavedSearchDigests(), { sent: 1 }, 'the digest is written');
  const email = await latestEmailTo(app, company.user.email);
  t.match(email?.body, `Hydrogen Energy Laboratory — «Hydrogen labs»: http://kopir.test/labs/${labId}`, 'the digest lists the lab with an absolute link');
  const unsubscribe = email?.body.match(/http:\/\/kopir\.test(\/unsubscribe#token=[\w-]+)/)?.[1];
  t.ok(unsubscribe, 'and an unsubscribe link');

  // The link works from the email: in a browser that never signed in, in the reader's language.
  const reader = await (await browser.newContext({ locale: 'ru-RU' })).newPage();
  await reader.goto(`${baseUrl}${unsubscribe}`);
  await reader.getByRole('status').filter({ hasText: 'Вы отписались' }).waitFor();
  t.match(await reader.getByRole('status').textContent(), /Вы отписались/, 'the unsubscribe page says it is done, in Russian');
  t.same(await seriousViolations(reader), [], 'the unsubscribe page is axe-clean');
  await reader.reload();
  await reader.getByRole('status').filter({ hasText: 'Вы отписались' }).waitFor();
  t.match(await reader.getByRole('status').textContent(), /Вы отписались/, 'following the link again is no error');

  await page.reload();
  await page.getByRole('heading', { name: 'Hydrogen labs' }).waitFor();
  t.equal(await page.getByLabel('Email digest of “Hydrogen labs”').inputValue(), 'off', 'the saved search sends no more digests');
  await page.getByLabel('Email digest of “Hydrogen labs”').selectOption('weekly');
  const digestNow = async () =>
    savedSearchListSchema.parse(
      (await app.inject({ method: 'GET', url: '/api/v1/my/saved-searches', headers: { authorization: company.authorization } })).json(),
    ).items[0]?.digest;
  await waitFor('the frequency changed', async () => (await digestNow()) === 'weekly');
  t.equal(await digestNow(), 'weekly', 'the owner can choose a digest again');
  await page.getByRole('button', { name: 'Delete the saved search “Hydrogen labs”' }).click();
  await page.getByText('No saved searches yet.', { exact: false }).waitFor();
  t.equal(await digestNow(), undefined, 'and delete the saved search');
});
