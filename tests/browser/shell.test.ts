import t from 'tap';
import { launchBrowser } from '../harness/browser.ts';
import { serveTestApp } from '../harness/served-app.ts';

t.test('the shell loads, switches language, and remembers the choice', async (t) => {
  const { baseUrl } = await serveTestApp(t);
  const browser = await launchBrowser(t);
  // A Russian-speaking browser gets the Russian interface before choosing anything.
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();

  await page.goto(`${baseUrl}/`);
  const heading = page.locator('h1');
  t.equal(await heading.textContent(), 'Найдите лабораторию, которая решит вашу задачу, и задачу, которую решит ваша лаборатория', 'Russian at first');
  t.equal(await page.getAttribute('html', 'lang'), 'ru', 'the document says it is Russian');

  await page.getByRole('button', { name: 'Қазақша' }).click();
  t.equal(await heading.textContent(), 'Мәселеңізді шешетін зертхананы және зертханаңыз шеше алатын мәселені табыңыз', 'Kazakh after the switch');
  t.equal(await page.getAttribute('html', 'lang'), 'kk', 'lang follows');
  t.equal(await page.getAttribute('button[data-locale="kk"]', 'aria-pressed'), 'true', 'the chosen language shows as pressed');

  await page.reload();
  t.equal(await heading.textContent(), 'Мәселеңізді шешетін зертхананы және зертханаңыз шеше алатын мәселені табыңыз', 'still Kazakh after a reload');

  await page.getByRole('button', { name: 'English' }).click();
  t.equal(await page.locator('nav a[href="/status"]').textContent(), 'System status', 'navigation is translated too');
});

t.test('the status page shows the API readiness in the chosen language', async (t) => {
  const { baseUrl } = await serveTestApp(t);
  const browser = await launchBrowser(t);
  const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();

  await page.goto(`${baseUrl}/`);
  await page.getByRole('link', { name: 'System status' }).click();
  const summary = page.locator('.status-summary[data-state="true"]');
  await summary.waitFor();
  t.equal(await summary.textContent(), 'Ready: everything works', 'ready, in English');
  t.equal(await page.locator('tr[data-ok="true"]').count(), 3, 'PostgreSQL, migrations and Meilisearch all OK');

  await page.getByRole('button', { name: 'Русский' }).click();
  t.equal(await summary.textContent(), 'Готово: всё работает', 'and in Russian');
});
