import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { eq, sql } from 'drizzle-orm';
import { emailOutbox, notifications, organisations, questions, users } from '@kopir/db';
import { collaborationSchema, messageListSchema, needSchema, questionListSchema, questionSchema } from '@kopir/shared';
import { labInput, needInput } from '../../harness/catalogue.ts';
import { createUser, signedInSession } from '../../harness/factories.ts';
import { latestEmailTo } from '../../harness/mail.ts';
import { createMailTransport } from '../../../server/src/background/mail-transport.ts';
import { call, conversationRig, type App } from './conversation-rig.ts';

/**
 * Attacks on conversations: revocation, IDOR, third parties' listings, replays and races, bad
 * input, HTML in emails, and the company behind a confidential need. Each passing assertion is a
 * defended attack (the two holes the probe found, a replayed Idempotency-Key and the ministry reading
 * the opening message, are closed and their tests are plain assertions now).
 */

/** A DELETE as a person sends it. */
const remove = (app: App, url: string, authorization: string) => app.inject({ method: 'DELETE', url: `/api/v1${url}`, headers: { authorization } });

const NO_SUCH = '00000000-0000-4000-8000-000000000000';

/** Everything a person was told: their notifications and every email to them, as one string. */
async function everythingToldTo(app: App, userId: string, email: string) {
  const told = await app.db.select().from(notifications).where(eq(notifications.userId, userId));
  const mail = await app.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email));
  return JSON.stringify({ told, mail });
}

const organisationName = async (app: App, id: string) =>
  JSON.stringify((await app.db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, id)))[0]?.name);

/** A person's names and organisation as a pattern: any of them found in a text is a leak. */
const namesOf = async (app: App, who: { name: string; user: { organisationId: string | null } }) => {
  const organisation = JSON.parse(await organisationName(app, who.user.organisationId!)) as Record<string, string>;
  const words = [who.name, who.user.organisationId!, ...Object.values(organisation)].map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(words.join('|'));
};

t.test('a replayed Idempotency-Key on a question does not link it to another pair’s collaboration nor unmask a confidential company', async (t) => {
  const { app, company, researcher, otherCompany, lab, confidential } = await conversationRig(t);
  const tender = needSchema.parse((await call(app, 'POST', '/needs', otherCompany.authorization, needInput({ title: 'Open tender for sensors' }))).json());
  const key = 'replayed-key-0001';
  const proposed = await app.inject({
    method: 'POST',
    url: '/api/v1/collaborations',
    headers: { authorization: researcher.authorization, 'idempotency-key': key },
    payload: { needId: tender.id, labId: lab.id },
  });
  t.equal(proposed.statusCode, 201, 'the researcher proposes to another company’s public need with a key');
  const elsewhere = collaborationSchema.parse(proposed.json());
  const accepted = await call(app, 'POST', `/collaborations/${elsewhere.id}/transitions`, otherCompany.authorization, { action: 'accept' });
  t.equal(accepted.statusCode, 200, 'and that company accepts');

  const asked = await call(app, 'POST', '/questions', researcher.authorization, { subject: 'need', needId: confidential.id, body: 'Which alloy grade?' });
  const question = questionSchema.parse(asked.json());
  t.equal(question.companyOrganisation, null, 'the confidential company is unnamed to the asking lab');

  const replay = await app.inject({
    method: 'POST',
    url: `/api/v1/questions/${question.id}/collaboration`,
    headers: { authorization: researcher.authorization, 'idempotency-key': key },
    payload: { labId: lab.id },
  });
  t.not(replay.statusCode, 500, 'the replay is no server error');
  t.match(replay.json(), { code: 'IDEMPOTENCY_KEY_REUSED' }, 'but a refusal: the key was used for another pair');
  t.not(replay.json().id, elsewhere.id, 'the replayed key does not answer with the collaboration of another pair');
  const after = questionSchema.parse((await call(app, 'GET', `/questions/${question.id}`, researcher.authorization)).json());
  t.not(after.collaborationId, elsewhere.id, 'the question is not linked to a collaboration of another pair');
  t.equal(after.companyOrganisation, null, 'the company behind the confidential need stays unnamed to the lab');
  t.notMatch(JSON.stringify(after), await namesOf(app, company), 'nothing in the thread names the confidential company');
});

t.test('the ministry reads a collaboration, but not the message that opens its conversation', async (t) => {
  const { app, company, researcher, ministry, lab, need } = await conversationRig(t);
  const invited = await call(app, 'POST', '/collaborations', company.authorization, {
    needId: need.id,
    labId: lab.id,
    message: 'Our private terms: 12 million',
  });
  const collaboration = collaborationSchema.parse(invited.json());
  const thread = messageListSchema.parse((await call(app, 'GET', `/collaborations/${collaboration.id}/messages`, researcher.authorization)).json());
  t.match(thread.items, [{ body: 'Our private terms: 12 million' }], 'the invitation’s message is the thread’s first message');
  t.equal((await call(app, 'GET', `/collaborations/${collaboration.id}/messages`, ministry.authorization)).statusCode, 403, 'the ministry cannot list it');
  const read = await call(app, 'GET', `/collaborations/${collaboration.id}`, ministry.authorization);
  t.equal(read.statusCode, 200, 'the ministry reads the collaboration');
  t.notMatch(JSON.stringify(read.json()), /private terms/, 'but the collaboration does not carry the thread’s first message to the ministry');
  const listed = await call(app, 'GET', '/collaborations', ministry.authorization);
  t.notMatch(listed.body, /private terms/, 'nor does the list of collaborations');
});

t.test('a researcher removed from their organisation, or moved to another, no longer reads or writes its threads', async (t) => {
  const { app, company, researcher, lab } = await conversationRig(t);
  const colleague = await createUser(app, 'researcher', { organisationId: researcher.user.organisationId! });
  const question = questionSchema.parse(
    (await call(app, 'POST', '/questions', company.authorization, { subject: 'lab', labId: lab.id, body: 'Do you test at 80 °C?' })).json(),
  );
  const invited = collaborationSchema.parse(
    (
      await call(app, 'POST', `/questions/${question.id}/collaboration`, company.authorization, {
        needId: (await call(app, 'POST', '/needs', company.authorization, needInput({ title: 'Sorbent tests' }))).json().id,
        message: 'Shall we?',
      })
    ).json(),
  );
  t.equal((await call(app, 'GET', `/questions/${question.id}`, colleague.authorization)).statusCode, 200, 'the colleague reads the thread while a member');

  const removed = await remove(app, `/organisations/${researcher.user.organisationId}/members/${colleague.user.id}`, researcher.authorization);
  t.equal(removed.statusCode, 204, 'the researcher removes the colleague');
  t.equal((await call(app, 'GET', `/questions/${question.id}`, colleague.authorization)).statusCode, 401, 'the removed colleague’s old token is dead');
  const fresh = await signedInSession(app, colleague.user.id);
  t.equal((await call(app, 'GET', `/questions/${question.id}`, fresh.authorization)).statusCode, 404, 'signed in again, the question is not there');
  t.equal(
    (await call(app, 'POST', `/questions/${question.id}/messages`, fresh.authorization, { body: 'Still here' })).statusCode,
    404,
    'nor can they write in it',
  );
  t.same(questionListSchema.parse((await call(app, 'GET', '/questions', fresh.authorization)).json()).items, [], 'nor is it listed');
  t.equal((await call(app, 'GET', `/collaborations/${invited.id}/messages`, fresh.authorization)).statusCode, 403, 'nor the collaboration’s thread');
  t.equal(
    (await call(app, 'POST', `/collaborations/${invited.id}/messages`, fresh.authorization, { body: 'Still here' })).statusCode,
    403,
    'nor write in that',
  );
  await call(app, 'POST', `/questions/${question.id}/messages`, company.authorization, { body: 'News for the lab: K-9' });
  t.notMatch(await everythingToldTo(app, colleague.user.id, colleague.user.email), /K-9/, 'nor are they told of new messages');

  // A person who moves to another lab organisation reads that one's threads only.
  const elsewhere = await createUser(app, 'researcher');
  await app.db.update(users).set({ organisationId: elsewhere.user.organisationId }).where(eq(users.id, colleague.user.id));
  t.equal((await call(app, 'GET', `/questions/${question.id}`, fresh.authorization)).statusCode, 404, 'moved, the old organisation’s thread is not there');
  // And a company person who moves to another company leaves the thread behind.
  const colleagueOfCompany = await createUser(app, 'company', { organisationId: company.user.organisationId! });
  const otherCompany = await createUser(app, 'company');
  await app.db.update(users).set({ organisationId: otherCompany.user.organisationId }).where(eq(users.id, colleagueOfCompany.user.id));
  t.equal((await call(app, 'GET', `/questions/${question.id}`, colleagueOfCompany.authorization)).statusCode, 404, 'a moved company person reads nothing');
  t.equal((await call(app, 'GET', `/collaborations/${invited.id}/messages`, colleagueOfCompany.authorization)).statusCode, 403, 'nor the collaboration');
});

t.test('a question id is no collaboration id and the other way round', async (t) => {
  const { app, company, researcher, lab, need } = await conversationRig(t);
  const question = questionSchema.parse(
    (await call(app, 'POST', '/questions', researcher.authorization, { subject: 'need', needId: need.id, labId: lab.id, body: 'Hello?' })).json(),
  );
  const collaboration = collaborationSchema.parse(
    (await call(app, 'POST', '/collaborations', company.authorization, { needId: need.id, labId: lab.id, message: 'Come along' })).json(),
  );
  for (const who of [company, researcher]) {
    t.equal((await call(app, 'GET', `/questions/${collaboration.id}`, who.authorization)).statusCode, 404, `${who.name}: a collaboration id is no question`);
    t.equal(
      (await call(app, 'POST', `/questions/${collaboration.id}/messages`, who.authorization, { body: 'x' })).statusCode,
      404,
      `${who.name}: nor can one write to a collaboration as a question`,
    );
    t.equal(
      (await call(app, 'GET', `/collaborations/${question.id}/messages`, who.authorization)).statusCode,
      404,
      `${who.name}: a question id is no collaboration`,
    );
    t.equal(
      (await call(app, 'POST', `/collaborations/${question.id}/messages`, who.authorization, { body: 'x' })).statusCode,
      404,
      `${who.name}: nor can one write to a question as a collaboration`,
    );
    t.equal((await call(app, 'GET', `/questions/${NO_SUCH}`, who.authorization)).statusCode, 404, `${who.name}: an unknown id is not there`);
    t.equal((await call(app, 'GET', '/questions/not-an-id', who.authorization)).statusCode, 400, `${who.name}: a malformed id is a 400`);
  }
  const [row] = await app.db.select().from(questions).where(eq(questions.id, question.id));
  t.equal(row?.collaborationId, null, 'writing at the wrong door linked nothing');
});

t.test('a question is no door to a third party’s need or lab', async (t) => {
  const { app, company, researcher, otherCompany, otherResearcher, lab } = await conversationRig(t);
  const theirNeed = needSchema.parse((await call(app, 'POST', '/needs', otherCompany.authorization, needInput({ title: 'Their need' }))).json());
  const theirLab = (await call(app, 'POST', '/labs', otherResearcher.authorization, labInput({ name: { en: 'Their lab' } }))).json() as {
    id: string;
  };
  const aboutLab = questionSchema.parse(
    (await call(app, 'POST', '/questions', company.authorization, { subject: 'lab', labId: lab.id, body: 'Interested?' })).json(),
  );
  const asThirdNeed = await call(app, 'POST', `/questions/${aboutLab.id}/collaboration`, company.authorization, { needId: theirNeed.id });
  t.equal(asThirdNeed.statusCode, 403, 'the company cannot invite the lab to another company’s need');
  t.match(asThirdNeed.json(), { code: 'NOT_YOURS' }, 'told it is not theirs');
  const labNamesNeed = await call(app, 'POST', `/questions/${aboutLab.id}/collaboration`, researcher.authorization, { needId: theirNeed.id });
  t.equal(labNamesNeed.statusCode, 409, 'the lab cannot name the company’s half (nor a third party’s need)');
  t.match(labNamesNeed.json(), { code: 'QUESTION_INCOMPLETE', fields: [{ path: 'body.needId' }] }, 'the need is the company’s to name');
  const companyNamesLab = await call(app, 'POST', `/questions/${aboutLab.id}/collaboration`, company.authorization, { labId: theirLab.id });
  t.equal(companyNamesLab.statusCode, 409, 'a lab named by the company is ignored: the question’s lab stands and the need is still missing');

  const aboutNeed = questionSchema.parse(
    (await call(app, 'POST', '/questions', researcher.authorization, { subject: 'need', needId: theirNeed.id, body: 'Budget?' })).json(),
  );
  const asThirdLab = await call(app, 'POST', `/questions/${aboutNeed.id}/collaboration`, researcher.authorization, { labId: theirLab.id });
  t.equal(asThirdLab.statusCode, 403, 'the researcher cannot propose another organisation’s lab');
  const asking = await call(app, 'POST', '/questions', researcher.authorization, { subject: 'need', needId: theirNeed.id, labId: theirLab.id, body: 'x' });
  t.equal(asking.statusCode, 403, 'nor ask again naming a third party’s lab');
  t.equal(
    (await call(app, 'POST', '/questions', company.authorization, { subject: 'lab', labId: theirLab.id, needId: theirNeed.id, body: 'x' })).statusCode,
    403,
    'a company cannot ask about a lab naming another company’s need',
  );
  t.equal((await call(app, 'GET', `/questions/${aboutNeed.id}`, otherResearcher.authorization)).statusCode, 404, 'the third lab does not read the thread');
});

t.test('racing the one-thread rule and the start of a collaboration gives one of each, never a 500', async (t) => {
  const { app, company, colleague, researcher, lab, need } = await conversationRig(t);
  const asked = await Promise.all(
    [company, colleague, company, colleague].map((who) =>
      call(app, 'POST', '/questions', who.authorization, { subject: 'lab', labId: lab.id, needId: need.id, body: 'At once' }),
    ),
  );
  t.same(asked.map((answer) => answer.statusCode).sort(), [201, 409, 409, 409], 'one question is asked, the others are sent to it');
  const id = asked.find((answer) => answer.statusCode === 201)!.json().id as string;
  t.ok(
    asked.filter((answer) => answer.statusCode === 409).every((answer) => answer.json().details?.questionId === id),
    'each refusal names the thread that won',
  );
  const started = await Promise.all([
    call(app, 'POST', `/questions/${id}/collaboration`, company.authorization, {}),
    call(app, 'POST', `/questions/${id}/collaboration`, researcher.authorization, {}),
    call(app, 'POST', `/questions/${id}/collaboration`, colleague.authorization, {}),
  ]);
  const statuses = started.map((answer) => answer.statusCode);
  t.equal(statuses.filter((status) => status === 201).length, 1, 'one collaboration starts');
  t.equal(statuses.filter((status) => status === 409).length, 2, 'the others are told it exists');
  const [{ n }] = (await app.db.execute(sql`select count(*)::int as n from collaborations`)) as unknown as [{ n: number }];
  t.equal(n, 1, 'the database holds one');
});

t.test('bad message bodies are refused naming the field, never a 500', async (t) => {
  const { app, company, researcher, lab, need } = await conversationRig(t);
  const question = questionSchema.parse(
    (await call(app, 'POST', '/questions', company.authorization, { subject: 'lab', labId: lab.id, body: 'Hello' })).json(),
  );
  const collaboration = collaborationSchema.parse(
    (await call(app, 'POST', '/collaborations', company.authorization, { needId: need.id, labId: lab.id })).json(),
  );
  const doors = [
    { url: `/questions/${question.id}/messages`, field: 'body.body', payload: (body: unknown) => ({ body }) },
    { url: `/collaborations/${collaboration.id}/messages`, field: 'body.body', payload: (body: unknown) => ({ body }) },
    { url: `/questions/${question.id}/collaboration`, field: 'body.message', payload: (message: unknown) => ({ message }) },
  ];
  const bad: [string, unknown][] = [
    ['a NUL character', 'a\u0000b'],
    ['a lone high surrogate', 'broken \ud800'],
    ['a lone low surrogate', '\udc00 broken'],
    ['only whitespace', ' \n\t '],
    ['a body past the note limit', 'x'.repeat(2001)],
    ['a 200 KB body', 'y'.repeat(200_000)],
    ['a number', 42],
    ['an object', { $ne: null }],
  ];
  for (const door of doors) {
    for (const [what, value] of bad) {
      if (door.field === 'body.message' && what === 'only whitespace') continue;
      const answer = await call(app, 'POST', door.url, researcher.authorization, door.payload(value));
      t.equal(answer.statusCode, 400, `${door.url.split('/')[1]} ${door.field}: ${what} is refused`);
      t.match(answer.json(), { fields: [{ path: door.field }] }, `naming ${door.field}`);
    }
  }
  const extra = await call(app, 'POST', `/questions/${question.id}/messages`, researcher.authorization, { body: 'ok', authorSide: 'company' });
  t.equal(extra.statusCode, 400, 'a message cannot claim a side');
  const huge = await app.inject({
    method: 'POST',
    url: `/api/v1/questions/${question.id}/messages`,
    headers: { authorization: researcher.authorization, 'content-type': 'application/json' },
    payload: JSON.stringify({ body: 'z'.repeat(5_000_000) }),
  });
  t.equal(huge.statusCode, 413, 'a body past the request limit is a 413, not a 500');
  const [{ n }] = (await app.db.execute(sql`select count(*)::int as n from messages`)) as unknown as [{ n: number }];
  t.equal(n, 1, 'none of it was stored');
});

t.test('HTML and header tricks in a message or a need’s title are escaped in the email', async (t) => {
  const { app, company, researcher, lab } = await conversationRig(t);
  const trap = needSchema.parse(
    (await call(app, 'POST', '/needs', company.authorization, needInput({ title: 'Alloy <img src=x onerror=alert(1)> & "co"' }))).json(),
  );
  const body = 'See <script>alert(1)</script> and <a href="javascript:alert(2)">this</a>';
  t.equal(
    (await call(app, 'POST', '/questions', researcher.authorization, { subject: 'need', needId: trap.id, body })).statusCode,
    201,
    'the researcher asks with markup in the question',
  );
  const email = await latestEmailTo(app, company.user.email);
  t.ok(email, 'the company is emailed');
  t.notMatch(email?.html ?? '', /<script|<img|<a href="javascript/i, 'no markup of the attacker’s survives in the HTML');
  t.match(email?.html ?? '', /&lt;script&gt;/, 'it is shown escaped');
  t.match(email?.html ?? '', /&lt;img src=x onerror=alert\(1\)&gt;/, 'the need’s title too');
  t.notMatch(email?.subject ?? '', /[\r\n]/, 'the subject is one line');

  const lined = needSchema.parse((await call(app, 'POST', '/needs', company.authorization, needInput({ title: 'Alloy\r\nBcc: attacker@example.com' }))).json());
  await call(app, 'POST', '/questions', researcher.authorization, { subject: 'need', needId: lined.id, labId: lab.id, body: 'Hi' });
  const queued = await latestEmailTo(app, company.user.email);
  // A need's title may hold a line break, and the queued subject with it: what leaves is what nodemailer makes of it.
  const dir = await mkdtemp(join(tmpdir(), 'kopir-probe-mail-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const quiet = { info: () => undefined } as unknown as Parameters<typeof createMailTransport>[1];
  const send = createMailTransport({ transport: 'file', from: 'Kopir <tests@kopir.local>', smtpUrl: undefined, fileDir: dir }, quiet);
  await send({ to: company.user.email, subject: queued!.subject, text: queued!.body, html: queued!.html ?? undefined });
  const [file] = await readdir(dir);
  const headers = (await readFile(join(dir, file!), 'utf8')).split(/\r?\n\r?\n/)[0]!;
  t.notMatch(headers, /^bcc:/im, 'a title with a line break cannot add a header to the email that leaves');
  t.match(headers, /^Subject: .*Alloy Bcc: attacker@example\.com/m, 'the break is folded into the one subject line');
});

t.test('a need made confidential after the lab asked hides its company from then on, in the app and in email', async (t) => {
  const { app, company, researcher, need } = await conversationRig(t);
  const question = questionSchema.parse(
    (await call(app, 'POST', '/questions', researcher.authorization, { subject: 'need', needId: need.id, body: 'What pressure?' })).json(),
  );
  await call(app, 'POST', `/questions/${question.id}/messages`, company.authorization, { body: 'About 30 bar.' });
  const before = questionSchema.parse((await call(app, 'GET', `/questions/${question.id}`, researcher.authorization)).json());
  t.equal(before.companyOrganisation?.id, company.user.organisationId, 'while public, the lab sees the company');
  const hidden = await call(app, 'PATCH', `/needs/${need.id}`, company.authorization, { visibility: 'confidential' });
  t.equal(hidden.statusCode, 200, 'the company makes the need confidential');
  const after = questionSchema.parse((await call(app, 'GET', `/questions/${question.id}`, researcher.authorization)).json());
  t.equal(after.companyOrganisation, null, 'then the lab no longer sees the company');
  t.notMatch(JSON.stringify(after), await namesOf(app, company), 'nor any name of its people');
  const list = await call(app, 'GET', '/questions', researcher.authorization);
  t.notMatch(list.body, await namesOf(app, company), 'nor does the list');
  await app.db.delete(emailOutbox);
  await app.db.delete(notifications);
  await call(app, 'POST', `/questions/${question.id}/messages`, company.authorization, { body: 'And 80 °C.' });
  t.notMatch(await everythingToldTo(app, researcher.user.id, researcher.user.email), await namesOf(app, company), 'the next notice and email name nobody');
});

t.test('asking about, proposing to and talking about a confidential need tells the lab nothing of its company, anywhere', async (t) => {
  const { app, company, colleague, researcher, lab, confidential } = await conversationRig(t);
  const question = questionSchema.parse(
    (await call(app, 'POST', '/questions', researcher.authorization, { subject: 'need', needId: confidential.id, labId: lab.id, body: 'Grade?' })).json(),
  );
  await call(app, 'POST', `/questions/${question.id}/messages`, colleague.authorization, { body: 'Grade 5.' });
  const proposed = collaborationSchema.parse(
    (await call(app, 'POST', `/questions/${question.id}/collaboration`, researcher.authorization, { message: 'We propose.' })).json(),
  );
  await call(app, 'GET', `/collaborations/${proposed.id}/messages`, researcher.authorization);
  await call(app, 'POST', `/collaborations/${proposed.id}/messages`, company.authorization, { body: 'Tell us your price.' });
  const mask = await namesOf(app, company);
  const colleagueMask = await namesOf(app, colleague);
  for (const url of [
    `/questions/${question.id}`,
    '/questions',
    `/collaborations/${proposed.id}`,
    '/collaborations',
    `/collaborations/${proposed.id}/messages`,
    '/notifications',
    `/needs/${confidential.id}`,
  ]) {
    const answer = await call(app, 'GET', url, researcher.authorization);
    t.equal(answer.statusCode, 200, `${url} answers the lab`);
    t.notMatch(answer.body, mask, `${url} names neither the company nor its lead`);
    t.notMatch(answer.body, colleagueMask, `${url} nor the colleague who answered`);
    t.notMatch(answer.body, /K-77/, `${url} nor the need’s confidential text`);
  }
  const told = await everythingToldTo(app, researcher.user.id, researcher.user.email);
  t.notMatch(told, mask, 'no notification or email to the lab names the company');
  t.notMatch(told, colleagueMask, 'nor its colleague');
});

t.test('after a need is deleted or a lab hidden, the thread is gone or stays with its parties, never a 500', async (t) => {
  const { app, company, researcher, otherCompany, lab, need } = await conversationRig(t);
  const aboutNeed = questionSchema.parse(
    (await call(app, 'POST', '/questions', researcher.authorization, { subject: 'need', needId: need.id, body: 'Still needed?' })).json(),
  );
  const aboutLab = questionSchema.parse(
    (await call(app, 'POST', '/questions', company.authorization, { subject: 'lab', labId: lab.id, body: 'Still testing?' })).json(),
  );
  const deleted = await remove(app, `/needs/${need.id}`, company.authorization);
  t.equal(deleted.statusCode, 204, 'the company deletes its need');
  for (const who of [company, researcher]) {
    t.equal((await call(app, 'GET', `/questions/${aboutNeed.id}`, who.authorization)).statusCode, 404, `${who.name}: the need’s thread is gone`);
    t.equal(
      (await call(app, 'POST', `/questions/${aboutNeed.id}/messages`, who.authorization, { body: 'Hello?' })).statusCode,
      404,
      `${who.name}: and cannot be written in`,
    );
  }
  t.equal((await call(app, 'PATCH', `/labs/${lab.id}`, researcher.authorization, { status: 'hidden' })).statusCode, 200, 'the researcher hides the lab');
  const written = await call(app, 'POST', `/questions/${aboutLab.id}/messages`, company.authorization, { body: 'Are you there?' });
  t.not(written.statusCode, 500, 'writing about a hidden lab is no server error');
  t.equal((await call(app, 'GET', `/questions/${aboutLab.id}`, researcher.authorization)).statusCode, 200, 'the lab’s people still read their thread');
  t.equal((await call(app, 'GET', `/questions/${aboutLab.id}`, otherCompany.authorization)).statusCode, 404, 'an outsider still finds nothing');
  const started = await call(app, 'POST', `/questions/${aboutLab.id}/collaboration`, company.authorization, {
    needId: (await call(app, 'POST', '/needs', company.authorization, needInput({ title: 'Another need' }))).json().id,
  });
  t.equal(started.statusCode, 409, 'a hidden lab cannot be invited from the thread');
  t.match(started.json(), { code: 'LAB_HIDDEN' }, 'saying why');
});

t.test('staff and outsiders cannot write in a question’s or a collaboration’s thread', async (t) => {
  const { app, company, otherCompany, otherResearcher, ministry, lab, need } = await conversationRig(t);
  const admin = await createUser(app, 'admin');
  const question = questionSchema.parse(
    (await call(app, 'POST', '/questions', company.authorization, { subject: 'lab', labId: lab.id, body: 'Hello' })).json(),
  );
  const collaboration = collaborationSchema.parse(
    (await call(app, 'POST', '/collaborations', company.authorization, { needId: need.id, labId: lab.id })).json(),
  );
  for (const [who, authorization] of [
    ['the ministry', ministry.authorization],
    ['an admin', admin.authorization],
  ] as const) {
    t.equal((await call(app, 'POST', `/questions/${question.id}/messages`, authorization, { body: 'x' })).statusCode, 403, `${who} cannot write a question`);
    t.equal((await call(app, 'POST', `/questions/${question.id}/collaboration`, authorization, {})).statusCode, 403, `${who} cannot start one from it`);
    t.equal((await call(app, 'POST', '/questions', authorization, { subject: 'lab', labId: lab.id, body: 'x' })).statusCode, 403, `${who} cannot ask`);
    t.equal(
      (await call(app, 'POST', `/collaborations/${collaboration.id}/messages`, authorization, { body: 'x' })).statusCode,
      403,
      `${who} cannot write in a collaboration`,
    );
  }
  for (const outsider of [otherCompany, otherResearcher]) {
    t.equal(
      (await call(app, 'POST', `/questions/${question.id}/messages`, outsider.authorization, { body: 'x' })).statusCode,
      404,
      `${outsider.name} cannot write in the question`,
    );
    t.equal(
      (await call(app, 'POST', `/questions/${question.id}/collaboration`, outsider.authorization, {})).statusCode,
      404,
      `${outsider.name} cannot start a collaboration from it`,
    );
    t.equal(
      (await call(app, 'POST', `/collaborations/${collaboration.id}/messages`, outsider.authorization, { body: 'x' })).statusCode,
      403,
      `${outsider.name} cannot write in the collaboration`,
    );
  }
  t.equal((await call(app, 'POST', `/questions/${question.id}/messages`, undefined, { body: 'x' })).statusCode, 401, 'nor anybody signed out');
  const [{ n }] = (await app.db.execute(sql`select count(*)::int as n from messages`)) as unknown as [{ n: number }];
  t.equal(n, 1, 'only the question itself was written');
});

t.test('a company replaying an Idempotency-Key on a question about another lab does not link that lab to its other collaboration', async (t) => {
  const { app, company, researcher, otherResearcher, lab, need } = await conversationRig(t);
  const key = 'company-replayed-key-01';
  const invited = await app.inject({
    method: 'POST',
    url: '/api/v1/collaborations',
    headers: { authorization: company.authorization, 'idempotency-key': key },
    payload: { needId: need.id, labId: lab.id, message: 'Join us' },
  });
  t.equal(invited.statusCode, 201, 'the company invites the first lab with a key');
  const first = collaborationSchema.parse(invited.json());
  const otherLab = (await call(app, 'POST', '/labs', otherResearcher.authorization, labInput({ name: { en: 'Second lab' } }))).json() as { id: string };
  const question = questionSchema.parse(
    (await call(app, 'POST', '/questions', company.authorization, { subject: 'lab', labId: otherLab.id, body: 'Interested too?' })).json(),
  );
  const replay = await app.inject({
    method: 'POST',
    url: `/api/v1/questions/${question.id}/collaboration`,
    headers: { authorization: company.authorization, 'idempotency-key': key },
    payload: { needId: need.id },
  });
  t.not(replay.statusCode, 500, 'the replay is no server error');
  t.match(replay.json(), { code: 'IDEMPOTENCY_KEY_REUSED' }, 'but a refusal: the key was used for another pair');
  const seen = questionSchema.parse((await call(app, 'GET', `/questions/${question.id}`, otherResearcher.authorization)).json());
  t.not(seen.collaborationId, first.id, 'the second lab is not pointed at the company’s collaboration with the first lab');
  t.equal((await call(app, 'GET', `/collaborations/${first.id}`, otherResearcher.authorization)).statusCode, 403, 'which it cannot read, at least');
  t.equal((await call(app, 'GET', `/collaborations/${first.id}/messages`, otherResearcher.authorization)).statusCode, 403, 'nor its thread');
  t.equal((await call(app, 'GET', `/questions/${question.id}`, researcher.authorization)).statusCode, 404, 'and the first lab does not read this question');
});

t.test('a region officer neither reads nor writes a question or a collaboration’s thread', async (t) => {
  const { app, company, lab, need } = await conversationRig(t);
  const region = await createUser(app, 'region');
  const question = questionSchema.parse(
    (await call(app, 'POST', '/questions', company.authorization, { subject: 'lab', labId: lab.id, body: 'Hello' })).json(),
  );
  const collaboration = collaborationSchema.parse(
    (await call(app, 'POST', '/collaborations', company.authorization, { needId: need.id, labId: lab.id, message: 'Terms: 7 million' })).json(),
  );
  t.equal((await call(app, 'GET', `/questions/${question.id}`, region.authorization)).statusCode, 403, 'the question is refused by role');
  t.equal((await call(app, 'GET', '/questions', region.authorization)).statusCode, 403, 'as is the list');
  t.equal((await call(app, 'GET', `/collaborations/${collaboration.id}/messages`, region.authorization)).statusCode, 403, 'and the collaboration’s thread');
  const read = await call(app, 'GET', `/collaborations/${collaboration.id}`, region.authorization);
  t.notMatch(read.body, /7 million/, 'nor does the collaboration itself carry its opening message to the region');
});
