import t from 'tap';
import { sql } from 'drizzle-orm';
import { organisations } from '@kopir/db';
import { launchBrowser, signInThroughUi } from '../harness/browser.ts';
import { latestEmailTo } from '../harness/mail.ts';
import { createUser, TEST_PASSWORD } from '../harness/factories.ts';
import { serveTestApp } from '../harness/served-app.ts';

t.test('a researcher signs up with a new university, an admin verifies it, and she sees it verified', async (t) => {
  const { app, baseUrl } = await serveTestApp(t);
  const admin = await createUser(app, 'admin');
  const browser = await launchBrowser(t);
  const researcher = await (await browser.newContext({ locale: 'en-GB' })).newPage();

  // Sign up, creating the university.
  await researcher.goto(`${baseUrl}/`);
  await researcher.getByRole('link', { name: 'Create an account' }).click();
  await researcher.getByLabel('Researcher at a university or institute').check();
  await researcher.getByLabel('Full name').fill('Aliya Nurlanovna');
  await researcher.getByLabel('Email').fill('aliya@steppe-poly.kz');
  await researcher.getByLabel('Password').fill('weak');
  await researcher.getByLabel('Register a new one').check();
  await researcher.getByLabel('Name in English').fill('Steppe Polytechnic University');
  await researcher.getByLabel('Name in Kazakh').fill('Дала политехникалық университеті');
  await researcher.getByLabel('Region').selectOption('KZ-71');
  await researcher.getByRole('button', { name: 'Create the account' }).click();
  await researcher.locator('.field[data-invalid="true"] .error').first().waitFor();
  t.match(
    await researcher.locator('.field[data-invalid="true"] .error').first().textContent(),
    /at least 10 characters/,
    'a weak password is explained at its field',
  );

  await researcher.getByLabel('Password').fill('Steppe-Poly-2026-saxaul');
  await researcher.getByRole('button', { name: 'Create the account' }).click();
  await researcher.locator('.check-email').waitFor();
  t.match(await researcher.locator('.check-email').textContent(), /link to confirm your address/, 'she is asked to confirm her address');

  // She opens the link from her email (the served app writes it to the outbox).
  const link = (await latestEmailTo(app, 'aliya@steppe-poly.kz'))!.body.match(/http:\/\/kopir\.test(\/verify-email#token=[\w-]+)/)![1]!;
  await researcher.goto(`${baseUrl}${link}`);
  await researcher.getByLabel('Password').fill('Steppe-Poly-2026-saxaul');
  await researcher.getByRole('button', { name: 'Confirm my address' }).click();
  await researcher.waitForURL('**/profile');
  await researcher.locator('.organisation-name').waitFor();
  t.equal(await researcher.locator('.organisation-name').textContent(), 'Steppe Polytechnic University', 'her new university is on her profile');
  t.equal(await researcher.locator('.organisation-card .badge').textContent(), 'Not verified yet', 'not verified yet');

  // Sign out, then sign in again.
  await researcher.getByRole('button', { name: 'Sign out' }).click();
  await researcher.locator('[data-session="anonymous"]').waitFor();
  await researcher.getByRole('link', { name: 'Sign in' }).click();
  await researcher.getByLabel('Email').fill('aliya@steppe-poly.kz');
  await researcher.getByLabel('Password').fill('Wrong-password-1');
  await researcher.getByRole('button', { name: 'Sign in' }).last().click();
  t.equal(await researcher.getByRole('alert').textContent(), 'The email or the password is wrong.', 'a wrong password is refused plainly');
  await researcher.getByLabel('Password').fill('Steppe-Poly-2026-saxaul');
  await researcher.getByRole('button', { name: 'Sign in' }).last().click();
  await researcher.waitForURL('**/profile');
  await researcher.locator('.organisation-name').waitFor();

  // The session survives a reload (silent refresh from the httpOnly cookie).
  await researcher.reload();
  await researcher.locator('.organisation-name').waitFor();
  t.equal(await researcher.locator('[data-session]').first().getAttribute('data-session'), 'signed-in', 'still signed in after a reload');

  // An admin, in another browser, verifies the university.
  const adminPage = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await signInThroughUi(adminPage, baseUrl, admin.user.email, TEST_PASSWORD);
  await adminPage.getByRole('link', { name: 'Administration' }).click();
  const [university] = await app.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(sql`${organisations.name}->>'en' = 'Steppe Polytechnic University'`);
  const row = adminPage.locator(`[data-organisation="${university!.id}"]`);
  await row.getByLabel('Reason').fill('Licence checked in the state register');
  await row.getByRole('button', { name: 'Verify' }).click();
  await adminPage.getByRole('button', { name: 'Verified' }).click();
  await adminPage.locator(`[data-organisation="${university!.id}"] .badge[data-verified="true"]`).waitFor();
  t.equal(await adminPage.locator(`[data-organisation="${university!.id}"] .badge`).textContent(), 'Verified', 'the admin sees it verified');

  // The researcher sees it verified, in Kazakh too.
  await researcher.reload();
  await researcher.locator('.organisation-card .badge[data-verified="true"]').waitFor();
  t.equal(await researcher.locator('.organisation-card .badge').textContent(), 'Verified', 'the researcher sees it verified');
  await researcher.getByRole('button', { name: 'Қазақша' }).click();
  t.equal(await researcher.locator('.organisation-card .badge').textContent(), 'Тексерілген', 'and in Kazakh');
  t.equal(await researcher.locator('.organisation-name').textContent(), 'Дала политехникалық университеті', 'with its Kazakh name');
});
