import t from 'tap';
import { sql } from 'drizzle-orm';
import { buildApp, type App } from '@kopir/server';
import { labSchema, listingStatsSchema, needSchema, type ListingStats } from '@kopir/shared';
import { labInput, needInput } from '../harness/catalogue.ts';
import { createUser } from '../harness/factories.ts';
import { checkConformance } from '../harness/openapi-conformance.ts';
import { createTestApp, createTestDatabase, deleteIndexes, testConfig, waitFor } from '../harness/test-app.ts';

type User = Awaited<ReturnType<typeof createUser>>;

async function createLab(app: App, owner: User, overrides: Record<string, unknown> = {}) {
  const response = await app.inject({ method: 'POST', url: '/api/v1/labs', headers: { authorization: owner.authorization }, payload: labInput(overrides) });
  return labSchema.parse(response.json());
}

async function createNeed(app: App, owner: User, overrides: Record<string, unknown> = {}) {
  const response = await app.inject({ method: 'POST', url: '/api/v1/needs', headers: { authorization: owner.authorization }, payload: needInput(overrides) });
  return needSchema.parse(response.json());
}

/** The listing's statistics as its owner reads them, after this app wrote what it counted. */
async function statsOf(app: App, owner: User, kind: 'lab' | 'need', id: string, query = ''): Promise<ListingStats> {
  await app.flushListingStats();
  const response = await app.inject({ method: 'GET', url: `/api/v1/${kind}s/${id}/stats${query}`, headers: { authorization: owner.authorization } });
  if (response.statusCode !== 200) throw new Error(`stats answered ${response.statusCode}: ${response.body}`);
  return listingStatsSchema.parse(response.json());
}

const read = (app: App, url: string, headers: Record<string, string>, remoteAddress = '127.0.0.1') =>
  app.inject({ method: 'GET', url, headers, remoteAddress });

t.test('a view is a read by someone outside the organisation, once per reader and day', async (t) => {
  let now = new Date('2026-12-04T10:00:00Z');
  const app = await createTestApp(t, {}, { clock: () => now });
  const researcher = await createUser(app, 'researcher');
  const colleague = await createUser(app, 'researcher', { organisationId: researcher.user.organisationId! });
  const company = await createUser(app, 'company');
  const ministry = await createUser(app, 'ministry');
  const admin = await createUser(app, 'admin');
  const lab = await createLab(app, researcher);
  const url = `/api/v1/labs/${lab.id}`;

  for (const reader of [researcher, colleague, ministry, admin]) {
    t.equal((await read(app, url, { authorization: reader.authorization })).statusCode, 200, `${reader.user.role} reads the lab`);
  }
  t.equal((await statsOf(app, researcher, 'lab', lab.id)).totals.views, 0, 'the organisation’s own reads, the ministry’s and an admin’s are no views');

  for (let time = 0; time < 3; time += 1) await read(app, url, { authorization: company.authorization });
  t.equal((await statsOf(app, researcher, 'lab', lab.id)).totals.views, 1, 'a signed-in reader counts once a day, however often they read');

  await read(app, url, { 'user-agent': 'Firefox' }, '10.0.0.1');
  await read(app, url, { 'user-agent': 'Firefox' }, '10.0.0.1');
  t.equal((await statsOf(app, researcher, 'lab', lab.id)).totals.views, 2, 'an anonymous reader counts, once, by address and browser');
  await read(app, url, { 'user-agent': 'Chromium' }, '10.0.0.1');
  await read(app, url, { 'user-agent': 'Firefox' }, '10.0.0.2');
  t.equal((await statsOf(app, researcher, 'lab', lab.id)).totals.views, 4, 'another browser or another address is another reader');

  const stored = await app.db.execute<{ reader: Buffer }>(sql`select reader from listing_stats_readers`);
  t.ok(
    stored.every((row) => !row.reader.toString('latin1').includes('10.0.0.1') && row.reader.length === 32),
    'readers are kept as keyed hashes, never their address',
  );

  now = new Date('2026-12-05T10:00:00Z');
  await read(app, url, { authorization: company.authorization });
  await read(app, url, { 'user-agent': 'Firefox' }, '10.0.0.1');
  const twoDays = await statsOf(app, researcher, 'lab', lab.id, '?days=2');
  t.same(
    twoDays.days.map((day) => [day.day, day.views]),
    [
      ['2026-12-04', 4],
      ['2026-12-05', 2],
    ],
    'the next day in Kazakhstan the same readers count again, each day on its own row',
  );
  t.equal(twoDays.totals.views, 6, 'the totals add up the days');

  now = new Date('2026-12-05T20:00:00Z');
  await read(app, url, { authorization: company.authorization });
  t.equal((await statsOf(app, researcher, 'lab', lab.id, '?days=1')).days[0]?.day, '2026-12-06', '20:00 UTC is already the next day in Kazakhstan');
});

t.test('a need’s views count its company out, and a confidential need read in part counts too', async (t) => {
  const app = await createTestApp(t);
  const company = await createUser(app, 'company');
  const colleague = await createUser(app, 'company', { organisationId: company.user.organisationId! });
  const researcher = await createUser(app, 'researcher');
  const need = await createNeed(app, company, { visibility: 'confidential' });
  const url = `/api/v1/needs/${need.id}`;
  await read(app, url, { authorization: colleague.authorization });
  await read(app, url, { authorization: researcher.authorization });
  await read(app, url, {}, '10.1.1.1');
  t.equal((await statsOf(app, company, 'need', need.id)).totals.views, 2, 'the researcher and the anonymous reader, not the colleague');

  // Other reads of the same verb are not the page: a shortlist lists the need without a view.
  await app.inject({ method: 'PUT', url: `/api/v1/my/shortlist/need/${need.id}`, headers: { authorization: researcher.authorization } });
  const other = await createUser(app, 'researcher');
  await app.inject({ method: 'PUT', url: `/api/v1/my/shortlist/need/${need.id}`, headers: { authorization: other.authorization } });
  await app.inject({ method: 'GET', url: '/api/v1/my/shortlist', headers: { authorization: other.authorization } });
  t.equal((await statsOf(app, company, 'need', need.id)).totals.views, 2, 'keeping it on a shortlist and reading the shortlist are no views');
});

t.test('two replicas on one database add up, and closing writes what a replica still held', async (t) => {
  const database = await createTestDatabase(t);
  // Counted only when flushed by hand or on close: the timer never fires during the test.
  const config = testConfig(database, { listingStatsFlushMs: 600_000 });
  const first = await buildApp(config);
  const second = await buildApp(config);
  checkConformance(t, first);
  checkConformance(t, second);
  let secondOpen = true;
  t.teardown(async () => {
    await first.close();
    if (secondOpen) await second.close();
    await deleteIndexes(config.meilisearch.indexPrefix);
  });
  const researcher = await createUser(first, 'researcher');
  const lab = await createLab(first, researcher);
  const company = await createUser(first, 'company');
  const url = `/api/v1/labs/${lab.id}`;

  await read(first, url, { authorization: company.authorization });
  await read(second, url, { authorization: company.authorization });
  await read(first, url, { 'user-agent': 'Safari' }, '10.2.0.1');
  await read(second, url, { 'user-agent': 'Safari' }, '10.2.0.2');
  await second.flushListingStats();
  t.equal((await statsOf(first, researcher, 'lab', lab.id)).totals.views, 3, 'one reader on two replicas is one view; two readers are two');

  await read(second, url, { 'user-agent': 'Safari' }, '10.2.0.3');
  await second.close();
  secondOpen = false;
  t.equal((await statsOf(first, researcher, 'lab', lab.id)).totals.views, 4, 'a replica that closes writes what it counted first');
});

t.test('proposals and invitations received are counted with the collaboration, exactly', async (t) => {
  const app = await createTestApp(t, { listingStatsFlushMs: 600_000 });
  const researcher = await createUser(app, 'researcher');
  const company = await createUser(app, 'company');
  const lab = await createLab(app, researcher);
  const otherLab = await createLab(app, researcher, { name: { en: 'Second lab' } });
  const need = await createNeed(app, company);
  const start = (who: User, labId: string) =>
    app.inject({ method: 'POST', url: '/api/v1/collaborations', headers: { authorization: who.authorization }, payload: { needId: need.id, labId } });

  t.equal((await start(company, lab.id)).statusCode, 201, 'the company invites the lab');
  t.equal((await start(company, lab.id)).statusCode, 409, 'a second invitation of the same pair is refused');
  t.equal((await start(researcher, otherLab.id)).statusCode, 201, 'the other lab proposes to the need');

  // Read straight from the table, before any flush: these counts never wait in memory.
  const rows = await app.db.execute<{ kind: string; listing_id: string; proposals_received: number; invitations_received: number }>(
    sql`select kind, listing_id, proposals_received, invitations_received from listing_stats order by kind`,
  );
  t.same(
    rows.map((row) => [row.kind, row.listing_id, row.invitations_received, row.proposals_received]),
    [
      ['lab', lab.id, 1, 0],
      ['need', need.id, 0, 1],
    ],
    'one invitation to the lab, one proposal to the need, none for the refused attempt, written in the same transaction',
  );
  t.match((await statsOf(app, company, 'need', need.id)).totals, { proposalsReceived: 1, invitationsReceived: 0, questions: 0 }, 'the need’s company reads it');
  t.match((await statsOf(app, researcher, 'lab', lab.id)).totals, { invitationsReceived: 1, proposalsReceived: 0 }, 'the lab’s researchers read theirs');
});

t.test('search results and match lists count the listings on the page actually returned', async (t) => {
  const app = await createTestApp(t, { searchOutboxWorker: true });
  await app.ready();
  await app.searchSettingsApplied;
  const researcher = await createUser(app, 'researcher');
  const company = await createUser(app, 'company');
  const ministry = await createUser(app, 'ministry');
  const labs = [await createLab(app, researcher), await createLab(app, researcher, { name: { en: 'Hydrogen Storage Laboratory' } })];
  const need = await createNeed(app, company);
  await waitFor(
    'both labs and the need indexed',
    async () => {
      const found = (await app.inject({ method: 'GET', url: '/api/v1/labs?q=hydrogen' })).json<{ total: number }>();
      const needs = (await app.inject({ method: 'GET', url: '/api/v1/needs?q=electrolyser' })).json<{ total: number }>();
      return found.total === 2 && needs.total === 1;
      // A busy machine indexes slowly.
    },
    60_000,
  );
  // What waitFor's own searches counted is not the test's: start from zero.
  await app.flushListingStats();
  await app.db.execute(sql`update listing_stats set search_appearances = 0`);

  const page = (await app.inject({ method: 'GET', url: '/api/v1/labs?q=hydrogen&pageSize=1' })).json<{ hits: { id: string }[] }>();
  t.equal(page.hits.length, 1, 'a page of one result');
  await app.inject({ method: 'GET', url: '/api/v1/labs?q=hydrogen', headers: { authorization: ministry.authorization } });
  await app.inject({ method: 'GET', url: '/api/v1/labs?q=hydrogen', headers: { authorization: researcher.authorization } });
  const shown = page.hits[0]!.id;
  const hidden = labs.find((lab) => lab.id !== shown)!.id;
  t.equal(
    (await statsOf(app, researcher, 'lab', shown)).totals.searchAppearances,
    1,
    'the lab on the page appeared once (the ministry’s search is oversight, its own researcher’s not an appearance)',
  );
  t.equal((await statsOf(app, researcher, 'lab', hidden)).totals.searchAppearances, 0, 'the one on the next page did not appear');

  await app.inject({ method: 'GET', url: '/api/v1/needs?q=electrolyser', headers: { authorization: researcher.authorization } });
  t.equal((await statsOf(app, company, 'need', need.id)).totals.searchAppearances, 1, 'a need found in search appeared once');

  const matches = await app.inject({ method: 'GET', url: `/api/v1/needs/${need.id}/matches?limit=1`, headers: { authorization: company.authorization } });
  t.equal(matches.statusCode, 200, 'the company reads its need’s matches');
  const matched = matches.json<{ matches: { lab: { id: string } }[] }>().matches.map((match) => match.lab.id);
  t.equal(matched.length, 1, 'one match asked for');
  t.equal((await statsOf(app, researcher, 'lab', matched[0]!)).totals.matchesShown, 1, 'the matched lab was shown once in the company’s list');
  t.equal((await statsOf(app, researcher, 'lab', labs.find((lab) => lab.id !== matched[0])!.id)).totals.matchesShown, 0, 'the lab past the limit was not');

  const labMatches = await app.inject({ method: 'GET', url: `/api/v1/labs/${labs[0]!.id}/matches`, headers: { authorization: researcher.authorization } });
  t.equal(labMatches.statusCode, 200, 'a researcher reads her lab’s matches');
  const needShown = labMatches.json<{ matches: { need: { id: string } }[] }>().matches.some((match) => match.need.id === need.id);
  t.equal(
    (await statsOf(app, company, 'need', need.id)).totals.matchesShown,
    needShown ? 1 : 0,
    'the need counts as shown exactly when it was in the lab’s list',
  );
  t.ok(needShown, 'and it was');
});

t.test('a flush that fails keeps its counts for the next one', async (t) => {
  const app = await createTestApp(t, { listingStatsFlushMs: 600_000 });
  const researcher = await createUser(app, 'researcher');
  const lab = await createLab(app, researcher);
  await read(app, `/api/v1/labs/${lab.id}`, { 'user-agent': 'Opera' }, '10.3.0.1');
  await app.db.execute(sql`alter table listing_stats rename to listing_stats_away`);
  await t.rejects(app.flushListingStats(), 'the write fails while the table is away');
  await read(app, `/api/v1/labs/${lab.id}`, { 'user-agent': 'Opera' }, '10.3.0.2');
  await app.db.execute(sql`alter table listing_stats_away rename to listing_stats`);
  t.equal((await statsOf(app, researcher, 'lab', lab.id)).totals.views, 2, 'the next flush writes the failed one’s view and its own');
});
