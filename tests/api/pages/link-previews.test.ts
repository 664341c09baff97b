import { fileURLToPath } from 'node:url';
import t from 'tap';
import { labSchema, needSchema, organisationListingsSchema } from '@kopir/shared';
import { labInput, needInput } from '../../harness/catalogue.ts';
import { createUser } from '../../harness/factories.ts';
import { createTestApp } from '../../harness/test-app.ts';

const webDistDir = fileURLToPath(new URL('../../../web/dist', import.meta.url));
type App = Awaited<ReturnType<typeof createTestApp>>;

/** The Open Graph and description tags of a page, by name, as a link unfurler reads them. */
function headOf(html: string): Record<string, string | undefined> {
  const head: Record<string, string | undefined> = {};
  for (const [, key, value] of html.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)"/g)) head[key!] = value!;
  head.title = html.match(/<title>([^<]*)<\/title>/)?.[1];
  head.lang = html.match(/<html[^>]*\slang="([^"]+)"/)?.[1];
  return head;
}

async function page(app: App, url: string, headers: Record<string, string> = {}) {
  const response = await app.inject({ method: 'GET', url, headers });
  return { status: response.statusCode, type: response.headers['content-type'], html: response.body, head: headOf(response.body) };
}

async function createLab(app: App, authorization: string, overrides: Record<string, unknown> = {}) {
  const response = await app.inject({ method: 'POST', url: '/api/v1/labs', headers: { authorization }, payload: labInput(overrides) });
  return labSchema.parse(response.json());
}

async function createNeed(app: App, authorization: string, overrides: Record<string, unknown> = {}) {
  const response = await app.inject({ method: 'POST', url: '/api/v1/needs', headers: { authorization }, payload: needInput(overrides) });
  return needSchema.parse(response.json());
}

t.test('a lab’s page answers with a head that previews it, in the reader’s language', async (t) => {
  const app = await createTestApp(t, { webDistDir });
  const researcher = await createUser(app, 'researcher');
  const lab = await createLab(app, researcher.authorization, {
    name: { en: 'Hydrogen Energy Laboratory', ru: 'Лаборатория водородной энергетики' },
    description: { en: `Alkaline electrolysis. ${'Stack testing and coatings. '.repeat(20)}`, ru: 'Щелочной электролиз и испытания стеков.' },
    regionCode: 'KZ-71',
  });

  const english = await page(app, `/labs/${lab.id}`, { 'accept-language': 'en-GB,en;q=0.9' });
  t.equal(english.status, 200, 'the page');
  t.match(english.type, /text\/html/, 'as HTML');
  t.match(english.html, /<div id="app">/, 'with the web client that draws it');
  t.match(english.head['og:title'], /^Hydrogen Energy Laboratory — /, 'og:title names the lab first');
  t.equal(english.head.title, english.head['og:title'], 'the document title is the same');
  t.match(english.head['og:description'], /^Astana\. Alkaline electrolysis\./, 'og:description starts with its region and its text');
  t.ok(english.head['og:description']!.length <= 200, 'a long description is cut to fit a preview');
  t.match(english.head['og:description'], /…$/, 'and says so');
  t.match(english.head['og:url'], new RegExp(`^https?://[^/]+/labs/${lab.id}$`), 'og:url is the page’s absolute address');
  t.equal(english.head['og:type'], 'profile', 'a lab is a profile');
  t.equal(english.head['og:locale'], 'en_GB', 'its locale');
  t.equal(english.head.lang, 'en', 'the page is marked as English');
  t.equal((english.html.match(/<title>/g) ?? []).length, 1, 'one title, the built page’s own replaced');
  t.equal((english.html.match(/name="description"/g) ?? []).length, 1, 'one description');

  const russian = await page(app, `/labs/${lab.id}`, { 'accept-language': 'ru' });
  t.match(russian.head['og:title'], /^Лаборатория водородной энергетики — /, 'a Russian reader gets the Russian name');
  t.equal(russian.head.lang, 'ru', 'and a Russian page');
  const kazakh = await page(app, `/labs/${lab.id}?lang=kk`, { 'accept-language': 'ru' });
  t.equal(kazakh.head['og:locale'], 'kk_KZ', '?lang= wins over the header');
  t.match(kazakh.head['og:description'], /^Астана\./, 'the region in Kazakh');
  t.match(kazakh.head['og:title'], /Көпір$/, 'the product’s Kazakh name');
  const unknownLanguage = await page(app, `/labs/${lab.id}?lang=xx`);
  t.equal(unknownLanguage.status, 200, 'a language Kopir does not speak is no error');
});

t.test('what people write is escaped in the head, never markup', async (t) => {
  const app = await createTestApp(t, { webDistDir });
  const researcher = await createUser(app, 'researcher');
  const lab = await createLab(app, researcher.authorization, { name: { en: 'Lab "X" <script>alert(1)</script> & Co' } });
  const { html, head } = await page(app, `/labs/${lab.id}`);
  t.notMatch(html, /<script>alert/, 'no script from a name');
  t.match(head['og:title'], /^Lab &quot;X&quot; &lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; Co — /, 'quotes, angle brackets and ampersands escaped');
});

t.test('a hidden lab, a missing one or a malformed address previews nothing', async (t) => {
  const app = await createTestApp(t, { webDistDir });
  const researcher = await createUser(app, 'researcher');
  const hidden = await createLab(app, researcher.authorization, { name: { en: 'Secret Optics Lab' }, status: 'hidden' });
  for (const [what, url, headers] of [
    ['a hidden lab', `/labs/${hidden.id}`, {}],
    ['a hidden lab, asked for by its own researcher', `/labs/${hidden.id}`, { authorization: researcher.authorization }],
    ['a lab that does not exist', '/labs/00000000-0000-4000-8000-000000000000', {}],
    ['a malformed id', '/labs/not-a-uuid', {}],
    ['a need that does not exist', '/needs/00000000-0000-4000-8000-000000000000', {}],
    ['an organisation that does not exist', '/organisations/00000000-0000-4000-8000-000000000000', {}],
  ] as const) {
    const answer = await page(app, url, headers);
    t.equal(answer.status, 404, `${what}: 404`);
    t.match(answer.html, /<div id="app">/, `${what}: the web client still draws its “not found”`);
    t.match(answer.head.title, /^Page not found/, `${what}: a generic title`);
    t.notMatch(answer.html, /Secret Optics/, `${what}: nothing of the lab`);
  }
});

t.test('a confidential need previews only what its search hit shows, whoever unfurls the link', async (t) => {
  const app = await createTestApp(t, { webDistDir });
  const company = await createUser(app, 'company');
  const researcher = await createUser(app, 'researcher');
  const ministry = await createUser(app, 'ministry');
  const lab = await createLab(app, researcher.authorization);
  const organisation = (await app.inject({ method: 'GET', url: `/api/v1/organisations/${company.user.organisationId}` })).json<{
    name: { en?: string; ru?: string };
  }>();
  const companyName = organisation.name.en ?? organisation.name.ru!;
  const need = await createNeed(app, company.authorization, {
    title: 'Catalyst ageing study',
    visibility: 'confidential',
    sectors: ['C'],
    description: { en: 'Composition X-17 of our proprietary catalyst degrades above 450 °C.' },
  });
  // The company invites the lab: the lab now reads the need in full through the API.
  const invitation = await app.inject({
    method: 'POST',
    url: '/api/v1/collaborations',
    headers: { authorization: company.authorization },
    payload: { needId: need.id, labId: lab.id },
  });
  t.equal(invitation.statusCode, 201, 'the lab is invited');

  for (const [who, authorization] of [
    ['anonymous', undefined],
    ['the invited lab', researcher.authorization],
    ['the owner', company.authorization],
    ['the ministry', ministry.authorization],
  ] as const) {
    const { status, html, head } = await page(app, `/needs/${need.id}`, authorization ? { authorization } : {});
    t.equal(status, 200, `${who}: the page`);
    t.equal(head['og:title'], 'Catalyst ageing study · Kopir', `${who}: its title, as search shows it`);
    t.match(head['og:description'], /^Confidential R&amp;D need/, `${who}: said to be confidential`);
    t.match(head['og:description'], /Manufacturing/, `${who}: its sector`);
    t.notMatch(html, /X-17/, `${who}: never its text`);
    t.notOk(html.includes(companyName), `${who}: never its company`);
    t.equal(head['og:type'], 'article', `${who}: a need is an article`);
  }
});

t.test('a public need previews its company and text', async (t) => {
  const app = await createTestApp(t, { webDistDir });
  const company = await createUser(app, 'company');
  const need = await createNeed(app, company.authorization, {
    title: 'Wind-fed electrolyser',
    description: { ru: 'Нужен партнёр для испытаний электролизёра.' },
  });
  const { head } = await page(app, `/needs/${need.id}`, { 'accept-language': 'ru' });
  t.equal(head['og:title'], 'Wind-fed electrolyser · Көпір', 'its title');
  t.match(head['og:description'], /^Запрос НИОКР компании .+\. Отрасли: Электроснабжение/, 'who posted it and its sector, in Russian');
  t.match(head['og:description'], /Нужен партнёр для испытаний электролизёра\.$/, 'and its text');
});

t.test('an organisation’s page lists its active labs and open public needs, never a confidential need', async (t) => {
  const app = await createTestApp(t, { webDistDir });
  const researcher = await createUser(app, 'researcher');
  const company = await createUser(app, 'company');
  const active = await createLab(app, researcher.authorization, { name: { en: 'Active Lab' } });
  await createLab(app, researcher.authorization, { name: { en: 'Hidden Lab' }, status: 'hidden' });
  const open = await createNeed(app, company.authorization, { title: 'Open public need' });
  const confidential = await createNeed(app, company.authorization, { title: 'Confidential need', visibility: 'confidential' });
  const closed = await createNeed(app, company.authorization, { title: 'Closed public need' });
  const closing = await app.inject({
    method: 'PATCH',
    url: `/api/v1/needs/${closed.id}`,
    headers: { authorization: company.authorization },
    payload: { status: 'closed' },
  });
  t.equal(closing.statusCode, 200, 'one need is closed');

  const listings = async (organisationId: string, authorization?: string) => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/organisations/${organisationId}/listings`,
      ...(authorization && { headers: { authorization } }),
    });
    t.equal(response.statusCode, 200, 'listings answer');
    return organisationListingsSchema.parse(response.json());
  };
  const university = await listings(researcher.user.organisationId!);
  t.same(
    university.labs.map((lab) => lab.id),
    [active.id],
    'the university lists its active lab only',
  );
  for (const [who, authorization] of [
    ['anonymous', undefined],
    ['the company itself', company.authorization],
  ] as const) {
    const seen = await listings(company.user.organisationId!, authorization);
    t.same(
      seen.needs.map((need) => need.id),
      [open.id],
      `${who}: the open public need only — neither the closed one nor the confidential one`,
    );
    t.notMatch(JSON.stringify(seen), new RegExp(confidential.id), `${who}: the confidential need is not even named`);
  }
  const missing = await app.inject({ method: 'GET', url: '/api/v1/organisations/00000000-0000-4000-8000-000000000000/listings' });
  t.equal(missing.statusCode, 404, 'an unknown organisation is 404');

  const preview = await page(app, `/organisations/${researcher.user.organisationId}`);
  t.equal(preview.status, 200, 'the organisation’s page');
  t.match(preview.head['og:description'], /^University · .+ · Labs: 1$/, 'its kind, place and count of active labs');
  t.match(preview.head['og:url'], /\/organisations\/[0-9a-f-]{36}$/, 'its address');
});
