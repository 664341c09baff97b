import { PassThrough } from 'node:stream';
import t from 'tap';
import type { Test } from 'tap';
import { and, count, eq, isNotNull } from 'drizzle-orm';
import { digestUnsubscribeTokens, emailOutbox, savedSearchAlerts, savedSearches } from '@kopir/db';
import { labSchema, needSchema, notificationListSchema, savedSearchListSchema, savedSearchSchema } from '@kopir/shared';
import type { App } from '@kopir/server';
import { labInput, needInput } from '../harness/catalogue.ts';
import { createUser, TEST_PASSWORD } from '../harness/factories.ts';
import { createTestApp, waitFor } from '../harness/test-app.ts';

/**
 * Attacks on saved searches and their alerts and digests: another's search, the unsubscribe
 * token (guessed, replayed, used for anything else), what an alert or digest may name, and the log.
 */

type User = Awaited<ReturnType<typeof createUser>>;

const call = (app: App, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, authorization?: string, payload?: object) =>
  app.inject({ method, url: `/api/v1${url}`, ...(authorization && { headers: { authorization } }), ...(payload !== undefined && { payload }) });

const save = async (app: App, user: User, payload: Record<string, unknown> = {}) =>
  savedSearchSchema.parse(
    (await call(app, 'POST', '/my/saved-searches', user.authorization, { name: 'Hydrogen', kind: 'labs', query: { q: 'hydrogen' }, ...payload })).json(),
  );

const alert = (app: App, savedSearchId: string, entityKind: 'lab' | 'need', entityId: string) =>
  app.db.insert(savedSearchAlerts).values({ savedSearchId, entityKind, entityId });

const emailsTo = (app: App, address: string) => app.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, address));
const tokenIn = (body: string | undefined) => body?.match(/unsubscribe#token=([\w-]+)/)?.[1];

// 2026-12-08 is a Tuesday; 04:00Z is 09:00 in Astana, when the daily digests are due.
const TUESDAY = new Date('2026-12-08T04:00:00Z');

t.test('nobody reads or changes another’s saved search, whatever the body claims', async (t) => {
  const app = await createTestApp(t);
  const owner = await createUser(app, 'researcher');
  const attacker = await createUser(app, 'researcher', { organisationId: owner.user.organisationId! });
  const mine = await save(app, owner, { name: 'Owner’s own' });
  const theirs = await save(app, attacker, { name: 'Attacker’s' });

  t.equal(
    (await call(app, 'PATCH', `/my/saved-searches/${mine.id}`, attacker.authorization, { digest: 'off' })).statusCode,
    404,
    'a colleague cannot change it',
  );
  t.equal((await call(app, 'DELETE', `/my/saved-searches/${mine.id}`, attacker.authorization)).statusCode, 404, 'nor delete it');
  const claim = await call(app, 'PATCH', `/my/saved-searches/${theirs.id}`, attacker.authorization, { name: 'x', userId: owner.user.id });
  t.equal(claim.statusCode, 400, 'a body cannot move a saved search to another person');
  const created = await call(app, 'POST', '/my/saved-searches', attacker.authorization, {
    name: 'Planted',
    kind: 'labs',
    query: { q: 'x' },
    userId: owner.user.id,
  });
  t.equal(created.statusCode, 400, 'nor plant one in another’s name');
  const reach = await call(app, 'POST', '/my/saved-searches', attacker.authorization, {
    name: 'Secrets',
    kind: 'needs',
    query: { visibility: 'confidential' },
  });
  t.equal(reach.statusCode, 400, 'a saved search cannot ask for what the search page cannot (confidential needs)');
  t.equal((await call(app, 'PATCH', '/my/saved-searches/not-an-id', attacker.authorization, { name: 'x' })).statusCode, 400, 'a malformed id is a 400');

  const ownerList = savedSearchListSchema.parse((await call(app, 'GET', '/my/saved-searches', owner.authorization)).json());
  t.match(ownerList.items, [{ id: mine.id, name: 'Owner’s own', digest: mine.digest }], 'the owner’s search is as it was, and only theirs is listed');
  t.equal(ownerList.items.length, 1, 'nothing was planted in the owner’s list');
  const [row] = await app.db.select().from(savedSearches).where(eq(savedSearches.id, theirs.id));
  t.equal(row?.userId, attacker.user.id, 'the attacker’s own search still belongs to them');
});

t.test('an unsubscribe token is not guessable, not a key to anything but turning digests off, and replaying it changes nothing', async (t) => {
  const now = TUESDAY;
  const app = await createTestApp(t, {}, { clock: () => now });
  const researcher = await createUser(app, 'researcher');
  const reader = await createUser(app, 'company');
  const bystander = await createUser(app, 'company');
  const lab = labSchema.parse((await call(app, 'POST', '/labs', researcher.authorization, labInput())).json());
  const daily = await save(app, reader, { name: 'Daily hydrogen' });
  const other = await save(app, bystander, { name: 'Bystander’s' });
  await alert(app, daily.id, 'lab', lab.id);
  await alert(app, other.id, 'lab', lab.id);
  t.match(await app.sendSavedSearchDigests(), { sent: 2 }, 'both are sent a digest');
  const [email] = await emailsTo(app, reader.user.email);
  const token = tokenIn(email?.body);
  t.ok(token && token.length >= 40, 'the link carries a long random token');
  const [bystanderEmail] = await emailsTo(app, bystander.user.email);
  t.not(tokenIn(bystanderEmail?.body), token, 'each person’s token is their own');

  const [stored] = await app.db.select().from(digestUnsubscribeTokens).where(eq(digestUnsubscribeTokens.userId, reader.user.id));
  const guesses = [
    stored!.tokenHash.replace(/[^\w-]/g, '').slice(0, 100),
    `${token!.slice(0, -1)}${token!.endsWith('A') ? 'B' : 'A'}`,
    'A'.repeat(43),
    `${token}`.toUpperCase(),
  ];
  for (const guess of guesses) {
    const answer = await call(app, 'POST', '/saved-searches/unsubscribe', undefined, { token: guess });
    t.match([answer.statusCode, answer.json()], [400, { code: 'LINK_INVALID' }], `a guessed or altered token (${guess.slice(0, 8)}…) is refused`);
  }
  for (const bad of ["' or 1=1 --", 'a'.repeat(101), '../../etc/passwd']) {
    t.equal(
      (await call(app, 'POST', '/saved-searches/unsubscribe', undefined, { token: bad })).statusCode,
      400,
      `a malformed token is a 400 (${bad.slice(0, 10)})`,
    );
  }
  t.equal((await call(app, 'GET', '/my/saved-searches', `Bearer ${token}`)).statusCode, 401, 'the token is no access token');
  const asReset = await call(app, 'POST', '/auth/password', undefined, { token, password: 'New-steppe-4242-quartz' });
  t.ok(asReset.statusCode >= 400 && asReset.statusCode < 500, 'nor a password reset token');
  const asVerify = await call(app, 'POST', '/auth/verify-email', undefined, { token, password: TEST_PASSWORD });
  t.ok(asVerify.statusCode >= 400 && asVerify.statusCode < 500, 'nor an email verification token');

  const first = await call(app, 'POST', '/saved-searches/unsubscribe', undefined, { token });
  t.match([first.statusCode, first.json()], [200, { turnedOff: 1 }], 'the real token turns the reader’s digest off');
  const again = await call(app, 'POST', '/saved-searches/unsubscribe', undefined, { token });
  t.match([again.statusCode, again.json()], [200, { turnedOff: 0 }], 'replayed, it changes nothing');
  const list = savedSearchListSchema.parse((await call(app, 'GET', '/my/saved-searches', reader.authorization)).json());
  t.match(list.items, [{ id: daily.id, name: 'Daily hydrogen', digest: 'off' }], 'the search is still there, renamed by nobody, its digest off');
  const bystanderList = savedSearchListSchema.parse((await call(app, 'GET', '/my/saved-searches', bystander.authorization)).json());
  t.match(bystanderList.items, [{ id: other.id, digest: other.digest }], 'the bystander’s digest is untouched');
  const [total] = await app.db.select({ n: count() }).from(savedSearches);
  t.equal(total?.n, 2, 'nothing was deleted');
});

t.test('a digest lists nothing made confidential, hidden or deleted since it was found', async (t) => {
  const now = TUESDAY;
  const app = await createTestApp(t, {}, { clock: () => now });
  const researcher = await createUser(app, 'researcher');
  const company = await createUser(app, 'company');
  const reader = await createUser(app, 'researcher');
  const watcher = await createUser(app, 'company');
  const needs = await save(app, reader, { name: 'Needs search', kind: 'needs', query: { q: 'alloy' } });
  const labs = await save(app, watcher, { name: 'Labs search' });
  const secretLater = needSchema.parse((await call(app, 'POST', '/needs', company.authorization, needInput({ title: 'Alloy to be secret' }))).json());
  const gone = needSchema.parse((await call(app, 'POST', '/needs', company.authorization, needInput({ title: 'Alloy to be deleted' }))).json());
  const stays = needSchema.parse((await call(app, 'POST', '/needs', company.authorization, needInput({ title: 'Alloy that stays' }))).json());
  const hiddenLab = labSchema.parse((await call(app, 'POST', '/labs', researcher.authorization, labInput({ name: { en: 'Lab to be hidden' } }))).json());
  for (const need of [secretLater, gone, stays]) await alert(app, needs.id, 'need', need.id);
  await alert(app, labs.id, 'lab', hiddenLab.id);

  t.equal(
    (await call(app, 'PATCH', `/needs/${secretLater.id}`, company.authorization, { visibility: 'confidential' })).statusCode,
    200,
    'one need goes confidential',
  );
  t.equal((await call(app, 'DELETE', `/needs/${gone.id}`, company.authorization)).statusCode, 204, 'another is deleted');
  t.equal((await call(app, 'PATCH', `/labs/${hiddenLab.id}`, researcher.authorization, { status: 'hidden' })).statusCode, 200, 'the lab is hidden');

  await app.sendSavedSearchDigests();
  const mail = JSON.stringify(await emailsTo(app, reader.user.email));
  t.match(mail, /Alloy that stays/, 'the reader’s digest lists the need that stayed public');
  t.notMatch(mail, /to be secret/, 'not the one made confidential');
  t.notMatch(mail, /to be deleted/, 'nor the deleted one');
  t.same(await emailsTo(app, watcher.user.email), [], 'the watcher of the hidden lab gets no digest at all');
  const [settled] = await app.db
    .select({ n: count() })
    .from(savedSearchAlerts)
    .where(and(eq(savedSearchAlerts.savedSearchId, labs.id), isNotNull(savedSearchAlerts.digestedAt)));
  t.equal(settled?.n, 1, 'the hidden lab’s alert is settled rather than waiting to be sent later');
});

/** A test app that indexes and runs background jobs, as the alerts test has it. */
async function searchableApp(t: Test) {
  const app = await createTestApp(t, { searchOutboxWorker: true });
  await app.ready();
  await app.searchSettingsApplied;
  return app;
}

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

t.test('nobody is alerted to a need made confidential, or a lab hidden, before its check ran', async (t) => {
  const app = await searchableApp(t);
  const company = await createUser(app, 'company');
  const researcher = await createUser(app, 'researcher');
  const reader = await createUser(app, 'researcher');
  const watcher = await createUser(app, 'company');
  await save(app, reader, { name: 'Electrolysers', kind: 'needs', query: { q: 'electrolyser' } });
  await save(app, watcher, { name: 'Hydrogen labs' });
  const need = needSchema.parse(
    (
      await call(app, 'POST', '/needs', company.authorization, needInput({ title: 'Electrolyser stack', description: { en: 'Plant K-88 electrolyser' } }))
    ).json(),
  );
  t.equal((await call(app, 'PATCH', `/needs/${need.id}`, company.authorization, { visibility: 'confidential' })).statusCode, 200, 'made confidential at once');
  const lab = labSchema.parse((await call(app, 'POST', '/labs', researcher.authorization, labInput())).json());
  t.equal((await call(app, 'PATCH', `/labs/${lab.id}`, researcher.authorization, { status: 'hidden' })).statusCode, 200, 'the lab is hidden at once');
  await settleJobs(app);
  const inbox = async (user: User) =>
    notificationListSchema
      .parse((await call(app, 'GET', '/notifications', user.authorization)).json())
      .items.filter((item) => item.kind === 'saved_search_match');
  t.same(await inbox(reader), [], 'the reader is not told of the need made confidential');
  t.same(await inbox(watcher), [], 'the watcher is not told of the hidden lab');
  const [recorded] = await app.db
    .select({ n: count() })
    .from(savedSearchAlerts)
    .where(and(eq(savedSearchAlerts.entityKind, 'need'), eq(savedSearchAlerts.entityId, need.id)));
  t.equal(recorded?.n, 0, 'no alert is recorded to send in a digest later');
});

t.test('no unsubscribe token reaches the log, sent or followed, right or wrong', async (t) => {
  const captured: string[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => captured.push(chunk.toString('utf8')));
  const now = TUESDAY;
  const app = await createTestApp(t, { logLevel: 'trace' }, { clock: () => now, logStream: stream });
  const researcher = await createUser(app, 'researcher');
  const reader = await createUser(app, 'company');
  const lab = labSchema.parse((await call(app, 'POST', '/labs', researcher.authorization, labInput())).json());
  const daily = await save(app, reader);
  await alert(app, daily.id, 'lab', lab.id);
  await app.sendSavedSearchDigests();
  const token = tokenIn((await emailsTo(app, reader.user.email))[0]?.body);
  t.ok(token, 'a digest with a token was queued');
  await call(app, 'POST', '/saved-searches/unsubscribe', undefined, { token });
  await call(app, 'POST', '/saved-searches/unsubscribe', undefined, { token: `${token}zz` });
  await call(app, 'POST', '/saved-searches/unsubscribe', undefined, { token: `${token}!` });
  const log = captured.join('');
  t.ok(log.includes('"reqId"'), 'the requests were logged at trace level');
  t.notOk(log.includes(token!), 'the token is in no log line');
  t.notOk(log.includes(token!.slice(0, 20)), 'nor any part of it');
});
