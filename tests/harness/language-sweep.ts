import type { Page } from 'playwright-core';
import type { Test } from 'tap';
import { collaborationEvents, labs, needs, organisations, users } from '@kopir/db';
import type { Locale } from '@kopir/shared';
import type { App } from '@kopir/server';
import { launchBrowser } from './browser.ts';
import { everyPage, openPage, pageIn, type Visitor } from './every-page.ts';
import { assertNoEnglish, recordServerMessages } from './no-english.ts';

/**
 * What people typed into the database: names, titles, descriptions and notes of every organisation,
 * lab, need, person and collaboration step. They are the users' words in whatever language the
 * users chose (the factories write English), not the interface's, so the English check skips them.
 */
async function typedData(app: App): Promise<string[]> {
  const texts = (value: unknown) => (typeof value === 'string' ? [value] : Object.values((value ?? {}) as Record<string, string>));
  const [orgRows, labRows, needRows, userRows, eventRows] = await Promise.all([
    app.db.select({ name: organisations.name, city: organisations.city, shortName: organisations.shortName }).from(organisations),
    app.db
      .select({ name: labs.name, description: labs.description, keywords: labs.keywords, equipment: labs.equipment, contactName: labs.contactName })
      .from(labs),
    app.db.select({ title: needs.title, description: needs.description }).from(needs),
    app.db.select({ fullName: users.fullName }).from(users),
    app.db.select({ note: collaborationEvents.note }).from(collaborationEvents),
  ]);
  const all = [
    ...orgRows.flatMap((row) => [...texts(row.name), row.city ?? '', row.shortName ?? '']),
    ...labRows.flatMap((row) => [...texts(row.name), ...texts(row.description), ...row.keywords, ...row.equipment, row.contactName ?? '']),
    ...needRows.flatMap((row) => [row.title, ...texts(row.description)]),
    ...userRows.map((row) => row.fullName),
    ...eventRows.flatMap((row) => (row.note ? [row.note] : [])),
  ];
  // Longest first, so a name is removed whole before a shorter name inside it.
  return [...new Set(all.filter(Boolean))].sort((a, b) => b.length - a.length);
}

/**
 * How far the page reaches past the window, in CSS pixels (0 when nothing scrolls sideways), and
 * the innermost elements that stick out, to say where to look.
 */
export const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => {
    const past = document.documentElement.scrollWidth - window.innerWidth;
    if (past <= 0) return 0;
    const out = Array.from(document.querySelectorAll('body *')).filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5);
    const innermost = out.filter((element) => !out.some((other) => other !== element && element.contains(other)));
    return `${past}px: ${innermost
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
      .join(', ')}`;
  });

const textFields =
  'input:not([type]), input[type="text"], input[type="email"], input[type="password"], input[type="number"], input[type="date"], input[type="url"], input[type="tel"], textarea';

/**
 * Submits every form on the page with its text fields emptied, the most common mistake there is,
 * and checks what the page then says. A form that is valid empty (a confirmation) is submitted
 * too: whatever it answers must be in the reader's language as well.
 */
async function provokeForms(page: Page, path: string, check: (where: string) => Promise<void>): Promise<number> {
  const forms = page.locator('main form');
  const count = await forms.count();
  let provoked = 0;
  for (let index = 0; index < count; index++) {
    // A submission may have moved on (a saved form opens its result): come back for the next form.
    if (new URL(page.url()).pathname !== path) await openPage(page, path);
    const form = forms.nth(index);
    const submit = form.locator('button[type="submit"], button:not([type])').first();
    if (!(await form.isVisible()) || (await submit.count()) === 0 || !(await submit.isEnabled())) continue;
    const fields = form.locator(textFields);
    for (let field = 0; field < (await fields.count()); field++) {
      const input = fields.nth(field);
      if ((await input.isVisible()) && (await input.isEditable())) await input.fill('');
    }
    await submit.click();
    // The form's answer: a field's error, the form's alert, or the page it led to.
    await page
      .waitForFunction(() => document.querySelector('main .error, main [role="alert"], main [data-state="loading"]') !== null, undefined, { timeout: 3_000 })
      .catch(() => undefined);
    await page.waitForFunction(() => document.querySelector('main [data-state="loading"]') === null, undefined, { timeout: 10_000 });
    await check(`${path}, form ${index + 1} sent with its fields empty`);
    provoked++;
  }
  return provoked;
}

/**
 * Every page of the web client in `locale`, for every visitor (anonymous and each role), with every
 * form's errors provoked: no English sentence and no Latin-script word outside codes and acronyms.
 * On a phone viewport, no page may scroll sideways either. A sweep takes some of the visitors, so
 * the visitors are shared out between test files that run side by side within a file's time limit.
 */
export async function sweepEveryPage(
  t: Test,
  app: App,
  baseUrl: string,
  locale: Locale,
  viewport: { width: number; height: number },
  visitors: readonly Visitor[],
): Promise<void> {
  const { paths, emails } = await everyPage(app);
  const data = await typedData(app);
  const browser = await launchBrowser(t);
  const phone = viewport.width < 800;
  let forms = 0;
  for (const visitor of visitors) {
    const page = await pageIn(browser, baseUrl, visitor, emails, viewport, locale);
    const server = recordServerMessages(page);
    const check = (where: string) => assertNoEnglish(t, page, server, `${locale}, ${visitor}: ${where}`, data);
    for (const path of paths[visitor]) {
      await openPage(page, path);
      await check(path);
      if (phone) t.equal(await sidewaysOverflow(page), 0, `${locale}, ${visitor}: ${path} fits a ${viewport.width} px screen`);
      forms += await provokeForms(page, path, check);
    }
    await page.context().close();
  }
  t.ok(forms >= visitors.length, `every form was sent with its fields empty (${forms} forms)`);
}
