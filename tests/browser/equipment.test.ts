import axe from 'axe-core';
import t from 'tap';
import type { Page } from 'playwright-core';
import { bookingListSchema, instrumentSchema } from '@kopir/shared';
import { launchBrowser, signInThroughUi } from '../harness/browser.ts';
import { instrumentInput } from '../harness/catalogue.ts';
import { createUser, TEST_PASSWORD } from '../harness/factories.ts';
import { serveTestApp } from '../harness/served-app.ts';
import { waitFor } from '../harness/test-app.ts';

/** axe-core's serious and critical findings on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const runner = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; impact?: string | null }[] }> } }).axe;
    return (await runner.run(document)).violations;
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id);
}

const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

t.test('a company books an instrument found by search, and the centre accepts it', async (t) => {
  const { app, baseUrl } = await serveTestApp(t, { searchOutboxWorker: true });
  const company = await createUser(app, 'company');
  const researcher = await createUser(app, 'researcher');
  const instrument = instrumentSchema.parse(
    (await app.inject({ method: 'POST', url: '/api/v1/instruments', headers: { authorization: researcher.authorization }, payload: instrumentInput() })).json(),
  );
  await waitFor(
    'the instrument searchable',
    async () => (await app.inject({ method: 'GET', url: '/api/v1/instruments' })).json<{ total: number }>().total === 1,
  );

  const browser = await launchBrowser(t);
  const page = await (await browser.newContext({ locale: 'en-GB', viewport: { width: 390, height: 844 } })).newPage();
  await signInThroughUi(page, baseUrl, company.user.email, TEST_PASSWORD);

  // Found by search, from the keyboard, on a phone.
  await page.goto(`${baseUrl}/equipment`);
  const words = page.getByLabel('Instrument, method or model');
  await words.focus();
  await page.keyboard.type('X-ray diffraction');
  await page.keyboard.press('Enter');
  await page.waitForURL('**/equipment?q=X-ray+diffraction');
  const hit = page.getByRole('link', { name: 'Bruker D8 Advance' });
  await hit.waitFor();
  t.notOk(await scrollsSideways(page), 'the equipment search fits a 390 px phone');
  t.same(await seriousViolations(page), [], 'the equipment search is axe-clean');
  await hit.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/instruments/${instrument.id}`);

  // The booking request.
  await page.getByRole('heading', { name: 'Request a booking' }).waitFor();
  t.same(await seriousViolations(page), [], 'the instrument page with its booking form is axe-clean');
  const inAWeek = new Date(Date.now() + 5 * 3_600_000 + 7 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('First day').fill(inAWeek);
  await page.getByLabel('Message').fill('Ten powder samples of copper ore');
  await page.getByLabel('Message').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL('**/bookings/*');
  await page.getByRole('status').filter({ hasText: 'requested' }).waitFor();
  t.pass('the company sees its request, waiting for the centre');
  const sent = bookingListSchema.parse(
    (await app.inject({ method: 'GET', url: '/api/v1/bookings', headers: { authorization: company.authorization } })).json(),
  );
  t.match(sent.items, [{ instrument: { id: instrument.id }, startsOn: inAWeek, status: 'requested' }], 'the request is stored as sent');

  // The centre's researcher accepts it from her list.
  const centre = await (await browser.newContext({ locale: 'en-GB', viewport: { width: 390, height: 844 } })).newPage();
  await signInThroughUi(centre, baseUrl, researcher.user.email, TEST_PASSWORD);
  await centre.goto(`${baseUrl}/bookings`);
  await centre.getByRole('link', { name: 'Bruker D8 Advance' }).click();
  await centre.getByLabel('Reason (optional)').fill('Bring the samples dried');
  await centre.getByRole('button', { name: 'Accept' }).click();
  await centre.getByRole('status').filter({ hasText: 'accepted' }).waitFor();
  t.same(await seriousViolations(centre), [], 'the booking page is axe-clean');
  t.notOk(await scrollsSideways(centre), 'and fits a phone');

  await page.reload();
  await page.getByRole('status').filter({ hasText: 'accepted' }).waitFor();
  t.ok(await page.getByText('Bring the samples dried').isVisible(), 'the company reads the answer and its reason');
});
