import axe from 'axe-core';
import t from 'tap';
import type { Page } from 'playwright-core';
import { labSchema, needSchema } from '@kopir/shared';
import { launchBrowser } from '../harness/browser.ts';
import { labInput, needInput } from '../harness/catalogue.ts';
import { openPage, pageIn } from '../harness/every-page.ts';
import { createUser } from '../harness/factories.ts';
import { sidewaysOverflow } from '../harness/language-sweep.ts';
import { serveTestApp } from '../harness/served-app.ts';

/** axe-core's serious and critical findings inside the panel (the rest of the page has its own test). */
async function panelViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[] };
    const run = (window as unknown as { axe: { run: (context: Element) => Promise<Result> } }).axe.run;
    const { violations } = await run(document.querySelector('.listing-stats')!);
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
}

t.test('the owner of a lab sees what happened to it: totals and a chart over time, by keyboard, on a phone, in Kazakh too', async (t) => {
  const { app, baseUrl } = await serveTestApp(t);
  const researcher = await createUser(app, 'researcher');
  const company = await createUser(app, 'company');
  const lab = labSchema.parse(
    (await app.inject({ method: 'POST', url: '/api/v1/labs', headers: { authorization: researcher.authorization }, payload: labInput() })).json(),
  );
  const need = needSchema.parse(
    (await app.inject({ method: 'POST', url: '/api/v1/needs', headers: { authorization: company.authorization }, payload: needInput() })).json(),
  );
  await app.inject({ method: 'GET', url: `/api/v1/labs/${lab.id}`, headers: { authorization: company.authorization } });
  await app.inject({ method: 'GET', url: `/api/v1/labs/${lab.id}`, headers: { 'user-agent': 'a reader' }, remoteAddress: '10.9.0.1' });
  await app.inject({
    method: 'POST',
    url: '/api/v1/collaborations',
    headers: { authorization: company.authorization },
    payload: { needId: need.id, labId: lab.id },
  });
  await app.flushListingStats();

  const browser = await launchBrowser(t);
  const page = await pageIn(browser, baseUrl, 'researcher', { researcher: researcher.user.email }, { width: 1280, height: 900 }, 'en');
  await openPage(page, `/my/labs/${lab.id}`);
  const panel = page.getByRole('region', { name: 'What happened' });
  await panel.waitFor();
  const total = (measure: string) => panel.locator(`[data-measure="${measure}"] dd`).textContent();
  t.equal(await total('views'), '2', 'two readers from outside the organisation (its own researcher’s visit is not one)');
  t.equal(await total('invitationsReceived'), '1', 'the company’s invitation');
  t.equal(await total('questions'), '0', 'questions, none until they exist');
  t.equal(await panel.locator('.figure-table tbody tr').count(), 30, 'the last 30 days, one row a day, under the chart');
  t.ok(await panel.locator('canvas').isVisible(), 'the chart is drawn');
  t.same(await panelViolations(page), [], 'axe finds nothing serious in the panel');

  // By keyboard: the period is a select reached with Tab, changed with the arrow keys.
  const period = panel.getByLabel('Period');
  await period.focus();
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.querySelectorAll('.listing-stats .figure-table tbody tr').length === 90);
  t.equal(await period.inputValue(), '90', 'the arrow key chose the next period');
  t.equal(await panel.locator('.figure-table tbody tr').count(), 90, 'and the table shows 90 days');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  t.ok(await period.evaluate((select) => select === document.activeElement), 'Tab comes back to it');

  await page.setViewportSize({ width: 390, height: 844 });
  t.equal(await sidewaysOverflow(page), 0, 'on a 390 px phone nothing scrolls sideways');
  t.same(await panelViolations(page), [], 'nor does axe find anything on the phone');

  await page.evaluate(() => localStorage.setItem('kopir.locale', 'kk'));
  await page.reload();
  await page.locator('.listing-stats[data-state="ready"]').waitFor();
  t.equal(await page.locator('#listing-stats-heading').textContent(), 'Не болды', 'the heading in Kazakh');
  t.equal(await page.locator('.listing-stats [data-measure="views"] dt').textContent(), 'Қаралымдар', 'and the measures');
  t.equal(await sidewaysOverflow(page), 0, 'Kazakh’s longer words fit the phone too');
  t.same(await panelViolations(page), [], 'axe finds nothing serious in Kazakh on the phone');
});
