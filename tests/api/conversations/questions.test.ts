import t from 'tap';
import { collaborationSchema, listingStatsSchema, messageListSchema, messageSchema, questionListSchema, questionSchema } from '@kopir/shared';
import { latestEmailTo } from '../../harness/mail.ts';
import { call, conversationRig, unreadKinds } from './conversation-rig.ts';

t.test('a company asks a lab a question, the researcher answers, and the question becomes an invitation with a message', async (t) => {
  const { app, company, colleague, researcher, otherCompany, otherResearcher, ministry, lab, need } = await conversationRig(t);

  const asked = await call(app, 'POST', '/questions', company.authorization, {
    subject: 'lab',
    labId: lab.id,
    needId: need.id,
    body: 'Can your lab test hydrogen uptake at 80 °C?',
  });
  t.equal(asked.statusCode, 201, 'the company asks about the lab, naming its need');
  const question = questionSchema.parse(asked.json());
  t.match(
    question,
    { subject: 'lab', askerSide: 'company', mySide: 'company', lab: { id: lab.id }, need: { id: need.id }, collaborationId: null },
    'the thread',
  );
  t.match(question.messages, [{ authorSide: 'company', authorName: company.name, mine: true, body: /80 °C/ }], 'with the question as its first message');

  t.same(await unreadKinds(app, researcher.user.id), ['question_received'], 'the lab’s researcher is told in the app');
  const email = await latestEmailTo(app, researcher.user.email);
  t.match(email?.subject, /сұрақ/, 'and by email, in Kazakh, the language of their account');
  t.match(email?.body, /80 °C/, 'quoting the question');
  t.match(email?.body, new RegExp(`/questions/${question.id}`), 'with a link to the thread');

  const stats = listingStatsSchema.parse((await call(app, 'GET', `/labs/${lab.id}/stats?days=7`, researcher.authorization)).json());
  t.equal(stats.totals.questions, 1, 'the lab’s owners see the question counted in what happened to their lab');

  const again = await call(app, 'POST', '/questions', colleague.authorization, { subject: 'lab', labId: lab.id, body: 'And at 90 °C?' });
  t.equal(again.statusCode, 409, 'a colleague asking about the same lab is sent to the existing thread');
  t.match(again.json(), { code: 'QUESTION_EXISTS', details: { questionId: question.id } }, 'which the answer names');

  // Who reads it: the two organisations, nobody else (to others it does not exist).
  t.equal((await call(app, 'GET', `/questions/${question.id}`, colleague.authorization)).statusCode, 200, 'a colleague of the asker reads it');
  t.equal((await call(app, 'GET', `/questions/${question.id}`, researcher.authorization)).statusCode, 200, 'the lab’s researcher reads it');
  for (const [who, outsider] of [
    ['another company', otherCompany],
    ['a researcher of another organisation', otherResearcher],
  ] as const) {
    t.equal((await call(app, 'GET', `/questions/${question.id}`, outsider.authorization)).statusCode, 404, `${who} finds nothing there`);
    t.equal(
      (await call(app, 'POST', `/questions/${question.id}/messages`, outsider.authorization, { body: 'Let me in' })).statusCode,
      404,
      `${who} cannot write in it`,
    );
    t.same(questionListSchema.parse((await call(app, 'GET', '/questions', outsider.authorization)).json()).items, [], `${who} has no questions listed`);
  }
  t.equal((await call(app, 'GET', `/questions/${question.id}`, ministry.authorization)).statusCode, 403, 'the ministry does not read questions');
  t.equal((await call(app, 'GET', `/questions/${question.id}`)).statusCode, 401, 'nor does anybody signed out');

  // The answer, and notices that do not flood.
  const opened = questionSchema.parse((await call(app, 'GET', `/questions/${question.id}`, researcher.authorization)).json());
  t.equal(opened.mySide, 'lab', 'the researcher reads it from the lab’s side');
  t.same(await unreadKinds(app, researcher.user.id), [], 'opening the thread reads its notice');
  const answer = await call(app, 'POST', `/questions/${question.id}/messages`, researcher.authorization, { body: 'Yes, up to 120 °C.' });
  t.equal(answer.statusCode, 201, 'the researcher answers');
  t.match(messageSchema.parse(answer.json()), { authorSide: 'lab', authorName: researcher.name, mine: true }, 'as the lab');
  await call(app, 'POST', `/questions/${question.id}/messages`, researcher.authorization, { body: 'We also have a Sieverts apparatus.' });
  t.same(await unreadKinds(app, company.user.id), ['message_received'], 'two messages, one notice while the first is unread');
  t.same(await unreadKinds(app, colleague.user.id), ['message_received'], 'each of the company’s people is told');
  const listed = questionListSchema.parse((await call(app, 'GET', '/questions', company.authorization)).json());
  t.match(listed.items, [{ id: question.id, lastMessage: { body: /Sieverts/ } }], 'the company’s list shows the last message');
  await call(app, 'GET', `/questions/${question.id}`, company.authorization);
  await call(app, 'POST', `/questions/${question.id}/messages`, researcher.authorization, { body: 'When can we start?' });
  t.same(await unreadKinds(app, company.user.id), ['message_received'], 'once the thread is opened, the next message is announced again');

  // The company turns it into an invitation, with a message.
  const started = await call(app, 'POST', `/questions/${question.id}/collaboration`, company.authorization, { message: 'Let us start in March.' });
  t.equal(started.statusCode, 201, 'the company invites the lab from the question');
  const collaboration = collaborationSchema.parse(started.json());
  t.match(
    collaboration,
    { status: 'proposed', initiatedBy: 'company', need: { id: need.id }, lab: { id: lab.id }, message: 'Let us start in March.' },
    'to its need',
  );
  t.equal(
    questionSchema.parse((await call(app, 'GET', `/questions/${question.id}`, company.authorization)).json()).collaborationId,
    collaboration.id,
    'the question links to it',
  );
  const thread = messageListSchema.parse((await call(app, 'GET', `/collaborations/${collaboration.id}/messages`, researcher.authorization)).json());
  t.match(thread.items, [{ authorSide: 'company', body: 'Let us start in March.' }], 'the invitation’s message opens the collaboration’s conversation');
  t.match((await latestEmailTo(app, researcher.user.email))?.body, /Let us start in March/, 'and the invitation email quotes it');
  const twice = await call(app, 'POST', `/questions/${question.id}/collaboration`, colleague.authorization, {});
  t.match(twice.json(), { code: 'COLLABORATION_EXISTS' }, 'the pair cannot start a second one while this one is under way');
});

t.test('a question about a confidential need tells the lab nothing of the company until it makes itself known', async (t) => {
  const { app, company, researcher, confidential, lab } = await conversationRig(t);
  const asked = await call(app, 'POST', '/questions', researcher.authorization, { subject: 'need', needId: confidential.id, body: 'Which temperature range?' });
  t.equal(asked.statusCode, 201, 'a researcher asks about a confidential need');
  const question = questionSchema.parse(asked.json());
  t.equal(question.companyOrganisation, null, 'the researcher does not learn the company');
  t.same(await unreadKinds(app, company.user.id), ['question_received'], 'the company is told');
  await call(app, 'POST', `/questions/${question.id}/messages`, company.authorization, { body: 'Between 300 and 500 °C.' });
  const read = questionSchema.parse((await call(app, 'GET', `/questions/${question.id}`, researcher.authorization)).json());
  t.match(read.messages[1], { authorSide: 'company', authorName: null, body: /300 and 500/ }, 'the company’s answer reaches them without a name');
  t.notMatch(JSON.stringify(read), new RegExp(`${company.name}|${company.user.organisationId}`), 'nor anything else that names the company');
  const email = await latestEmailTo(app, researcher.user.email);
  t.notMatch(email?.body ?? '', new RegExp(company.name), 'the email of the answer does not name the company either');
  t.notMatch(JSON.stringify(read), /K-77/, 'and asking reveals none of the need’s text');
  const company_view = questionSchema.parse((await call(app, 'GET', `/questions/${question.id}`, company.authorization)).json());
  t.match(company_view.messages[0], { authorName: researcher.name }, 'the company sees who asked');

  const incomplete = await call(app, 'POST', `/questions/${question.id}/collaboration`, company.authorization, {});
  t.equal(incomplete.statusCode, 409, 'the company cannot invite before the question names a lab');
  t.match(incomplete.json(), { code: 'QUESTION_INCOMPLETE', fields: [{ path: 'body.labId' }] }, 'and is told which half is missing');
  const wrongLab = await call(app, 'POST', `/questions/${question.id}/collaboration`, researcher.authorization, { labId: confidential.id });
  t.equal(wrongLab.statusCode, 403, 'a researcher cannot name something that is not their lab');

  const proposed = await call(app, 'POST', `/questions/${question.id}/collaboration`, researcher.authorization, {
    labId: lab.id,
    message: 'We propose a pilot.',
  });
  t.equal(proposed.statusCode, 201, 'the researcher proposes their lab from the question');
  const collaboration = collaborationSchema.parse(proposed.json());
  const before = questionSchema.parse((await call(app, 'GET', `/questions/${question.id}`, researcher.authorization)).json());
  t.equal(before.companyOrganisation, null, 'a proposal does not make the company known');
  const accepted = await call(app, 'POST', `/collaborations/${collaboration.id}/transitions`, company.authorization, { action: 'accept' });
  t.equal(accepted.statusCode, 200, 'the company accepts');
  const after = questionSchema.parse((await call(app, 'GET', `/questions/${question.id}`, researcher.authorization)).json());
  t.equal(after.companyOrganisation?.id, company.user.organisationId, 'once it accepts, the lab learns who it is');
  t.match(after.messages[1], { authorName: company.name }, 'and who answered');
});

t.test('bad questions are refused, naming the field, and nobody asks past the day’s limit', async (t) => {
  const { app, company, researcher, lab, need } = await conversationRig(t);
  const refused = async (payload: object, path: string, what: string, who = company.authorization) => {
    const response = await call(app, 'POST', '/questions', who, payload);
    t.equal(response.statusCode, 400, what);
    t.match(response.json(), { fields: [{ path }] }, `naming ${path}`);
  };
  await refused({ subject: 'lab', labId: lab.id, body: '   ' }, 'body.body', 'an empty question');
  await refused({ subject: 'lab', labId: lab.id, body: 'NUL \u0000 here' }, 'body.body', 'a NUL character');
  await refused({ subject: 'lab', labId: lab.id, body: 'broken \ud800 text' }, 'body.body', 'a lone surrogate');
  await refused({ subject: 'lab', labId: lab.id, body: 'x'.repeat(2001) }, 'body.body', 'a question longer than a note');
  await refused({ subject: 'lab', body: 'Which lab?' }, 'body.labId', 'a question about a lab that names none');
  await refused({ subject: 'lab', labId: 'not-a-uuid', body: 'Hello' }, 'body.labId', 'a lab id that is no id');

  const wrongRole = await call(app, 'POST', '/questions', researcher.authorization, { subject: 'lab', labId: lab.id, body: 'Hello colleague' });
  t.match(wrongRole, { statusCode: 403 }, 'researchers ask about needs, not labs');
  t.match(wrongRole.json(), { code: 'FORBIDDEN_ROLE' }, 'and are told so');
  const notMine = await call(app, 'POST', '/questions', company.authorization, { subject: 'lab', labId: lab.id, needId: lab.id, body: 'Hello' });
  t.equal(notMine.statusCode, 403, 'a company cannot name a need that is not its own');
  const closed = await call(app, 'PATCH', `/needs/${need.id}`, company.authorization, { status: 'closed' });
  t.equal(closed.statusCode, 200, 'the company closes its need');
  const toClosed = await call(app, 'POST', '/questions', researcher.authorization, { subject: 'need', needId: need.id, body: 'Still open?' });
  t.match(toClosed.json(), { code: 'NEED_NOT_OPEN' }, 'nobody asks about a closed need');
  const hidden = await call(app, 'PATCH', `/labs/${lab.id}`, researcher.authorization, { status: 'hidden' });
  t.equal(hidden.statusCode, 200, 'the researcher hides the lab');
  t.equal(
    (await call(app, 'POST', '/questions', company.authorization, { subject: 'lab', labId: lab.id, body: 'Hello?' })).statusCode,
    404,
    'a hidden lab cannot be asked: it is not there for the company',
  );
  t.equal(
    (await call(app, 'POST', '/questions', company.authorization, { subject: 'lab', labId: '00000000-0000-4000-8000-000000000000', body: 'Hello?' }))
      .statusCode,
    404,
    'nor a lab that does not exist',
  );
});
