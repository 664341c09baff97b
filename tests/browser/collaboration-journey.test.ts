import t from 'tap';
import { labSchema, needSchema } from '@kopir/shared';
import { launchBrowser, signInThroughUi } from '../harness/browser.ts';
import { labInput, needInput } from '../harness/catalogue.ts';
import { createUser, TEST_PASSWORD } from '../harness/factories.ts';
import { serveTestApp } from '../harness/served-app.ts';
import { waitFor } from '../harness/test-app.ts';

t.test('a company invites the top-matched lab; the researcher is notified and accepts; contract and completion; one timeline for both', async (t) => {
  const { app, baseUrl } = await serveTestApp(t, { searchOutboxWorker: true });
  const company = await createUser(app, 'company');
  const researcher = await createUser(app, 'researcher');
  const lab = labSchema.parse(
    (
      await app.inject({
        method: 'POST',
        url: '/api/v1/labs',
        headers: { authorization: researcher.authorization },
        payload: labInput({ name: { en: 'Steppe Hydrogen Lab' } }),
      })
    ).json(),
  );
  const need = needSchema.parse(
    (await app.inject({ method: 'POST', url: '/api/v1/needs', headers: { authorization: company.authorization }, payload: needInput() })).json(),
  );
  await waitFor('indexed', async () => (await app.inject({ method: 'GET', url: '/api/v1/labs' })).json<{ total: number }>().total === 1);

  const browser = await launchBrowser(t);
  const companyPage = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await signInThroughUi(companyPage, baseUrl, company.user.email, TEST_PASSWORD);
  await companyPage.goto(`${baseUrl}/my/needs/${need.id}`);
  const top = companyPage.locator('.match').first();
  await top.waitFor();
  t.equal(await top.getAttribute('data-id'), lab.id, 'the lab is the top match');
  t.match(await top.textContent(), /Shared capabilities.*Hydrogen production by electrolysis/s, 'with its reasons');
  await top.getByRole('button', { name: 'Invite' }).click();
  await companyPage.waitForURL(/\/collaborations\/[0-9a-f-]{36}$/);
  const collaborationUrl = companyPage.url();
  t.equal(await companyPage.locator('.collaboration-status').textContent(), 'Status: Proposed', 'the invitation is proposed');

  const labPage = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await signInThroughUi(labPage, baseUrl, researcher.user.email, TEST_PASSWORD);
  // The researcher is told: an unread notification in the header, leading to the invitation.
  await labPage.locator('.notification-link[data-unread="1"]').waitFor();
  t.equal(await labPage.locator('.notification-link').getAttribute('data-unread'), '1', 'the researcher sees one unread notification');
  await labPage.locator('.notification-link').click();
  const notice = labPage.locator('.notifications li[data-kind="proposal_received"] a');
  t.equal(await notice.textContent(), `A company invites your lab: ${need.title}`, 'it says who invites to what');
  await notice.click();
  const unreadNow = async () =>
    (await app.inject({ method: 'GET', url: '/api/v1/notifications', headers: { authorization: researcher.authorization } })).json<{ unread: number }>().unread;
  await waitFor('the opened notification is read', async () => (await unreadNow()) === 0).catch(() => undefined);
  t.equal(await unreadNow(), 0, 'opening the notification marked it read');
  await labPage.getByRole('button', { name: 'Accept' }).click();
  await labPage.locator('form[data-action="accept"]').getByRole('button', { name: 'Accept' }).click();
  await labPage.locator('.collaboration[data-status="accepted"]').waitFor();
  t.match(await labPage.locator('.collaboration-status').textContent(), /Accepted/, 'the researcher accepts');

  await companyPage.goto(collaborationUrl);
  await companyPage.getByRole('button', { name: 'Record the contract' }).click();
  const contract = companyPage.locator('form[data-action="contract"]');
  await contract.getByLabel('Budget, tenge').fill('85000000');
  await contract.getByLabel('Funding source').selectOption('state_grant');
  await contract.getByLabel('Start').fill('2026-02-01');
  await contract.getByRole('button', { name: 'Record the contract' }).click();
  await companyPage.locator('.collaboration[data-status="contracted"]').waitFor();
  t.match(
    await companyPage.locator('.contract').textContent(),
    /₸85,000,000.*State grant.*from 1 Feb 2026/,
    'the company records the contract, its budget and start written out',
  );

  await labPage.reload();
  await labPage.getByRole('button', { name: 'Record completion' }).click();
  const completion = labPage.locator('form[data-action="complete"]');
  await completion.getByLabel('Joint publications').fill('1');
  await completion.getByRole('button', { name: 'Record completion' }).click();
  await labPage.locator('.collaboration[data-status="completed"]').waitFor();
  t.match(await labPage.locator('.outcomes').textContent(), /Joint publications: 1/, 'the researcher records completion with a joint publication');

  await companyPage.reload();
  await companyPage.locator('.collaboration[data-status="completed"]').waitFor();
  const timelineOf = async (page: typeof labPage) => (await page.locator('.timeline li strong').allTextContents()).join(' → ');
  t.equal(await timelineOf(companyPage), 'Proposed → Accepted → Contracted → Completed', 'the company’s timeline');
  t.equal(await timelineOf(labPage), await timelineOf(companyPage), 'the researcher sees the same timeline');
});
