import axe from 'axe-core';
import t from 'tap';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../harness/browser.ts';
import { labInput } from '../harness/catalogue.ts';
import { everyPage, kazakhPage, openPage, type Visitor } from '../harness/every-page.ts';
import { createUser } from '../harness/factories.ts';
import { serveTestApp } from '../harness/served-app.ts';
import { waitFor } from '../harness/test-app.ts';

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * axe-core's serious and critical findings on the page as it is now, one line each, and headings
 * out of order (moderate for axe, but a screen reader's outline of the page).
 */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol: the app's CSP rightly refuses an inline script tag.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical' || violation.id === 'heading-order')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

t.test('axe-core finds nothing serious or critical on any page, for every role, on a desktop and on a phone with its menu open', async (t) => {
  const { app, baseUrl } = await serveTestApp(t, { searchOutboxWorker: true });
  const { paths, emails } = await everyPage(app);
  const browser = await launchBrowser(t);
  for (const visitor of Object.keys(paths) as Visitor[]) {
    const page = await kazakhPage(browser, baseUrl, visitor, emails, { width: 1280, height: 900 });
    for (const path of paths[visitor]) {
      await openPage(page, path);
      t.same(await seriousViolations(page), [], `${visitor}: ${path}`);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('.menu-button').click();
    for (const path of paths[visitor].slice(0, 3)) {
      await openPage(page, path);
      t.same(await seriousViolations(page), [], `${visitor}: ${path} on a phone`);
    }
    await page.context().close();
  }
});

t.test('a skip link leads past the header; every route change moves focus to the page heading and names the page in the title', async (t) => {
  const { baseUrl } = await serveTestApp(t);
  const browser = await launchBrowser(t);
  const page = await (await browser.newContext({ locale: 'kk-KZ' })).newPage();
  await page.goto(`${baseUrl}/sign-in`);
  await page.locator('main h1').waitFor();
  t.equal(await page.title(), 'Көпірге кіру — Көпір', 'the title names the page, in Kazakh');

  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  t.ok(await skip.evaluate((link) => link === document.activeElement), 'the first Tab reaches the skip link');
  t.equal(await skip.textContent(), 'Негізгі мазмұнға өту', 'which speaks Kazakh');
  t.ok(await skip.isVisible(), 'and shows itself');
  await page.keyboard.press('Enter');
  t.equal(await page.evaluate(() => document.activeElement?.id), 'main', 'Enter moves focus to the main content');
  await page.keyboard.press('Tab');
  t.equal(
    await page.evaluate(() => document.activeElement?.getAttribute('name') ?? document.activeElement?.tagName),
    'email',
    'the next Tab is the email field',
  );

  // A link followed in the page: focus goes to the new page's heading, the title follows.
  await page.getByRole('navigation', { name: 'Негізгі навигация' }).getByRole('link', { name: 'Зертханалар' }).click();
  await page.waitForURL('**/labs');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  t.equal(await page.evaluate(() => document.activeElement?.textContent), 'Зертхана іздеу', 'the search heading has focus');
  t.equal(await page.title(), 'Зертхана іздеу — Көпір', 'and the title says where we are');

  // A page loaded on demand (its code comes with the first visit) gets focus too.
  await page.getByRole('link', { name: 'Ашық деректер' }).click();
  await page.waitForURL('**/open-data');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1' && location.pathname === '/open-data');
  t.match(await page.title(), /— Көпір$/, 'open data has its title');

  // Back in history counts as a route change.
  await page.goBack();
  await page.waitForURL('**/labs');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1' && location.pathname === '/labs');
  t.equal(await page.evaluate(() => document.activeElement?.textContent), 'Зертхана іздеу', 'going back focuses the heading of the page we return to');
  t.equal(await page.title(), 'Зертхана іздеу — Көпір', 'and its title comes back');

  // Switching the language renames the page without moving focus.
  await page.getByRole('button', { name: 'Русский' }).click();
  t.equal(await page.title(), 'Поиск лабораторий — Көпір', 'the title follows the language');
  t.equal(await page.getAttribute('nav[aria-label]:first-of-type', 'aria-label'), 'Основная навигация', 'landmarks are named in the reader’s language');
});

t.test('search results are reached by Tab: each one’s heading links to its page, and a button unfolds it', async (t) => {
  const { app, baseUrl } = await serveTestApp(t, { searchOutboxWorker: true });
  const researcher = await createUser(app, 'researcher');
  await app.inject({ method: 'POST', url: '/api/v1/labs', headers: { authorization: researcher.authorization }, payload: labInput() });
  await waitFor('the lab indexed', async () => (await app.inject({ method: 'GET', url: '/api/v1/labs' })).json<{ total: number }>().total === 1);
  const browser = await launchBrowser(t);
  const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await page.goto(`${baseUrl}/labs`);
  const toggle = page.locator('.hit .hit-toggle');
  await toggle.waitFor();

  await page.getByRole('searchbox').focus();
  let reached = false;
  for (let presses = 0; presses < 40 && !reached; presses++) {
    await page.keyboard.press('Tab');
    reached = await toggle.evaluate((button) => button === document.activeElement);
  }
  t.ok(reached, 'Tab from the search box reaches the result');
  t.equal(await toggle.getAttribute('aria-expanded'), 'false', 'folded at first');
  t.equal(await page.getByRole('heading', { level: 2, name: 'Hydrogen Energy Laboratory' }).count(), 1, 'its name is a heading under the page heading');
  t.equal(await toggle.textContent(), 'Show more', 'the button says what it does');
  await page.keyboard.press('Enter');
  t.equal(await toggle.getAttribute('aria-expanded'), 'true', 'Enter unfolds it');
  t.equal(await toggle.textContent(), 'Show less', 'and then says it folds');
  const link = page.getByRole('link', { name: 'Hydrogen Energy Laboratory' });
  t.match(await link.getAttribute('href'), /^\/labs\/[0-9a-f-]{36}$/, 'the heading links to the lab’s page');
});
