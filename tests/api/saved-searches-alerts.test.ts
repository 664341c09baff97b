import t from 'tap';
import type { Test } from 'tap';
import { and, count, eq } from 'drizzle-orm';
import { backgroundJobs, notifications, savedSearchAlerts } from '@kopir/db';
import { labSchema, needSchema, notificationListSchema, savedSearchSchema } from '@kopir/shared';
import { buildApp, matchSavedSearches, systemContext, type App } from '@kopir/server';
import { labInput, needInput } from '../harness/catalogue.ts';
import { createUser } from '../harness/factories.ts';
import { createTestApp, testConfig, waitFor } from '../harness/test-app.ts';

type User = Awaited<ReturnType<typeof createUser>>;

const post = async (app: App, user: User, url: string, payload: Record<string, unknown>) =>
  (await app.inject({ method: 'POST', url: `/api/v1${url}`, headers: { authorization: user.authorization }, payload })).json();

const saveSearch = async (app: App, user: User, payload: Record<string, unknown>) =>
  savedSearchSchema.parse(await post(app, user, '/my/saved-searches', { name: 'Hydrogen', kind: 'labs', query: { q: 'hydrogen' }, ...payload }));

/** The saved-search notifications in a person's inbox. */
const alertsOf = async (app: App, user: User) =>
  notificationListSchema
    .parse((await app.inject({ method: 'GET', url: '/api/v1/notifications', headers: { authorization: user.authorization } })).json())
    .items.filter((item) => item.kind === 'saved_search_match');

/** Works the background jobs until none is left (a job waiting for the search index comes back after its backoff). */
async function settleJobs(app: App) {
  await waitFor(
    'the saved-search jobs to be done',
    async () => {
      await app.backgroundJobs.drainOnce();
      return (await app.backgroundJobs.queueState()).pending === 0;
    },
    30_000,
  );
}

async function searchableApp(t: Test) {
  const app = await createTestApp(t, { searchOutboxWorker: true });
  await app.ready();
  await app.searchSettingsApplied;
  return app;
}

t.test('a saved labs search alerts its owner once when a fitting lab is published, never for one that does not fit or their own', async (t) => {
  const app = await searchableApp(t);
  const company = await createUser(app, 'company');
  const researcher = await createUser(app, 'researcher');
  const colleague = await createUser(app, 'researcher', { organisationId: researcher.user.organisationId! });
  const search = await saveSearch(app, company, {});
  const colleagueSearch = await saveSearch(app, colleague, { name: 'Our hydrogen' });

  const lab = labSchema.parse(await post(app, researcher, '/labs', labInput()));
  labSchema.parse(
    await post(
      app,
      researcher,
      '/labs',
      labInput({
        name: { en: 'Folk music archive' },
        description: { en: 'Recordings of dombra music.' },
        sectors: ['R'],
        capabilities: [],
        researchFields: ['6.4'],
      }),
    ),
  );
  t.ok((await app.db.select().from(backgroundJobs).where(eq(backgroundJobs.kind, 'match_saved_searches'))).length >= 2, 'each publication queued a check');
  await settleJobs(app);

  const told = await alertsOf(app, company);
  t.equal(told.length, 1, 'the company is told once, of the fitting lab only');
  t.match(
    told[0]?.payload,
    { savedSearchId: search.id, searchName: 'Hydrogen', labId: lab.id, labName: { en: 'Hydrogen Energy Laboratory' } },
    'naming the lab and the search',
  );
  t.same(await alertsOf(app, colleague), [], 'nobody is alerted to their own organisation’s lab');
  const [colleagueAlerts] = await app.db.select({ n: count() }).from(savedSearchAlerts).where(eq(savedSearchAlerts.savedSearchId, colleagueSearch.id));
  t.equal(colleagueAlerts?.n, 0, 'nor is an alert recorded for them');

  // A change to the lab queues another check: it is in the results already, so nobody is told again.
  const edit = await app.inject({
    method: 'PATCH',
    url: `/api/v1/labs/${lab.id}`,
    headers: { authorization: researcher.authorization },
    payload: { description: { en: 'PEM electrolysis for green hydrogen, now with a 100 kW test bench.' } },
  });
  t.equal(edit.statusCode, 200, 'the lab is edited');
  await settleJobs(app);
  t.equal((await alertsOf(app, company)).length, 1, 'still one notification after the lab changed');
  const [alerts] = await app.db.select({ n: count() }).from(savedSearchAlerts).where(eq(savedSearchAlerts.savedSearchId, search.id));
  t.equal(alerts?.n, 1, 'and one alert row');

  // A lab changed into the results alerts then.
  const music = labSchema.parse(
    await post(app, researcher, '/labs', labInput({ name: { en: 'Acoustics lab' }, description: { en: 'Room acoustics.' }, capabilities: [] })),
  );
  await settleJobs(app);
  t.equal((await alertsOf(app, company)).length, 1, 'a lab outside the results alerts nobody');
  await app.inject({
    method: 'PATCH',
    url: `/api/v1/labs/${music.id}`,
    headers: { authorization: researcher.authorization },
    payload: { description: { en: 'Room acoustics of hydrogen storage halls.' } },
  });
  await settleJobs(app);
  t.match(
    (await alertsOf(app, company)).map((item) => 'labId' in item.payload && item.payload.labId),
    [music.id, lab.id],
    'a lab changed so that it enters the results alerts its owner',
  );
});

t.test('a saved needs search is told of a fitting public need, never of a confidential one', async (t) => {
  const app = await searchableApp(t);
  const company = await createUser(app, 'company');
  const researcher = await createUser(app, 'researcher');
  await saveSearch(app, researcher, { name: 'Electrolysers', kind: 'needs', query: { q: 'electrolyser' } });
  // The confidential need's words are in its title (which search shows) and in its text (which it does not).
  const secret = needSchema.parse(
    await post(
      app,
      company,
      '/needs',
      needInput({ title: 'Confidential electrolyser', visibility: 'confidential', description: { en: 'Secret K-77 electrolyser' } }),
    ),
  );
  const open = needSchema.parse(await post(app, company, '/needs', needInput()));
  await settleJobs(app);
  const told = await alertsOf(app, researcher);
  t.equal(told.length, 1, 'one alert');
  t.match(told[0]?.payload, { needId: open.id, needTitle: open.title }, 'about the public need');
  const [aboutSecret] = await app.db
    .select({ n: count() })
    .from(savedSearchAlerts)
    .where(and(eq(savedSearchAlerts.entityKind, 'need'), eq(savedSearchAlerts.entityId, secret.id)));
  t.equal(aboutSecret?.n, 0, 'the confidential need is recorded for nobody');
  t.notMatch(JSON.stringify(told), /K-77/, 'and nothing of its text reaches anyone');
});

t.test('two workers on one database, each running its pollers, alert exactly once', async (t) => {
  const first = await createTestApp(t, { searchOutboxWorker: true, backgroundWorkers: true });
  await first.ready();
  await first.searchSettingsApplied;
  const second = await buildApp(testConfig(first.config.databaseUrl, { backgroundWorkers: true, meilisearch: first.config.meilisearch }));
  t.teardown(() => second.close());
  await second.ready();

  const researcher = await createUser(first, 'researcher');
  const people = await Promise.all([createUser(first, 'company'), createUser(first, 'company'), createUser(first, 'researcher')]);
  for (const person of people) await saveSearch(first, person, {});
  const lab = labSchema.parse(await post(first, researcher, '/labs', labInput()));
  // The same lab queued many times over, as retries, edits and a crash between them could leave it.
  await first.db
    .insert(backgroundJobs)
    .values(Array.from({ length: 6 }, () => ({ kind: 'match_saved_searches' as const, payload: { kind: 'lab', id: lab.id, version: '1' } })));

  await waitFor(
    'every check to be done',
    async () => (await first.db.select().from(backgroundJobs).where(eq(backgroundJobs.kind, 'match_saved_searches'))).length === 0,
    30_000,
  );
  const [alerts] = await first.db.select({ n: count() }).from(savedSearchAlerts);
  t.equal(alerts?.n, people.length, 'one alert per saved search');
  const [told] = await first.db.select({ n: count() }).from(notifications).where(eq(notifications.kind, 'saved_search_match'));
  t.equal(told?.n, people.length, 'one notification per saved search, however many workers and jobs ran');
  for (const person of people) t.equal((await alertsOf(second, person)).length, 1, 'each owner sees exactly one');
});

t.test('two workers running the same check at the same moment insert one alert', async (t) => {
  const first = await searchableApp(t);
  const second = await buildApp(testConfig(first.config.databaseUrl, { meilisearch: first.config.meilisearch }));
  t.teardown(() => second.close());
  const researcher = await createUser(first, 'researcher');
  const company = await createUser(first, 'company');
  await saveSearch(first, company, {});
  const lab = labSchema.parse(await post(first, researcher, '/labs', labInput()));
  await waitFor('the lab indexed', async () => (await first.inject({ method: 'GET', url: '/api/v1/labs?q=hydrogen' })).json<{ total: number }>().total === 1);
  await first.db.delete(backgroundJobs);
  // Two workers' connections run the check at once, each in its own transaction.
  const check = (app: App) =>
    app.db.transaction((tx) =>
      matchSavedSearches({
        ctx: systemContext(
          { db: tx, search: app.meilisearch, taxonomy: app.taxonomy, now: app.clock, publicUrl: app.config.publicUrl },
          'match-saved-searches',
        ),
        input: { kind: 'lab', id: lab.id, version: 1 },
      }),
    );
  const told = await Promise.all([check(first), check(second)]);
  t.same(told.sort(), [0, 1], 'one worker tells the owner; the other finds the alert taken');
  t.equal((await alertsOf(first, company)).length, 1, 'the owner is told once');
});
