import t from 'tap';
import { launchBrowser } from '../harness/browser.ts';
import { everyPage, kazakhPage, openPage, type Visitor } from '../harness/every-page.ts';
import { serveTestApp } from '../harness/served-app.ts';
import { sidewaysOverflow as overflow } from '../harness/language-sweep.ts';

const phone = { width: 390, height: 844 };

t.test('on a 390 px phone, in Kazakh, no page scrolls sideways, with the menu closed or open', async (t) => {
  const { app, baseUrl } = await serveTestApp(t, { searchOutboxWorker: true });
  const { paths, emails } = await everyPage(app);
  const browser = await launchBrowser(t);
  for (const visitor of Object.keys(paths) as Visitor[]) {
    const page = await kazakhPage(browser, baseUrl, visitor, emails, phone);
    const menu = page.locator('.menu-button');
    for (const path of paths[visitor]) {
      await openPage(page, path);
      t.equal(await overflow(page), 0, `${visitor}: ${path} fits the phone`);
      await menu.click();
      t.equal(await overflow(page), 0, `${visitor}: ${path} fits with the menu open`);
      await menu.click();
    }
    await page.context().close();
  }
});

t.test('the phone menu: a button that says whether it is open, follows the keyboard, and closes on Escape and on navigation', async (t) => {
  const { baseUrl } = await serveTestApp(t);
  const browser = await launchBrowser(t);
  const page = await (await browser.newContext({ locale: 'kk-KZ', viewport: phone })).newPage();
  await page.goto(`${baseUrl}/`);
  const menu = page.getByRole('button', { name: 'Мәзір' });
  const openData = page.getByRole('link', { name: 'Ашық деректер', exact: true });
  t.equal(await menu.getAttribute('aria-expanded'), 'false', 'closed at first');
  t.notOk(await openData.isVisible(), 'the navigation is folded away');

  await menu.focus();
  await page.keyboard.press('Enter');
  t.equal(await menu.getAttribute('aria-expanded'), 'true', 'Enter opens it');
  t.ok(await openData.isVisible(), 'every link is on screen');
  await page.keyboard.press('Tab');
  t.equal(await page.evaluate(() => document.activeElement?.textContent), 'Басты бет', 'Tab goes on into the menu');
  await page.keyboard.press('Escape');
  t.equal(await menu.getAttribute('aria-expanded'), 'false', 'Escape closes it');
  t.ok(await menu.evaluate((button) => button === document.activeElement), 'and gives focus back to the button');

  await menu.click();
  await openData.click();
  await page.waitForURL('**/open-data');
  t.equal(await menu.getAttribute('aria-expanded'), 'false', 'following a link closes it');
  t.ok(await page.getByRole('link', { name: 'Жүйе күйі' }).isVisible(), 'System status is in the footer, always reachable');

  // On the search page the filters fold under one line, so the results come first.
  await page.goto(`${baseUrl}/labs`);
  const filters = page.locator('details.facets-fold');
  await filters.waitFor();
  t.notOk(await filters.evaluate((details) => (details as HTMLDetailsElement).open), 'the filters are folded');
  const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
  const fold = await box('details.facets-fold');
  t.ok((await box('.results')).y - (fold.y + fold.height) < 30, 'the results start right under the folded filters');
  await filters.locator('summary').click();
  t.ok(await page.locator('[data-name="capabilities"], .facets .choice').first().isVisible(), 'a tap unfolds them');
});
