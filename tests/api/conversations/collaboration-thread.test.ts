import { sql } from 'drizzle-orm';
import t from 'tap';
import { collaborationSchema, labSchema, messageListSchema, needSchema, QUESTIONS_PER_DAY } from '@kopir/shared';
import { labInput } from '../../harness/catalogue.ts';
import { latestEmailTo } from '../../harness/mail.ts';
import { call, conversationRig, unreadKinds } from './conversation-rig.ts';

t.test('the parties of a collaboration talk in its thread; the ministry reads the collaboration, not the conversation', async (t) => {
  const { app, company, researcher, otherCompany, otherResearcher, ministry, lab, confidential } = await conversationRig(t);
  const invited = await call(app, 'POST', '/collaborations', company.authorization, { needId: confidential.id, labId: lab.id, message: 'Please look at K.' });
  t.equal(invited.statusCode, 201, 'the company invites the lab to its confidential need, with a message');
  const collaboration = collaborationSchema.parse(invited.json());
  t.match(
    needSchema.safeParse((await call(app, 'GET', `/needs/${confidential.id}`, researcher.authorization)).json()),
    { success: true },
    'the invited lab reads the need in full',
  );

  const sent = await call(app, 'POST', `/collaborations/${collaboration.id}/messages`, researcher.authorization, { body: 'Which grade of steel?' });
  t.equal(sent.statusCode, 201, 'the researcher writes in the collaboration’s thread');
  t.same(await unreadKinds(app, company.user.id), ['message_received'], 'the company is told');
  t.match((await latestEmailTo(app, company.user.email))?.body, new RegExp(`/collaborations/${collaboration.id}`), 'with a link to the collaboration');
  const reply = await call(app, 'POST', `/collaborations/${collaboration.id}/messages`, company.authorization, { body: 'AISI 316L.' });
  t.equal(reply.statusCode, 201, 'and answers');
  const thread = messageListSchema.parse((await call(app, 'GET', `/collaborations/${collaboration.id}/messages`, researcher.authorization)).json());
  t.same(
    thread.items.map((message) => [message.authorSide, message.body, message.mine]),
    [
      ['company', 'Please look at K.', false],
      ['lab', 'Which grade of steel?', true],
      ['company', 'AISI 316L.', false],
    ],
    'the thread in order, the invitation’s message first',
  );
  t.equal(thread.items[0]?.authorName, company.name, 'an invitation makes the company known, so its people are named');

  t.equal((await call(app, 'GET', `/collaborations/${collaboration.id}`, ministry.authorization)).statusCode, 200, 'the ministry reads the collaboration');
  const ministryThread = await call(app, 'GET', `/collaborations/${collaboration.id}/messages`, ministry.authorization);
  t.equal(ministryThread.statusCode, 403, 'but not what its parties say');
  for (const [who, outsider] of [
    ['another company', otherCompany],
    ['a researcher of another organisation', otherResearcher],
  ] as const) {
    t.equal((await call(app, 'GET', `/collaborations/${collaboration.id}/messages`, outsider.authorization)).statusCode, 403, `${who} cannot read it`);
    t.equal(
      (await call(app, 'POST', `/collaborations/${collaboration.id}/messages`, outsider.authorization, { body: 'Hi' })).statusCode,
      403,
      `${who} cannot write in it`,
    );
  }
  t.equal((await call(app, 'GET', `/collaborations/${collaboration.id}/messages`)).statusCode, 401, 'nor anybody signed out');
  const empty = await call(app, 'POST', `/collaborations/${collaboration.id}/messages`, company.authorization, { body: '' });
  t.match(empty, { statusCode: 400 }, 'an empty message is refused');
  t.match(empty.json(), { fields: [{ path: 'body.body' }] }, 'naming the field');
});

t.test('a lab that proposed to a confidential need sees the company’s messages unnamed until it accepts', async (t) => {
  const { app, company, researcher, lab, confidential } = await conversationRig(t);
  const proposed = collaborationSchema.parse(
    (await call(app, 'POST', '/collaborations', researcher.authorization, { needId: confidential.id, labId: lab.id, message: 'We can help.' })).json(),
  );
  await call(app, 'POST', `/collaborations/${proposed.id}/messages`, company.authorization, { body: 'Tell us more first.' });
  const unnamed = messageListSchema.parse((await call(app, 'GET', `/collaborations/${proposed.id}/messages`, researcher.authorization)).json());
  t.match(
    unnamed.items,
    [
      { authorSide: 'lab', authorName: researcher.name },
      { authorSide: 'company', authorName: null },
    ],
    'the company writes without a name',
  );
  t.notMatch(JSON.stringify(unnamed), new RegExp(company.name), 'nowhere in the thread');
  await call(app, 'POST', `/collaborations/${proposed.id}/transitions`, company.authorization, { action: 'accept' });
  const named = messageListSchema.parse((await call(app, 'GET', `/collaborations/${proposed.id}/messages`, researcher.authorization)).json());
  t.equal(named.items[1]?.authorName, company.name, 'once the company accepts, its people are named');
});

t.test(`a person asks at most ${QUESTIONS_PER_DAY} new questions a day, even all at once`, async (t) => {
  const { app, company, researcher } = await conversationRig(t);
  const labs = [];
  for (let i = 0; i < QUESTIONS_PER_DAY + 3; i++) {
    labs.push(labSchema.parse((await call(app, 'POST', '/labs', researcher.authorization, labInput({ name: { en: `Lab number ${i}` } }))).json()));
  }
  const answers = await Promise.all(
    labs.map((lab) => call(app, 'POST', '/questions', company.authorization, { subject: 'lab', labId: lab.id, body: 'Do you take orders?' })),
  );
  const statuses = answers.map((answer) => answer.statusCode);
  t.equal(statuses.filter((status) => status === 201).length, QUESTIONS_PER_DAY, `${QUESTIONS_PER_DAY} questions are asked`);
  t.equal(statuses.filter((status) => status === 429).length, 3, 'the rest are refused with 429');
  t.match(answers.find((answer) => answer.statusCode === 429)?.json(), { code: 'QUESTION_LIMIT_REACHED', details: { limit: QUESTIONS_PER_DAY } }, 'saying why');
  const [{ asked }] = (await app.db.execute(sql`select count(*)::int as asked from questions where asked_by = ${company.user.id}`)) as unknown as [
    { asked: number },
  ];
  t.equal(asked, QUESTIONS_PER_DAY, 'and the database holds exactly that many');
});
