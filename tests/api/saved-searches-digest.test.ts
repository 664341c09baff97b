import t from 'tap';
import { and, count, eq, isNull } from 'drizzle-orm';
import { digestUnsubscribeTokens, emailOutbox, savedSearchAlerts } from '@kopir/db';
import { labSchema, needSchema, savedSearchListSchema, savedSearchSchema } from '@kopir/shared';
import { buildApp, type App } from '@kopir/server';
import { labInput, needInput } from '../harness/catalogue.ts';
import { createUser } from '../harness/factories.ts';
import { latestEmailTo } from '../harness/mail.ts';
import { createTestApp, testConfig } from '../harness/test-app.ts';

type User = Awaited<ReturnType<typeof createUser>>;

const post = async (app: App, user: User | undefined, url: string, payload: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: `/api/v1${url}`, ...(user && { headers: { authorization: user.authorization } }), payload });

async function saveSearch(app: App, user: User, payload: Record<string, unknown>) {
  return savedSearchSchema.parse(
    (await post(app, user, '/my/saved-searches', { name: 'Hydrogen', kind: 'labs', query: { q: 'hydrogen' }, ...payload })).json(),
  );
}

/** An alert as the match job leaves it (the job itself is tested in saved-searches-alerts.test.ts). */
const alert = (app: App, savedSearchId: string, entityKind: 'lab' | 'need', entityId: string) =>
  app.db.insert(savedSearchAlerts).values({ savedSearchId, entityKind, entityId });

const emailsTo = async (app: App, address: string) => app.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, address));

// 2026-12-07 is a Monday. Digests go out from 08:00 in Kazakhstan (UTC+5), weekly ones on Mondays.
const at = (iso: string) => new Date(iso);

t.test('the digest lists the new results once per period, in the reader’s language, with links and a working unsubscribe link', async (t) => {
  let now = at('2026-12-08T04:00:00Z'); // Tuesday, 09:00 in Astana
  const app = await createTestApp(t, {}, { clock: () => now });
  const researcher = await createUser(app, 'researcher');
  const company = await createUser(app, 'company', { locale: 'ru' });
  const reader = await createUser(app, 'researcher', { locale: 'kk' });
  const daily = await saveSearch(app, company, { name: 'Водород' });
  const weekly = await saveSearch(app, reader, { name: 'Сұраныстар', kind: 'needs', query: { q: 'electrolyser' }, digest: 'weekly' });
  const lab = labSchema.parse(
    (await post(app, researcher, '/labs', labInput({ name: { en: 'Hydrogen Energy Laboratory', ru: 'Лаборатория водородной энергетики' } }))).json(),
  );
  const need = needSchema.parse((await post(app, company, '/needs', needInput())).json());
  await alert(app, daily.id, 'lab', lab.id);
  await alert(app, weekly.id, 'need', need.id);

  t.match(await app.sendSavedSearchDigests(), { sent: 1 }, 'on a Tuesday only the daily digest is due');
  const [email, ...more] = await emailsTo(app, company.user.email);
  t.equal(more.length, 0, 'one email to the company');
  t.match(email?.subject, /новое в ваших сохранённых поисках за день/, 'in Russian, the reader’s language');
  t.match(email?.body, 'Лаборатория водородной энергетики — «Водород»', 'naming the lab in Russian and the search it entered');
  t.match(email?.body, `http://kopir.test/labs/${lab.id}`, 'with an absolute link to the lab’s page');
  t.match(email?.html, `href="http://kopir.test/labs/${lab.id}"`, 'in the HTML part too');
  t.match(email?.body, 'http://kopir.test/my/saved-searches', 'and to the saved searches');
  const token = email?.body.match(/http:\/\/kopir\.test\/unsubscribe#token=([\w-]+)/)?.[1];
  t.ok(token, 'with an unsubscribe link');
  t.same(await emailsTo(app, reader.user.email), [], 'the weekly reader waits for Monday');

  t.match(await app.sendSavedSearchDigests(), { sent: 0 }, 'running again the same day sends nothing');
  const lab2 = labSchema.parse((await post(app, researcher, '/labs', labInput({ name: { en: 'Second hydrogen lab' } }))).json());
  await alert(app, daily.id, 'lab', lab2.id);
  t.match(await app.sendSavedSearchDigests(), { sent: 0 }, 'a result found after today’s digest waits for tomorrow’s');
  now = at('2026-12-09T02:00:00Z'); // Wednesday, 07:00 in Astana: not yet
  t.match(await app.sendSavedSearchDigests(), { sent: 0 }, 'the next digest is not due before 08:00');
  now = at('2026-12-09T03:30:00Z');
  t.match(await app.sendSavedSearchDigests(), { sent: 1 }, 'and goes out after it');
  const second = await latestEmailTo(app, company.user.email);
  t.match(second?.body, `/labs/${lab2.id}`, 'listing the new lab');
  t.notMatch(second?.body, `/labs/${lab.id}`, 'and not the one listed already');

  now = at('2026-12-14T04:00:00Z'); // Monday
  t.match(await app.sendSavedSearchDigests(), { sent: 1 }, 'on Monday the weekly digest goes out');
  const kazakh = await latestEmailTo(app, reader.user.email);
  t.match(kazakh?.subject, /сақталған іздеулеріңіздегі апталық жаңалықтар/, 'in Kazakh');
  t.match(kazakh?.body, `http://kopir.test/needs/${need.id}`, 'linking the need’s page');
  const [undigested] = await app.db.select({ n: count() }).from(savedSearchAlerts).where(isNull(savedSearchAlerts.digestedAt));
  t.equal(undigested?.n, 0, 'every alert is marked with its digest');

  // The unsubscribe link, without signing in.
  const [stored] = await app.db.select().from(digestUnsubscribeTokens).where(eq(digestUnsubscribeTokens.userId, company.user.id));
  t.not(stored?.tokenHash, token, 'the token is stored only as its hash');
  const unsubscribe = await post(app, undefined, '/saved-searches/unsubscribe', { token: token! });
  t.equal(unsubscribe.statusCode, 200, 'the link works signed out');
  t.same(unsubscribe.json(), { turnedOff: 1 }, 'turning the digest off');
  const again = await post(app, undefined, '/saved-searches/unsubscribe', { token: token! });
  t.same([again.statusCode, again.json()], [200, { turnedOff: 0 }], 'following it again changes nothing and is no error');
  const list = savedSearchListSchema.parse(
    (await app.inject({ method: 'GET', url: '/api/v1/my/saved-searches', headers: { authorization: company.authorization } })).json(),
  );
  t.same(
    list.items.map((item) => item.digest),
    ['off'],
    'the saved search sends no more digests',
  );
  t.equal((await saveSearch(app, reader, { name: 'Untouched' })).digest, 'daily', 'another person’s searches are untouched');
  const bad = await post(app, undefined, '/saved-searches/unsubscribe', { token: 'x'.repeat(43) });
  t.match([bad.statusCode, bad.json()], [400, { code: 'LINK_INVALID' }], 'a made-up token is refused');
  t.equal((await post(app, undefined, '/saved-searches/unsubscribe', { token: 'a\u0000b' })).statusCode, 400, 'a malformed one too');

  const lab3 = labSchema.parse((await post(app, researcher, '/labs', labInput({ name: { en: 'Third hydrogen lab' } }))).json());
  await alert(app, daily.id, 'lab', lab3.id);
  now = at('2026-12-15T04:00:00Z');
  await app.sendSavedSearchDigests();
  t.equal((await emailsTo(app, company.user.email)).length, 2, 'after unsubscribing, no digest comes');
});

t.test('two workers sending digests at the same moment write each person one email', async (t) => {
  const now = at('2026-12-08T04:00:00Z');
  const first = await createTestApp(t, {}, { clock: () => now });
  const second = await buildApp(testConfig(first.config.databaseUrl, { meilisearch: first.config.meilisearch }), { clock: () => now });
  t.teardown(() => second.close());
  const researcher = await createUser(first, 'researcher');
  const lab = labSchema.parse((await post(first, researcher, '/labs', labInput())).json());
  const people = [];
  for (let index = 0; index < 6; index++) {
    const person = await createUser(first, 'company');
    await alert(first, (await saveSearch(first, person, {})).id, 'lab', lab.id);
    people.push(person);
  }
  const reports = await Promise.all([first, second, first, second].map((app) => app.sendSavedSearchDigests()));
  t.equal(
    reports.reduce((sum, report) => sum + report.sent, 0),
    people.length,
    'the runs together queued one email per person',
  );
  for (const person of people) t.equal((await emailsTo(first, person.user.email)).length, 1, 'each person has exactly one digest');
  const [undigested] = await first.db
    .select({ n: count() })
    .from(savedSearchAlerts)
    .where(and(isNull(savedSearchAlerts.digestedAt), eq(savedSearchAlerts.entityId, lab.id)));
  t.equal(undigested?.n, 0, 'and every alert is marked digested');
});

t.test('a search whose digest is off is told in the app only; turning a digest off drops what was waiting', async (t) => {
  const now = at('2026-12-08T04:00:00Z');
  const app = await createTestApp(t, {}, { clock: () => now });
  const researcher = await createUser(app, 'researcher');
  const company = await createUser(app, 'company');
  const lab = labSchema.parse((await post(app, researcher, '/labs', labInput())).json());
  const quiet = await saveSearch(app, company, { name: 'Quiet', digest: 'off' });
  const loud = await saveSearch(app, company, { name: 'Loud' });
  await alert(app, quiet.id, 'lab', lab.id);
  await alert(app, loud.id, 'lab', lab.id);
  const off = await app.inject({
    method: 'PATCH',
    url: `/api/v1/my/saved-searches/${loud.id}`,
    headers: { authorization: company.authorization },
    payload: { digest: 'off' },
  });
  t.equal(off.statusCode, 200, 'the owner turns the other digest off');
  const [waiting] = await app.db
    .select({ n: count() })
    .from(savedSearchAlerts)
    .where(and(eq(savedSearchAlerts.savedSearchId, loud.id), isNull(savedSearchAlerts.digestedAt)));
  t.equal(waiting?.n, 0, 'what waited for it is settled, so turning it on later does not send old news');
  t.match(await app.sendSavedSearchDigests(), { sent: 0 }, 'no digest is written');
  t.same(await emailsTo(app, company.user.email), [], 'and no email queued');
});
