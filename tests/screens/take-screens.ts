// `pnpm screens`: the README's screenshots, taken afresh from the product with its demo data, in
// Kazakh, on a phone (390 px) and a desktop (1280 px). Run by hand after a visible change; not
// part of the suite (it writes into docs/screens/).
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { and, desc, eq } from 'drizzle-orm';
import { collaborations, needs, organisations } from '@kopir/db';
import { loadDemoDataIfEmpty } from '@kopir/server';
import { launchBrowser } from '../harness/browser.ts';
import { openPage, pageIn } from '../harness/every-page.ts';
import { createUser } from '../harness/factories.ts';
import { serveTestApp } from '../harness/served-app.ts';
import { waitFor } from '../harness/test-app.ts';

const screensDir = fileURLToPath(new URL('../../docs/screens/', import.meta.url));
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

t.test('screenshots of the main pages in Kazakh', async (t) => {
  const { app, baseUrl } = await serveTestApp(t, { searchOutboxWorker: true });
  await loadDemoDataIfEmpty(app.db);
  // A demo collaboration under way, and the company whose need it is: its R&D lead takes the pictures.
  const [under] = await app.db
    .select({ id: collaborations.id, needId: needs.id, organisationId: needs.organisationId })
    .from(collaborations)
    .innerJoin(needs, eq(needs.id, collaborations.needId))
    .where(and(eq(collaborations.status, 'contracted'), eq(needs.visibility, 'public')))
    .orderBy(desc(collaborations.updatedAt))
    .limit(1);
  if (!under) throw new Error('the demo data has no contracted collaboration on a public need');
  const [company] = await app.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, under.organisationId));
  const lead = await createUser(app, 'company', { organisationId: company!.id, locale: 'kk' });
  const official = await createUser(app, 'ministry', { locale: 'kk' });
  // Matches and search read the index: wait until the outbox has delivered the demo catalogue.
  await waitFor(
    'the demo labs are searchable',
    async () => (await app.inject({ method: 'GET', url: `/api/v1/labs?q=${encodeURIComponent('сутегі')}` })).json<{ total: number }>().total > 0,
    120_000,
  );

  const emails = { company: lead.user.email, ministry: official.user.email };
  const shots: { name: string; visitor: 'anonymous' | 'company' | 'ministry'; path: string }[] = [
    { name: 'home', visitor: 'anonymous', path: '/' },
    { name: 'search', visitor: 'anonymous', path: `/labs?q=${encodeURIComponent('сутегі')}` },
    { name: 'need-matches', visitor: 'company', path: `/my/needs/${under.needId}` },
    { name: 'collaboration', visitor: 'company', path: `/collaborations/${under.id}` },
    { name: 'dashboard', visitor: 'ministry', path: '/dashboard' },
  ];
  await mkdir(screensDir, { recursive: true });
  const browser = await launchBrowser(t);
  for (const [size, viewport] of Object.entries(viewports)) {
    for (const visitor of ['anonymous', 'company', 'ministry'] as const) {
      const page = await pageIn(browser, baseUrl, visitor, emails, viewport, 'kk');
      for (const shot of shots.filter((one) => one.visitor === visitor)) {
        await openPage(page, shot.path);
        // Charts and match lists draw after their data: let them settle before the picture.
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(600);
        const file = `${screensDir}${shot.name}-${size}.png`;
        await page.screenshot({ path: file, fullPage: true });
        t.comment(`docs/screens/${shot.name}-${size}.png: ${shot.path} at ${viewport.width} px`);
      }
      await page.context().close();
    }
  }
});
