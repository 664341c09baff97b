import t from 'tap';
import { launchBrowser, signInThroughUi } from '../harness/browser.ts';
import { createUser, TEST_PASSWORD } from '../harness/factories.ts';
import { serveTestApp } from '../harness/served-app.ts';

t.test('a company posts a need; it shows in the needs search with facet counts; a researcher finds it by a typo', async (t) => {
  const { app, baseUrl } = await serveTestApp(t, { searchOutboxWorker: true });
  const company = await createUser(app, 'company');
  const researcher = await createUser(app, 'researcher');
  const browser = await launchBrowser(t);

  const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await signInThroughUi(page, baseUrl, company.user.email, TEST_PASSWORD);
  await page.getByRole('link', { name: 'My needs' }).click();
  await page.getByRole('link', { name: 'Add' }).click();
  await page.getByLabel('Title').fill('Electrolyser pilot for the Caspian wind farm');
  await page.getByLabel('Description in English').fill('Design and test a 1 MW alkaline electrolyser fed by wind power, with a stack lifetime study.');
  await page.locator('[data-name="sectors"] [data-code="D"] input').check();
  // The capability is suggested from the description; the owner accepts the suggestion.
  await page.locator('.suggestions [data-code="hydrogen-electrolysis"]').click();
  t.ok(
    await page.locator('[data-name="capabilities"] [data-code="hydrogen-electrolysis"] input').isChecked(),
    'a suggested capability is added with one click',
  );

  // The confidential switch shows what would stay public, then is turned off again.
  await page.getByLabel(/^Confidential/).check();
  const preview = page.getByRole('complementary', { name: 'What everyone will see' });
  t.match(await preview.textContent(), /Electrolyser pilot for the Caspian wind farm.*Electricity/s, 'the preview shows the title and sector that stay public');
  t.notMatch(await preview.textContent(), /alkaline/, 'and not the description');
  await page.getByLabel(/^Confidential/).uncheck();

  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(/\/my\/needs\/[0-9a-f-]{36}$/);
  const savedId = page.url().split('/').at(-1)!;
  t.equal(
    (await app.inject({ method: 'GET', url: `/api/v1/needs/${savedId}` })).json<{ visibility: string }>().visibility,
    'public',
    'saved, as a public need',
  );

  // Editing it again after a reload: the editor sends only what may change.
  await page.reload();
  await page.waitForFunction(() => (document.querySelector('input[name="title"]') as HTMLInputElement | null)?.value.startsWith('Electrolyser'));
  await page.getByLabel('Title').fill('Electrolyser pilot for the Caspian wind farm, phase 2');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('status').filter({ hasText: /saved/i }).waitFor();
  t.equal(
    (await app.inject({ method: 'GET', url: `/api/v1/needs/${savedId}` })).json<{ title: string }>().title,
    'Electrolyser pilot for the Caspian wind farm, phase 2',
    'an existing need is edited',
  );

  // The index follows the database within a second or so; a person would reload, and so do we.
  await page.getByRole('link', { name: 'R&D needs' }).click();
  for (let attempt = 0; attempt < 20 && (await page.locator('.hit', { hasText: 'Electrolyser pilot' }).count()) === 0; attempt++) {
    await page.waitForTimeout(500);
    await page.reload();
    await page.locator('.total').waitFor();
  }
  await page.locator('.hit', { hasText: 'Electrolyser pilot' }).waitFor({ timeout: 2_000 });
  t.equal(await page.locator('[data-name="sectors"] [data-code="D"] .count').textContent(), '1', 'the sector facet counts it');
  t.equal(await page.locator('[data-name="capabilities"] [data-code="hydrogen-electrolysis"] .count').textContent(), '1', 'so does the capability facet');

  const other = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await signInThroughUi(other, baseUrl, researcher.user.email, TEST_PASSWORD);
  await other.getByRole('link', { name: 'R&D needs' }).click();
  await other.getByRole('searchbox', { name: 'Search in Kazakh, Russian or English' }).fill('electrolyzer pilott');
  const hit = other.locator('.hit', { hasText: 'Caspian' });
  await hit.waitFor();
  t.match(await hit.locator('mark').first().textContent(), /Electrolyser|pilot/i, 'found despite the typos, with the matched words marked');
});
