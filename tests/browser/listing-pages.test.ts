import t from 'tap';
import { labSchema, needSchema } from '@kopir/shared';
import { launchBrowser, signInThroughUi } from '../harness/browser.ts';
import { labInput, needInput } from '../harness/catalogue.ts';
import { createUser, TEST_PASSWORD } from '../harness/factories.ts';
import { serveTestApp } from '../harness/served-app.ts';
import { waitFor } from '../harness/test-app.ts';

t.test('a search lives in its address: reload, open a result, come back', async (t) => {
  const { app, baseUrl } = await serveTestApp(t, { searchOutboxWorker: true });
  const researcher = await createUser(app, 'researcher');
  for (const [name, sectors] of [
    ['Hydrogen Energy Laboratory', ['D']],
    ['Hydrogen Storage Materials Lab', ['C']],
    ['Soil Microbiology Lab', ['A']],
  ] as const) {
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/labs',
      headers: { authorization: researcher.authorization },
      payload: labInput({ name: { en: name }, sectors }),
    });
    t.equal(created.statusCode, 201, `${name} created`);
  }
  await waitFor('the labs indexed', async () => (await app.inject({ method: 'GET', url: '/api/v1/labs' })).json<{ total: number }>().total === 3);
  const browser = await launchBrowser(t);
  const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();

  await page.goto(`${baseUrl}/labs`);
  await page.getByRole('searchbox').fill('hydrogen');
  await page.waitForURL(/\/labs\?q=hydrogen$/);
  await page.locator('[data-name="sectors"] [data-code="D"] input').check();
  await page.waitForURL(/\/labs\?q=hydrogen&sector=D$/);
  await page.locator('.hit').first().waitFor();
  await waitFor('one hit left', async () => (await page.locator('.hit').count()) === 1);
  t.equal(await page.locator('.total').textContent(), '1 found', 'the filter narrows the search');

  await page.reload();
  t.equal(await page.getByRole('searchbox').inputValue(), 'hydrogen', 'a reload keeps the words');
  t.ok(await page.locator('[data-name="sectors"] [data-code="D"] input').isChecked(), 'and the filter');
  await waitFor('the hit again', async () => (await page.locator('.hit').count()) === 1);

  await page.getByRole('link', { name: 'Hydrogen Energy Laboratory' }).click();
  await page.waitForURL(/\/labs\/[0-9a-f-]{36}$/);
  t.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Hydrogen Energy Laboratory', 'the result opens the lab’s page');
  t.match(await page.title(), /^Hydrogen Energy Laboratory — /, 'titled after the lab');
  await page.goBack();
  await page.waitForURL(/\/labs\?q=hydrogen&sector=D$/);
  t.equal(await page.getByRole('searchbox').inputValue(), 'hydrogen', 'Back returns to the same search');

  // A shared link opens the same search in another browser.
  const other = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await other.goto(`${baseUrl}/labs?q=hydrogen&page=1`);
  await waitFor('every hydrogen lab for the shared words', async () => (await other.locator('.hit').count()) === 3);
  t.equal(await other.getByRole('searchbox').inputValue(), 'hydrogen', 'the shared link carries the words');
});

t.test('a confidential need’s page: the invited lab reads it in full, anyone else what search shows', async (t) => {
  const { app, baseUrl } = await serveTestApp(t);
  const company = await createUser(app, 'company');
  const researcher = await createUser(app, 'researcher');
  const outsider = await createUser(app, 'researcher');
  const post = async (url: string, authorization: string, payload: Record<string, unknown>) =>
    (await app.inject({ method: 'POST', url: `/api/v1/${url}`, headers: { authorization }, payload })).json();
  const lab = labSchema.parse(await post('labs', researcher.authorization, labInput()));
  const need = needSchema.parse(
    await post(
      'needs',
      company.authorization,
      needInput({ title: 'Catalyst ageing study', visibility: 'confidential', description: { en: 'Composition X-17 degrades above 450 degrees.' } }),
    ),
  );
  const invitation = await app.inject({
    method: 'POST',
    url: '/api/v1/collaborations',
    headers: { authorization: company.authorization },
    payload: { needId: need.id, labId: lab.id },
  });
  t.equal(invitation.statusCode, 201, 'the company invites the lab');
  const browser = await launchBrowser(t);

  const anonymous = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await anonymous.goto(`${baseUrl}/needs/${need.id}`);
  await anonymous.getByRole('heading', { level: 1, name: 'Catalyst ageing study' }).waitFor();
  t.match(await anonymous.locator('.restricted-note').textContent(), /confidential/, 'anyone is told it is confidential');
  t.notMatch(await anonymous.locator('main').textContent(), /X-17/, 'and does not read it');

  const uninvited = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await signInThroughUi(uninvited, baseUrl, outsider.user.email, TEST_PASSWORD);
  await uninvited.goto(`${baseUrl}/needs/${need.id}`);
  await uninvited.locator('.restricted-note').waitFor();
  t.notMatch(await uninvited.locator('main').textContent(), /X-17/, 'a lab the company did not invite does not read it');

  const invited = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await signInThroughUi(invited, baseUrl, researcher.user.email, TEST_PASSWORD);
  await invited.goto(`${baseUrl}/collaborations/${invitation.json<{ id: string }>().id}`);
  await invited.getByRole('link', { name: 'Catalyst ageing study' }).click();
  await invited.waitForURL(new RegExp(`/needs/${need.id}$`));
  await invited.locator('.listing-text').waitFor();
  t.match(await invited.locator('.listing-text').textContent(), /X-17/, 'the invited lab reads it in full, from the collaboration');
  t.equal(await invited.locator('.restricted-note').count(), 0, 'with no “confidential” notice in its place');
});

t.test('an organisation’s page lists its labs and open public needs, linked', async (t) => {
  const { app, baseUrl } = await serveTestApp(t);
  const researcher = await createUser(app, 'researcher');
  const company = await createUser(app, 'company');
  const post = async (url: string, authorization: string, payload: Record<string, unknown>) =>
    (await app.inject({ method: 'POST', url: `/api/v1/${url}`, headers: { authorization }, payload })).json();
  const lab = labSchema.parse(await post('labs', researcher.authorization, labInput()));
  await post('needs', company.authorization, needInput({ title: 'Open pilot need' }));
  await post('needs', company.authorization, needInput({ title: 'Hidden strategy need', visibility: 'confidential' }));
  const browser = await launchBrowser(t);
  const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();

  await page.goto(`${baseUrl}/labs/${lab.id}`);
  await page
    .getByRole('link', { name: /^Test / })
    .first()
    .click();
  await page.waitForURL(new RegExp(`/organisations/${lab.organisation.id}$`));
  await page.getByRole('heading', { level: 2, name: 'Labs' }).waitFor();
  t.equal(await page.getByRole('link', { name: 'Hydrogen Energy Laboratory' }).count(), 1, 'the university lists its lab');

  await page.goto(`${baseUrl}/organisations/${company.user.organisationId}`);
  await page.getByRole('heading', { level: 2, name: 'Open R&D needs' }).waitFor();
  t.equal(await page.getByRole('link', { name: 'Open pilot need' }).count(), 1, 'the company lists its open public need');
  t.notMatch(await page.locator('main').textContent(), /Hidden strategy need/, 'never its confidential one');
});

t.test('a company keeps a lab from search on its shortlist and comes back to it', async (t) => {
  const { app, baseUrl } = await serveTestApp(t, { searchOutboxWorker: true });
  const researcher = await createUser(app, 'researcher');
  const company = await createUser(app, 'company');
  const created = await app.inject({ method: 'POST', url: '/api/v1/labs', headers: { authorization: researcher.authorization }, payload: labInput() });
  t.equal(created.statusCode, 201, 'a lab');
  await waitFor('the lab indexed', async () => (await app.inject({ method: 'GET', url: '/api/v1/labs' })).json<{ total: number }>().total === 1);
  const browser = await launchBrowser(t);
  const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await signInThroughUi(page, baseUrl, company.user.email, TEST_PASSWORD);
  await page.goto(`${baseUrl}/labs`);
  const keep = page.getByRole('button', { name: 'Keep on shortlist: Hydrogen Energy Laboratory' });
  await keep.waitFor();
  await keep.click();
  const remove = page.getByRole('button', { name: 'Remove from shortlist: Hydrogen Energy Laboratory' });
  await remove.waitFor();
  t.equal(await remove.count(), 1, 'once kept, the button offers to take it off');

  await page.getByRole('link', { name: 'Shortlist' }).click();
  await page.waitForURL(/\/my\/shortlist$/);
  await page.getByRole('link', { name: 'Hydrogen Energy Laboratory' }).click();
  await page.waitForURL(/\/labs\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { level: 1, name: 'Hydrogen Energy Laboratory' }).waitFor();
  await waitFor(
    'the page knows it is kept',
    async () => (await page.getByRole('button', { name: 'Remove from shortlist: Hydrogen Energy Laboratory' }).count()) === 1,
  );
});
