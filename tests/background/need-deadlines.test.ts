import t from 'tap';
import { and, eq, sql } from 'drizzle-orm';
import { backgroundJobs, emailOutbox, needs, notifications } from '@kopir/db';
import { needHitSchema, needSchema, notificationListSchema, searchResultSchema, type NotificationKind } from '@kopir/shared';
import type { App } from '@kopir/server';
import { needInput } from '../harness/catalogue.ts';
import { createUser } from '../harness/factories.ts';
import { createTestApp, waitFor } from '../harness/test-app.ts';

type User = Awaited<ReturnType<typeof createUser>>;

const DAY_MS = 86_400_000;
/** A Kazakhstan calendar day `days` after the moment `from` (UTC+5). */
const kazakhDay = (from: Date, days: number) => new Date(from.getTime() + 5 * 3_600_000 + days * DAY_MS).toISOString().slice(0, 10);

/** An app whose clock the test moves, with the search outbox worker on so the index follows. */
async function appWithClock(t: Parameters<typeof createTestApp>[0]) {
  const clock = { now: new Date() };
  const app = await createTestApp(t, { searchOutboxWorker: true }, { clock: () => clock.now });
  await app.ready();
  await app.searchSettingsApplied;
  return { app, clock };
}

const inbox = async (app: App, user: User) =>
  notificationListSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/notifications', headers: { authorization: user.authorization } })).json())
    .items;

const emailsTo = (app: App, address: string) => app.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, address));

const notificationsAbout = async (app: App, kind: NotificationKind, needId: string) =>
  app.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.kind, kind), sql`${notifications.payload}->>'needId' = ${needId}`));

async function publish(app: App, company: User, deadlineOn: string, title = 'Electrolyser pilot for a wind farm') {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/needs',
    headers: { authorization: company.authorization },
    payload: needInput({ title, deadlineOn }),
  });
  if (response.statusCode !== 201) throw new Error(`publishing failed: ${response.body}`);
  return needSchema.parse(response.json());
}

const searchNeeds = async (app: App, query = '') =>
  searchResultSchema(needHitSchema).parse((await app.inject({ method: 'GET', url: `/api/v1/needs?${query}` })).json());

t.test('a deadline a week away warns the company once, in each member’s language, however often and however concurrently the sweep runs', async (t) => {
  const { app, clock } = await appWithClock(t);
  const company = await createUser(app, 'company', { locale: 'kk' });
  const colleague = await createUser(app, 'company', { organisationId: company.user.organisationId!, locale: 'ru' });
  const near = await publish(app, company, kazakhDay(clock.now, 6));
  const far = await publish(app, company, kazakhDay(clock.now, 8), 'A need with time to spare');

  const first = await app.sweepListings();
  t.equal(first.warned, 1, 'the sweep warns of the one need six days from its deadline, not the one eight days away');
  const second = await app.sweepListings();
  t.equal(second.warned, 0, 'a second sweep warns of nothing');
  t.equal((await notificationsAbout(app, 'need_deadline_near', near.id)).length, 2, 'one notification for each of the two members, after two sweeps');
  t.equal((await notificationsAbout(app, 'need_deadline_near', far.id)).length, 0, 'none about the need eight days away');

  const [kazakh, ...moreKazakh] = await emailsTo(app, company.user.email);
  t.equal(moreKazakh.length, 0, 'one email to the first member');
  t.match(kazakh?.subject, /сұранысының мерзімі жақындады/, 'in Kazakh, the member’s language');
  t.match(kazakh?.body, `http://kopir.test/my/needs/${near.id}`, 'with the link to the need’s editor, where the deadline is extended');
  const [russian, ...moreRussian] = await emailsTo(app, colleague.user.email);
  t.equal(moreRussian.length, 0, 'one email to the colleague');
  t.match(russian?.subject, /срок запроса .* подходит к концу/, 'in Russian, the colleague’s language');
  const [item] = await inbox(app, colleague);
  t.same(
    item?.kind === 'need_deadline_near' && item.payload,
    { needId: near.id, needTitle: near.title, deadlineOn: near.deadlineOn },
    'the in-app notification names the need and the deadline',
  );

  // Two sweeps at once, as two replicas would run them: the row lock and the mark let one of them warn.
  const concurrent = await publish(app, company, kazakhDay(clock.now, 3), 'A need two replicas sweep together');
  const reports = await Promise.all([app.sweepListings(), app.sweepListings()]);
  t.equal(reports[0].warned + reports[1].warned, 1, 'two concurrent sweeps warn of the new need once between them');
  t.equal((await notificationsAbout(app, 'need_deadline_near', concurrent.id)).length, 2, 'still one notification per member');
  t.equal((await emailsTo(app, company.user.email)).length, 2, 'and one more email per member, not two');
});

t.test('a need past its deadline closes itself, leaves search and tells its company; extending it reopens it and warns again', async (t) => {
  const { app, clock } = await appWithClock(t);
  const company = await createUser(app, 'company', { locale: 'ru' });
  const need = await publish(app, company, kazakhDay(clock.now, 6));
  const byCompany = await publish(app, company, kazakhDay(clock.now, 2), 'A need its company closed itself');
  await app.inject({ method: 'PATCH', url: `/api/v1/needs/${byCompany.id}`, headers: { authorization: company.authorization }, payload: { status: 'closed' } });
  await waitFor('both needs in search', async () => (await searchNeeds(app)).total === 1 && (await searchNeeds(app, 'status=closed')).total === 1);
  await app.sweepListings();

  // The deadline day itself is still open: 23:00 in Astana on that day, nothing closes.
  clock.now = new Date(`${need.deadlineOn}T18:00:00Z`);
  t.equal((await app.sweepListings()).closed, 0, 'on the deadline day (Kazakhstan time) the need stays open');
  clock.now = new Date(`${need.deadlineOn}T19:30:00Z`); // 00:30 the next day in Astana
  t.equal((await app.sweepListings()).closed, 1, 'half an hour into the next Kazakhstan day it closes');
  t.equal((await app.sweepListings()).closed, 0, 'and only once');

  const [row] = await app.db.select().from(needs).where(eq(needs.id, need.id));
  t.equal(row?.status, 'closed', 'the need is closed');
  t.equal(row?.closedReason, 'deadline', 'recorded as closed by its deadline, not by a person');
  const [other] = await app.db.select().from(needs).where(eq(needs.id, byCompany.id));
  t.equal(other?.closedReason, 'company', 'the need its company closed keeps its own reason');

  const told = await notificationsAbout(app, 'need_closed_by_deadline', need.id);
  t.equal(told.length, 1, 'the company’s member is told once');
  const closingEmails = (await emailsTo(app, company.user.email)).filter((email) => email.subject.includes('закрыт'));
  t.equal(closingEmails.length, 1, 'by one email');
  t.match(closingEmails[0]?.body, /Срок вашего запроса .* истёк/, 'in Russian, the member’s language');

  const document = await waitFor('the closed need’s document', async () => {
    const found = await app.meilisearch.client.index(`${app.meilisearch.indexPrefix}needs`).getDocument(need.id);
    return found.status === 'closed' && found;
  });
  t.equal(document.status, 'closed', 'the search document says closed');
  t.equal((await searchNeeds(app)).total, 0, 'the need is not found by a default search, which shows open needs');
  t.notOk(
    (await searchNeeds(app, 'q=electrolyser')).hits.some((hit) => hit.id === need.id),
    'nor by its words',
  );

  // Extending a need its deadline closed reopens it (see update-need.ts), and re-arms the warning.
  const extendedTo = kazakhDay(clock.now, 10);
  const extended = await app.inject({
    method: 'PATCH',
    url: `/api/v1/needs/${need.id}`,
    headers: { authorization: company.authorization },
    payload: { deadlineOn: extendedTo },
  });
  t.equal(extended.statusCode, 200, 'the company extends the deadline');
  const reopened = needSchema.parse(extended.json());
  t.equal(reopened.status, 'open', 'which reopens the need');
  t.equal(reopened.closedReason, null, 'with no closing reason left');
  await waitFor('the reopened need back in search', async () => (await searchNeeds(app)).hits.some((hit) => hit.id === need.id));
  const stillClosed = await app.inject({
    method: 'PATCH',
    url: `/api/v1/needs/${byCompany.id}`,
    headers: { authorization: company.authorization },
    payload: { deadlineOn: extendedTo },
  });
  t.equal(needSchema.parse(stillClosed.json()).status, 'closed', 'a need its company closed stays closed when its deadline moves');

  t.equal((await app.sweepListings()).warned, 0, 'ten days ahead, no warning yet');
  clock.now = new Date(clock.now.getTime() + 4 * DAY_MS);
  t.equal((await app.sweepListings()).warned, 1, 'six days before the new deadline, a new warning');
  const warnings = await notificationsAbout(app, 'need_deadline_near', need.id);
  t.same(warnings.map((warning) => warning.payload.deadlineOn).sort(), [need.deadlineOn, extendedTo].sort(), 'one warning for each deadline');
});

t.test('the sweep is a queued job that runs as the system and queues its next run', async (t) => {
  const { app, clock } = await appWithClock(t);
  const company = await createUser(app, 'company');
  const need = await publish(app, company, kazakhDay(clock.now, 1));
  await app.db.delete(backgroundJobs);
  await app.db.insert(backgroundJobs).values({ kind: 'sweep_listings', payload: {} });
  t.equal(await app.backgroundJobs.drainOnce(), 1, 'the job queue claims the sweep');
  t.equal((await notificationsAbout(app, 'need_deadline_near', need.id)).length, 1, 'which warned of the need due tomorrow');
  const queued = await app.db.select().from(backgroundJobs);
  t.equal(queued.length, 1, 'one job is queued after it: the next sweep');
  t.equal(queued[0]?.kind, 'sweep_listings', 'of the same kind');
  t.ok(queued[0] && queued[0].availableAt.getTime() > Date.now() + 60_000, 'due minutes later, not at once');
  await app.db.insert(backgroundJobs).values({ kind: 'sweep_listings', payload: {} }).onConflictDoNothing();
  t.equal((await app.db.select().from(backgroundJobs)).length, 1, 'a second replica queuing the sweep adds nothing');
});
