import t from 'tap';
import { labSchema, needSchema } from '@kopir/shared';
import { launchBrowser, signInThroughUi } from '../harness/browser.ts';
import { labInput, needInput } from '../harness/catalogue.ts';
import { createUser, TEST_PASSWORD } from '../harness/factories.ts';
import { latestEmailTo } from '../harness/mail.ts';
import { serveTestApp } from '../harness/served-app.ts';

t.test('a company asks on a lab’s page, the researcher answers, the company invites with a message, and both talk in the thread', async (t) => {
  const { app, baseUrl } = await serveTestApp(t);
  const researcher = await createUser(app, 'researcher');
  const company = await createUser(app, 'company');
  const post = async (url: string, authorization: string, payload: Record<string, unknown>) =>
    (await app.inject({ method: 'POST', url: `/api/v1/${url}`, headers: { authorization }, payload })).json();
  const lab = labSchema.parse(await post('labs', researcher.authorization, labInput({ name: { en: 'Membrane Separation Lab' } })));
  const need = needSchema.parse(
    await post(
      'needs',
      company.authorization,
      needInput({ title: 'Brine lithium recovery', visibility: 'confidential', description: { en: 'Field brine L-9 holds 180 mg/l of lithium.' } }),
    ),
  );
  const browser = await launchBrowser(t);
  const companyPage = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  // The researcher answers from a phone.
  const researcherPage = await (await browser.newContext({ locale: 'en-GB', viewport: { width: 390, height: 844 } })).newPage();
  await signInThroughUi(companyPage, baseUrl, company.user.email, TEST_PASSWORD);
  await signInThroughUi(researcherPage, baseUrl, researcher.user.email, TEST_PASSWORD);

  // The company asks on the lab's page, naming its need.
  await companyPage.goto(`${baseUrl}/labs/${lab.id}`);
  await companyPage.getByRole('button', { name: 'Ask a question' }).click();
  await companyPage.getByLabel('Your question').fill('Can your membranes handle brine at 60 °C?');
  await companyPage.getByLabel('It concerns my need (optional)').selectOption({ label: 'Brine lithium recovery' });
  await companyPage.getByRole('button', { name: 'Send the question' }).click();
  await companyPage.waitForURL(/\/questions\/[0-9a-f-]{36}$/);
  const questionUrl = companyPage.url();
  await companyPage.getByRole('heading', { level: 1, name: 'Question about Membrane Separation Lab' }).waitFor();
  t.match(await companyPage.locator('.message').first().textContent(), /60 °C/, 'the question opens its thread');

  // The researcher hears of it and answers.
  await researcherPage.goto(`${baseUrl}/notifications`);
  await researcherPage.getByRole('link', { name: 'A question about Membrane Separation Lab' }).click();
  await researcherPage.waitForURL(questionUrl);
  await researcherPage.getByLabel('Your message').fill('Yes, our membranes are rated to 80 °C.');
  await researcherPage.getByRole('button', { name: 'Send', exact: true }).click();
  await researcherPage.locator('.message[data-mine="true"]').waitFor();
  t.match(await researcherPage.locator('.message[data-mine="true"]').textContent(), /rated to 80 °C/, 'the answer appears in the thread');

  // The company reads the answer and invites the lab, with a message.
  await companyPage.goto(`${baseUrl}/notifications`);
  await companyPage.getByRole('link', { name: 'A new message about Membrane Separation Lab' }).click();
  await companyPage.waitForURL(questionUrl);
  await companyPage.getByText('rated to 80 °C').waitFor();
  await companyPage.getByLabel('A message with it (optional)').fill('Let us run a pilot on field brine in March.');
  await companyPage.getByRole('button', { name: 'Invite', exact: true }).click();
  await companyPage.waitForURL(/\/collaborations\/[0-9a-f-]{36}$/);
  const collaborationUrl = companyPage.url();
  t.match((await latestEmailTo(app, researcher.user.email))?.body, /pilot on field brine/, 'the invitation email carries the message');

  // The researcher accepts and reads the confidential need in full.
  await researcherPage.goto(collaborationUrl);
  await researcherPage.getByRole('button', { name: 'Accept' }).click();
  await researcherPage
    .getByRole('button', { name: /^Accept$/ })
    .last()
    .click();
  await researcherPage.locator('[data-status="accepted"]').first().waitFor();
  t.match(
    await researcherPage.locator('.need-text').textContent(),
    /L-9 holds 180 mg\/l/,
    'the invited lab reads the confidential need on the collaboration page',
  );
  t.match(await researcherPage.locator('.thread .message').first().textContent(), /pilot on field brine/, 'the invitation’s message opens the thread');
  await researcherPage.getByLabel('Your message').fill('Accepted. Please send the brine samples.');
  await researcherPage.getByRole('button', { name: 'Send', exact: true }).click();
  await researcherPage.locator('.thread .message[data-mine="true"]', { hasText: 'send the brine samples' }).waitFor();

  await companyPage.goto(collaborationUrl);
  await companyPage.getByText('Please send the brine samples.').waitFor();
  await companyPage.getByLabel('Your message').fill('Samples leave on Monday.');
  await companyPage.getByRole('button', { name: 'Send', exact: true }).click();
  await companyPage.locator('.thread .message[data-mine="true"]', { hasText: 'Samples leave on Monday.' }).waitFor();
  await researcherPage.reload();
  await researcherPage.getByText('Samples leave on Monday.').waitFor();
  t.equal(await researcherPage.locator('.thread .message').count(), 3, 'both sides’ messages are in the collaboration’s thread, in order');
  t.ok(await researcherPage.evaluate(() => document.documentElement.scrollWidth <= 390), 'and the page fits the phone’s width');
  await researcherPage.goto(`${baseUrl}/needs/${need.id}`);
  await researcherPage.locator('.listing-text').waitFor();
  t.match(await researcherPage.locator('.listing-text').textContent(), /L-9/, 'and on the need’s page');
});
