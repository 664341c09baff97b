import type { Browser, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { labs, needs } from '@kopir/db';
import { collaborationSchema, labSchema, needSchema, questionSchema, type Locale, type UserRole } from '@kopir/shared';
import type { App } from '@kopir/server';
import { signInThroughUi } from './browser.ts';
import { labInput, needInput } from './catalogue.ts';
import { generateCollaborations } from './collaborations.ts';
import { createUser, TEST_PASSWORD } from './factories.ts';
import { waitFor } from './test-app.ts';

export type Visitor = 'anonymous' | UserRole;

/**
 * One of each role with something to show on every page: a researcher's lab, a company's need
 * matched to it and a collaboration between them, last year's collaborations for the dashboard
 * and the reports, a stale lab and a need its deadline closed. Returns the paths each visitor can
 * open (every route of the web client, the pages of that lab, need and their organisations included).
 */
export async function everyPage(app: App): Promise<{ paths: Record<Visitor, string[]>; emails: Record<UserRole, string> }> {
  const year = new Date().getUTCFullYear() - 1;
  await generateCollaborations(app, { year, count: 24, regions: ['KZ-71', 'KZ-75'] });
  const researcher = await createUser(app, 'researcher');
  const company = await createUser(app, 'company');
  const region = await createUser(app, 'region', { regionCode: 'KZ-71' });
  const ministry = await createUser(app, 'ministry');
  const admin = await createUser(app, 'admin');
  const post = async (url: string, authorization: string, payload: Record<string, unknown>) =>
    (await app.inject({ method: 'POST', url: `/api/v1/${url}`, headers: { authorization }, payload })).json();
  const lab = labSchema.parse(await post('labs', researcher.authorization, labInput()));
  const need = needSchema.parse(await post('needs', company.authorization, needInput()));
  const collaboration = collaborationSchema.parse(await post('collaborations', company.authorization, { needId: need.id, labId: lab.id }));
  // A conversation: the company's question about the lab, answered, and a word in the collaboration's thread.
  const question = questionSchema.parse(
    await post('questions', company.authorization, { subject: 'lab', labId: lab.id, body: 'Сынақты 80 °C-та жасай аласыз ба?' }),
  );
  await post(`questions/${question.id}/messages`, researcher.authorization, { body: 'Иә, 120 °C-қа дейін.' });
  await post(`collaborations/${collaboration.id}/messages`, researcher.authorization, { body: 'Келісімшарт жобасын жібереміз.' });
  await waitFor('the lab indexed', async () => (await app.inject({ method: 'GET', url: '/api/v1/labs' })).json<{ total: number }>().total > 0);
  // The listings' life on show: the lab a year unedited (a badge in search, a notice on its page),
  // a need its deadline closed and one due in three days; the sweep tells their people.
  const expired = needSchema.parse(await post('needs', company.authorization, needInput({ title: 'A need whose deadline passed' })));
  const dueSoon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  await post('needs', company.authorization, needInput({ title: 'A need due in three days', deadlineOn: dueSoon }));
  await app.db.update(needs).set({ deadlineOn: '2020-06-30' }).where(eq(needs.id, expired.id));
  await app.db
    .update(labs)
    .set({ updatedAt: new Date(Date.now() - 400 * 86_400_000) })
    .where(eq(labs.id, lab.id));
  await app.sweepListings();
  await waitFor('the lab stale in search', async () =>
    (await app.inject({ method: 'GET', url: '/api/v1/labs' })).json<{ hits: { stale: boolean }[] }>().hits.some((hit) => hit.stale),
  );

  const listings = [`/labs/${lab.id}`, `/needs/${need.id}`, `/organisations/${lab.organisation.id}`, `/organisations/${need.organisation.id}`];
  const everyone = ['/', '/labs', '/needs', ...listings, '/open-data', '/status', '/no-such-page'];
  const signedIn = [...everyone, '/profile', '/notifications'];
  return {
    emails: {
      researcher: researcher.user.email,
      company: company.user.email,
      region: region.user.email,
      ministry: ministry.user.email,
      admin: admin.user.email,
    },
    paths: {
      anonymous: [...everyone, '/sign-in', '/sign-up', '/reset-password', '/verify-email'],
      researcher: [
        ...signedIn,
        '/my/shortlist',
        '/my/saved-searches',
        '/my/labs',
        '/my/labs/new',
        `/my/labs/${lab.id}`,
        '/questions',
        `/questions/${question.id}`,
        '/collaborations',
        `/collaborations/${collaboration.id}`,
      ],
      company: [
        ...signedIn,
        '/my/shortlist',
        '/my/saved-searches',
        '/my/needs',
        '/my/needs/new',
        `/my/needs/${need.id}`,
        `/my/needs/${expired.id}`,
        '/questions',
        `/questions/${question.id}`,
        '/collaborations',
        `/collaborations/${collaboration.id}`,
      ],
      region: [...signedIn, '/dashboard', '/reports', `/reports/regions/KZ-71/${year}`],
      ministry: [...signedIn, '/dashboard', '/reports', `/reports/national/${year}`, `/reports/regions/KZ-75/${year}`],
      admin: [...signedIn, '/admin', '/second-factor'],
    },
  };
}

/**
 * A page in `locale` for the visitor, signed in through the form where it is a person. Later pages
 * open through the client's router (as a click on a link does), not a reload, so one sign-in
 * serves them all and the refresh limit is never near.
 */
export async function pageIn(
  browser: Browser,
  baseUrl: string,
  visitor: Visitor,
  emails: Partial<Record<UserRole, string>>,
  viewport: { width: number; height: number },
  locale: Locale,
): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', viewport });
  const page = await context.newPage();
  if (visitor === 'anonymous') await page.goto(`${baseUrl}/`);
  else {
    const email = emails[visitor];
    if (!email) throw new Error(`no account given for the ${visitor}`);
    await signInThroughUi(page, baseUrl, email, TEST_PASSWORD);
  }
  // The language switch is behind the menu button on a phone; the remembered choice is the same.
  await page.evaluate((chosen) => localStorage.setItem('kopir.locale', chosen), locale);
  await page.reload();
  await page.locator(`[data-session="${visitor === 'anonymous' ? 'anonymous' : 'signed-in'}"]`).waitFor({ state: 'attached' });
  return page;
}

/** The same in Kazakh, the language most pages are checked in. */
export const kazakhPage = (
  browser: Browser,
  baseUrl: string,
  visitor: Visitor,
  emails: Record<UserRole, string>,
  viewport: { width: number; height: number },
) => pageIn(browser, baseUrl, visitor, emails, viewport, 'kk');

/** Opens `path` through the router and waits until its heading is drawn and nothing is loading. */
export async function openPage(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    document.querySelector('main h1')?.setAttribute('data-left', '');
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  // A page that keeps its heading under a new address (one report, then another) keeps the mark.
  await page.waitForFunction(() => document.querySelector('main h1:not([data-left])') !== null, undefined, { timeout: 5_000 }).catch(() => undefined);
  await page.waitForFunction(() => document.querySelector('main [data-state="loading"]') === null, undefined, { timeout: 10_000 });
  // Charts draw in the next frames; give them one more.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}
