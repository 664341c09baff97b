import t from 'tap';
import { launchBrowser, signInThroughUi } from '../harness/browser.ts';
import { createUser, TEST_PASSWORD } from '../harness/factories.ts';
import { ownMeilisearch } from '../harness/own-meilisearch.ts';
import { serveTestApp, webDistDir } from '../harness/served-app.ts';
import { createTestApp, uniqueName, waitFor } from '../harness/test-app.ts';

t.test('with Meilisearch stopped, the labs search says in Kazakh that search is briefly unavailable, and Retry brings the results', async (t) => {
  const meili = await ownMeilisearch(t);
  const app = await createTestApp(t, {
    webDistDir,
    searchOutboxWorker: true,
    meilisearch: { url: meili.url, apiKey: meili.masterKey, indexPrefix: `${uniqueName('web')}_` },
  });
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  await app.searchSettingsApplied;
  await meili.stop();

  const browser = await launchBrowser(t);
  const page = await (await browser.newContext({ locale: 'kk-KZ' })).newPage();
  await page.goto(`${baseUrl}/labs`);
  const notice = page.locator('.load-error');
  await notice.waitFor();
  t.equal(await notice.getAttribute('data-code'), 'SEARCH_UNAVAILABLE', 'the failure is the API’s own 503 code');
  t.equal(await notice.locator('p').textContent(), 'Іздеу уақытша қолжетімсіз; 5 с кейін қайталаңыз.', 'in Kazakh, with the wait the API asked for');
  const retry = page.getByRole('button', { name: 'Қайталау' });
  t.ok(await retry.isVisible(), 'with a retry button in Kazakh');
  t.equal(await page.getByText('Жүктелуде…').count(), 0, 'and no “Loading…” left on the page');

  await meili.restart();
  await waitFor('search to answer again', async () => (await app.inject({ method: 'GET', url: '/api/v1/labs' })).statusCode === 200, 20_000);
  await retry.click();
  await page.locator('.total').waitFor();
  t.equal(await notice.count(), 0, 'after Retry the notice is gone');
  t.match(await page.locator('.total').textContent(), /0/, 'and the (empty) results are shown');
});

t.test('a failing collaborations list shows a translated error with Retry instead of “Loading…”, then its empty state', async (t) => {
  const { app, baseUrl } = await serveTestApp(t);
  const researcher = await createUser(app, 'researcher');
  const browser = await launchBrowser(t);
  const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await signInThroughUi(page, baseUrl, researcher.user.email, TEST_PASSWORD);
  await page.getByRole('button', { name: 'Русский' }).click();

  // The browser's request for this one API address gets a real 500 answer; the rest reach the API.
  let failing = true;
  await page.route('**/api/v1/collaborations', (route) =>
    failing
      ? route.fulfill({
          status: 500,
          contentType: 'application/json',
          body: JSON.stringify({ status: 500, code: 'INTERNAL_ERROR', message: 'Internal Server Error' }),
        })
      : route.continue(),
  );
  await page.getByRole('link', { name: 'Сотрудничества' }).click();
  const notice = page.locator('.load-error');
  await notice.waitFor();
  t.equal(await notice.locator('p').textContent(), 'На нашей стороне что-то пошло не так; попробуйте ещё раз.', 'the failure in Russian');
  t.equal(await page.getByText('Загрузка…').count(), 0, 'not “Loading…” forever');

  failing = false;
  await page.getByRole('button', { name: 'Повторить' }).click();
  await page.getByText('Пока нет сотрудничеств.').waitFor();
  t.equal(await notice.count(), 0, 'after Retry the list loads: empty, and it says so');
});

t.test('a 503 with Retry-After from the database reads the same way on the reports page, in English', async (t) => {
  const { app, baseUrl } = await serveTestApp(t);
  const region = await createUser(app, 'region');
  const browser = await launchBrowser(t);
  const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await signInThroughUi(page, baseUrl, region.user.email, TEST_PASSWORD);
  await page.route('**/api/v1/reports?year=*', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      headers: { 'retry-after': '7' },
      body: JSON.stringify({ status: 503, code: 'DATABASE_UNAVAILABLE', message: 'The service is briefly unavailable; try again in a few seconds' }),
    }),
  );
  await page.getByRole('link', { name: 'Reports' }).click();
  const notice = page.locator('.load-error');
  await notice.waitFor();
  t.equal(await notice.locator('p').textContent(), 'The service is briefly unavailable; try again in 7 s.', 'the wait read from Retry-After');
  t.ok(await page.getByRole('button', { name: 'Try again' }).isVisible(), 'with Retry');
});
