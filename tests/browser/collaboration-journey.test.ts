import axe from 'axe-core';
import t from 'tap';
import type { Page } from 'playwright-core';
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
  // An invitation goes with a message, if the company writes one.
  await top.getByLabel('A message with it (optional)').fill('We would like to start with a pilot.');
  await top.getByRole('button', { name: 'Send the invitation' }).click();
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
  await labPage.locator('.thread .message').first().waitFor();
  t.match(await labPage.locator('.thread .message').first().textContent(), /start with a pilot/, 'the invitation’s message opens the thread');
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

/** axe-core's serious and critical findings inside `selector`, one line each. */
async function seriousViolationsIn(page: Page, selector: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (within) => {
    type Violation = { id: string; impact: string | null; nodes: { target: string[] }[] };
    const runner = (window as unknown as { axe: { run: (context: string) => Promise<{ violations: Violation[] }> } }).axe;
    return (await runner.run(within)).violations;
  }, selector);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

t.test('on a phone, the researcher declines an invitation with a reason chosen from a labelled list; the company’s matches then say so', async (t) => {
  const { app, baseUrl } = await serveTestApp(t, { searchOutboxWorker: true });
  const company = await createUser(app, 'company');
  const researcher = await createUser(app, 'researcher');
  const lab = labSchema.parse(
    (await app.inject({ method: 'POST', url: '/api/v1/labs', headers: { authorization: researcher.authorization }, payload: labInput() })).json(),
  );
  const need = needSchema.parse(
    (await app.inject({ method: 'POST', url: '/api/v1/needs', headers: { authorization: company.authorization }, payload: needInput() })).json(),
  );
  const invitation = await app.inject({
    method: 'POST',
    url: '/api/v1/collaborations',
    headers: { authorization: company.authorization },
    payload: { needId: need.id, labId: lab.id },
  });
  t.equal(invitation.statusCode, 201, 'the company invites the lab');
  const collaborationId = invitation.json<{ id: string }>().id;
  await waitFor('indexed', async () => (await app.inject({ method: 'GET', url: '/api/v1/labs' })).json<{ total: number }>().total === 1);

  const browser = await launchBrowser(t);
  const labPage = await (await browser.newContext({ locale: 'en-GB', viewport: { width: 390, height: 844 } })).newPage();
  await signInThroughUi(labPage, baseUrl, researcher.user.email, TEST_PASSWORD);
  await labPage.goto(`${baseUrl}/collaborations/${collaborationId}`);
  await labPage.getByRole('button', { name: 'Decline' }).click();
  const form = labPage.locator('form[data-action="decline"]');
  const reason = form.getByLabel('Reason');
  t.equal(await reason.evaluate((element) => element.tagName), 'SELECT', 'the reason is a select, found by its label');
  t.same(await seriousViolationsIn(labPage, 'form[data-action="decline"]'), [], 'axe finds nothing serious in the decline form');
  const width = await labPage.evaluate(() => document.documentElement.scrollWidth);
  t.ok(width <= 390, `the form fits the 390 px phone (${width} px wide)`);

  await form.getByRole('button', { name: 'Decline' }).click();
  await form.locator('.field[data-invalid="true"] select').waitFor();
  t.equal(await reason.getAttribute('aria-invalid'), 'true', 'sent without a reason, the select is marked invalid before anything is sent');
  t.ok(((await form.locator('.field[data-invalid="true"] .error').textContent()) ?? '').length > 0, 'with a message under it');
  const stillProposed = await app.inject({
    method: 'GET',
    url: `/api/v1/collaborations/${collaborationId}`,
    headers: { authorization: company.authorization },
  });
  t.equal(stillProposed.json<{ status: string }>().status, 'proposed', 'and nothing was declined');

  await reason.selectOption('no_capacity');
  await form.getByLabel('Explanation (optional)').fill('Booked until spring');
  await form.getByRole('button', { name: 'Decline' }).click();
  await labPage.locator('.collaboration[data-status="declined"]').waitFor();
  t.equal(await labPage.locator('.closing-reason').textContent(), 'Reason: No capacity now · Booked until spring', 'the page says why, in the reader’s words');

  const companyPage = await (await browser.newContext({ locale: 'en-GB', viewport: { width: 390, height: 844 } })).newPage();
  await signInThroughUi(companyPage, baseUrl, company.user.email, TEST_PASSWORD);
  await companyPage.goto(`${baseUrl}/my/needs/${need.id}`);
  const match = companyPage.locator(`.match[data-id="${lab.id}"]`);
  await match.locator('.pair-state').waitFor();
  t.equal(await match.locator('.pair-state').getAttribute('data-state'), 'declined', 'the declined lab’s match says it was declined');
  t.match(
    await match.locator('.pair-state').textContent(),
    /Declined on .*You can propose again from /,
    'with the day of the decline and the day the company may invite again',
  );
  t.equal(await match.locator('.pair-state a').getAttribute('href'), `/collaborations/${collaborationId}`, 'linking to the collaboration');
  t.equal(await match.getByRole('button').count(), 0, 'and no Invite button');
});
