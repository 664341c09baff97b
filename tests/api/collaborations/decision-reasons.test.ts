import t from 'tap';
import { sql } from 'drizzle-orm';
import type { App } from '@kopir/server';
import { apiErrorSchema, collaborationSchema, labSchema, needSchema } from '@kopir/shared';
import { labInput, needInput } from '../../harness/catalogue.ts';
import { createUser } from '../../harness/factories.ts';
import { createTestApp } from '../../harness/test-app.ts';

type User = Awaited<ReturnType<typeof createUser>>;

/** A company with a need, a researcher with a lab: one lab–need pair. */
async function pair(app: App) {
  const company = await createUser(app, 'company');
  const researcher = await createUser(app, 'researcher');
  const post = async (user: User, url: string, payload: object) =>
    (await app.inject({ method: 'POST', url, headers: { authorization: user.authorization }, payload })).json();
  const lab = labSchema.parse(await post(researcher, '/api/v1/labs', labInput()));
  const need = needSchema.parse(await post(company, '/api/v1/needs', needInput()));
  return { company, researcher, lab, need };
}

const start = (app: App, user: User, needId: string, labId: string) =>
  app.inject({ method: 'POST', url: '/api/v1/collaborations', headers: { authorization: user.authorization }, payload: { needId, labId } });

const transition = (app: App, user: User, id: string, payload: object) =>
  app.inject({ method: 'POST', url: `/api/v1/collaborations/${id}/transitions`, headers: { authorization: user.authorization }, payload });

t.test('a decline or a cancellation names a reason from its own list', async (t) => {
  const app = await createTestApp(t);
  const p = await pair(app);
  const created = collaborationSchema.parse((await start(app, p.company, p.need.id, p.lab.id)).json());

  const missing = await transition(app, p.researcher, created.id, { action: 'decline', reason: 'Not now' });
  t.equal(missing.statusCode, 400, 'a decline without a reason code: 400');
  const missingBody = apiErrorSchema.parse(missing.json());
  t.equal(missingBody.code, 'VALIDATION_FAILED', 'as a validation failure');
  t.ok(
    missingBody.fields?.some((field) => field.path === 'body.reasonCode' && field.rule !== undefined),
    `naming body.reasonCode with a rule the web words in the reader's language (${JSON.stringify(missingBody.fields)})`,
  );

  const unknown = await transition(app, p.researcher, created.id, { action: 'decline', reasonCode: 'dont_like_them' });
  t.equal(unknown.statusCode, 400, 'an unknown reason code: 400');
  t.ok(
    apiErrorSchema.parse(unknown.json()).fields?.some((field) => field.path === 'body.reasonCode'),
    'naming body.reasonCode',
  );
  const wrongList = await transition(app, p.researcher, created.id, { action: 'decline', reasonCode: 'funding_withdrawn' });
  t.equal(wrongList.statusCode, 400, 'a cancellation reason on a decline: 400');

  const cancelMissing = await transition(app, p.company, created.id, { action: 'cancel' });
  t.ok(
    apiErrorSchema.parse(cancelMissing.json()).fields?.some((field) => field.path === 'body.reasonCode'),
    'a cancellation without a reason code names body.reasonCode too',
  );

  const stillProposed = collaborationSchema.parse(
    (await app.inject({ method: 'GET', url: `/api/v1/collaborations/${created.id}`, headers: { authorization: p.company.authorization } })).json(),
  );
  t.equal(stillProposed.status, 'proposed', 'none of those moved it');

  const declined = await transition(app, p.researcher, created.id, { action: 'decline', reasonCode: 'no_capacity' });
  t.equal(declined.statusCode, 200, `a decline with a code and no words: 200 (${declined.body})`);
  const body = collaborationSchema.parse(declined.json());
  t.equal(body.closingReasonCode, 'no_capacity', 'the code is on the collaboration');
  t.equal(body.closingReason, null, 'and no words were required');
});

t.test('the database refuses a decline without a reason of the decline list, whoever writes', async (t) => {
  const app = await createTestApp(t);
  const p = await pair(app);
  const created = collaborationSchema.parse((await start(app, p.company, p.need.id, p.lab.id)).json());
  const refused = await app.db
    .execute(sql`update collaborations set status = 'declined', declined_at = now(), closing_reason_code = 'funding_withdrawn' where id = ${created.id}`)
    .then(
      () => 'written',
      (error: { cause?: { constraint_name?: string } }) => error.cause?.constraint_name ?? 'refused',
    );
  t.equal(refused, 'collaborations_closing_reason_check', 'a cancellation reason on a declined row breaks the check');
  const none = await app.db.execute(sql`update collaborations set status = 'cancelled', cancelled_at = now() where id = ${created.id}`).then(
    () => 'written',
    (error: { cause?: { constraint_name?: string } }) => error.cause?.constraint_name ?? 'refused',
  );
  t.equal(none, 'collaborations_closing_reason_check', 'so does a cancelled row without a reason');
});

t.test('two proposals for the same pair at once: exactly one starts', async (t) => {
  const app = await createTestApp(t);
  const p = await pair(app);
  const colleague = await createUser(app, 'researcher', { organisationId: p.researcher.user.organisationId! });
  const answers = await Promise.all([
    start(app, p.company, p.need.id, p.lab.id),
    start(app, p.researcher, p.need.id, p.lab.id),
    start(app, colleague, p.need.id, p.lab.id),
  ]);
  const statuses = answers.map((answer) => answer.statusCode).sort();
  t.same(statuses, [201, 409, 409], `one 201, the others 409 (${statuses.join(', ')})`);
  const won = answers.find((answer) => answer.statusCode === 201)!;
  for (const lost of answers.filter((answer) => answer.statusCode === 409)) {
    const error = apiErrorSchema.parse(lost.json());
    t.equal(error.code, 'COLLABORATION_EXISTS', 'the losers are told a collaboration is under way');
    t.equal(error.details?.collaborationId, won.json().id, 'and which one');
  }
});

t.test('after a decline the side that proposed waits 90 days; the side that declined may start one', async (t) => {
  const app = await createTestApp(t);
  const p = await pair(app);
  const first = collaborationSchema.parse((await start(app, p.researcher, p.need.id, p.lab.id)).json());
  t.equal((await transition(app, p.company, first.id, { action: 'decline', reasonCode: 'budget_mismatch' })).statusCode, 200, 'the company declines');

  const again = await start(app, p.researcher, p.need.id, p.lab.id);
  t.equal(again.statusCode, 409, 'the lab proposing the same pair again at once: 409');
  const error = apiErrorSchema.parse(again.json());
  t.equal(error.code, 'PROPOSAL_DECLINED_RECENTLY', 'with its own code');
  const today = new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 10);
  const in90Days = new Date(Date.now() + 5 * 3_600_000 + 90 * 86_400_000).toISOString().slice(0, 10);
  t.equal(error.details?.declinedOn, today, 'naming the day of the decline (Kazakhstan)');
  t.equal(error.details?.proposeAgainOn, in90Days, 'and the day from which it may propose again, 90 days on');
  t.match(error.message, in90Days, 'the English message says until when too');

  // 89 days ago: still barred; 91 days ago: free again.
  await app.db.execute(sql`update collaborations set declined_at = now() - interval '89 days' where id = ${first.id}`);
  t.equal((await start(app, p.researcher, p.need.id, p.lab.id)).statusCode, 409, 'declined 89 days ago: still 409');
  await app.db.execute(sql`update collaborations set declined_at = now() - interval '91 days' where id = ${first.id}`);
  const later = await start(app, p.researcher, p.need.id, p.lab.id);
  t.equal(later.statusCode, 201, `declined 91 days ago: the lab may propose again (${later.body})`);
  const second = collaborationSchema.parse(later.json());
  t.equal((await transition(app, p.company, second.id, { action: 'decline', reasonCode: 'timeline_mismatch' })).statusCode, 200, 'declined again');

  const invited = await start(app, p.company, p.need.id, p.lab.id);
  t.equal(invited.statusCode, 201, `the company, which declined, may invite the lab at once (${invited.body})`);
  t.equal(collaborationSchema.parse(invited.json()).initiatedBy, 'company', 'as an invitation');
});

t.test('after a cancellation a new proposal is allowed at once', async (t) => {
  const app = await createTestApp(t);
  const p = await pair(app);
  const first = collaborationSchema.parse((await start(app, p.researcher, p.need.id, p.lab.id)).json());
  const withdrawn = await transition(app, p.researcher, first.id, { action: 'cancel', reasonCode: 'priorities_changed', reason: 'Sent too early' });
  t.equal(withdrawn.statusCode, 200, 'the lab withdraws its proposal');
  t.equal(collaborationSchema.parse(withdrawn.json()).closingReasonCode, 'priorities_changed', 'with its reason code');
  t.equal((await start(app, p.researcher, p.need.id, p.lab.id)).statusCode, 201, 'and may propose the pair again');
});
