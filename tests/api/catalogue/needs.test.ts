import t from 'tap';
import { apiErrorSchema, needSchema } from '@kopir/shared';
import { needInput } from '../../harness/catalogue.ts';
import { createUser } from '../../harness/factories.ts';
import { createTestApp } from '../../harness/test-app.ts';

t.test('a confidential need shows only its title, sectors and region to outsiders', async (t) => {
  const app = await createTestApp(t);
  const company = await createUser(app, 'company');
  const colleague = await createUser(app, 'company', { organisationId: company.user.organisationId! });
  const researcher = await createUser(app, 'researcher');
  const ministry = await createUser(app, 'ministry');
  const created = await app.inject({
    method: 'POST',
    url: '/api/v1/needs',
    headers: { authorization: company.authorization },
    payload: needInput({ visibility: 'confidential', description: { ru: 'Секретный состав катализатора X-17' } }),
  });
  t.equal(created.statusCode, 201, 'created');
  const need = needSchema.parse(created.json());

  const view = async (authorization?: string) =>
    (await app.inject({ method: 'GET', url: `/api/v1/needs/${need.id}`, ...(authorization && { headers: { authorization } }) })).json<
      Record<string, unknown>
    >();
  for (const [who, authorization] of [
    ['anonymous', undefined],
    ['a researcher', researcher.authorization],
  ] as const) {
    const seen = await view(authorization);
    t.same(
      Object.keys(seen).sort(),
      ['id', 'publishedAt', 'regionCode', 'restricted', 'sectors', 'status', 'title', 'visibility'],
      `${who} sees the public fields only`,
    );
    t.notMatch(JSON.stringify(seen), /X-17/, `${who} never sees the description`);
  }
  for (const [who, authorization] of [
    ['the company', company.authorization],
    ['a colleague', colleague.authorization],
    ['the ministry', ministry.authorization],
  ] as const) {
    t.match(await view(authorization), { description: { ru: /X-17/ } }, `${who} reads it in full`);
  }
});

t.test('needs are validated, and closed by their company only', async (t) => {
  const app = await createTestApp(t);
  const company = await createUser(app, 'company');
  const other = await createUser(app, 'company');
  const post = (payload: object) => app.inject({ method: 'POST', url: '/api/v1/needs', headers: { authorization: company.authorization }, payload });
  const fieldsOf = async (payload: object) => apiErrorSchema.parse((await post(payload)).json()).fields?.map((field) => field.path) ?? [];
  t.same(await fieldsOf(needInput({ budgetMinKzt: 10, budgetMaxKzt: 5 })), ['body.budgetMaxKzt'], 'a budget range upside down');
  t.same(await fieldsOf(needInput({ sectors: [] })), ['body.sectors'], 'no sector');
  t.same(await fieldsOf(needInput({ budgetMinKzt: 1.5 })), ['body.budgetMinKzt'], 'money in whole tenge');
  t.same(await fieldsOf(needInput({ deadlineOn: '31.03.2027' })), ['body.deadlineOn'], 'a date in another format');
  t.same(await fieldsOf(needInput({ title: 'Fix' })), ['body.title'], 'a title too short');

  const need = needSchema.parse((await post(needInput())).json());
  const foreign = await app.inject({
    method: 'PATCH',
    url: `/api/v1/needs/${need.id}`,
    headers: { authorization: other.authorization },
    payload: { status: 'closed' },
  });
  t.equal(apiErrorSchema.parse(foreign.json()).code, 'NOT_YOURS', 'another company cannot close it');
  const closed = await app.inject({
    method: 'PATCH',
    url: `/api/v1/needs/${need.id}`,
    headers: { authorization: company.authorization },
    payload: { status: 'fulfilled' },
  });
  t.equal(needSchema.parse(closed.json()).status, 'fulfilled', 'the company marks it fulfilled');
  const researcher = await createUser(app, 'researcher');
  const asResearcher = await app.inject({ method: 'POST', url: '/api/v1/needs', headers: { authorization: researcher.authorization }, payload: needInput() });
  t.equal(asResearcher.statusCode, 403, 'researchers do not post needs');
});

t.test('a need’s budget is read as people type it, never silently lost', async (t) => {
  const app = await createTestApp(t);
  const company = await createUser(app, 'company');
  const post = (payload: object) => app.inject({ method: 'POST', url: '/api/v1/needs', headers: { authorization: company.authorization }, payload });
  const saved = await post(needInput({ budgetMinKzt: '20 млн', budgetMaxKzt: '1,5 млрд' }));
  t.equal(saved.statusCode, 201, '"20 млн" to "1,5 млрд" is accepted');
  const need = needSchema.parse(saved.json());
  t.equal(need.budgetMinKzt, 20_000_000, '"20 млн" is 20 000 000 tenge');
  t.equal(need.budgetMaxKzt, 1_500_000_000, '"1,5 млрд" is 1 500 000 000 tenge');

  const words = await post(needInput({ budgetMinKzt: 'twenty' }));
  t.equal(words.statusCode, 400, '"twenty" is refused');
  const refusal = apiErrorSchema.parse(words.json());
  t.equal(refusal.code, 'VALIDATION_FAILED', 'as a validation failure');
  t.match(refusal.fields, [{ path: 'body.budgetMinKzt', rule: 'not_money', message: /amount in tenge/ }], 'naming the budget and saying how to write it');
});

t.test('a need’s deadline is a real date, not in the past when published or reopened', async (t) => {
  const now = new Date('2026-06-15T09:00:00Z');
  const app = await createTestApp(t, {}, { clock: () => now });
  const company = await createUser(app, 'company');
  const post = (payload: object) => app.inject({ method: 'POST', url: '/api/v1/needs', headers: { authorization: company.authorization }, payload });
  const patch = (id: string, payload: object) =>
    app.inject({ method: 'PATCH', url: `/api/v1/needs/${id}`, headers: { authorization: company.authorization }, payload });

  const past = await post(needInput({ deadlineOn: '2026-06-14' }));
  t.equal(past.statusCode, 400, 'yesterday is refused');
  t.match(
    apiErrorSchema.parse(past.json()).fields,
    [{ path: 'body.deadlineOn', rule: 'date_in_past', params: { min: '2026-06-15' } }],
    'naming the deadline and the first allowed day',
  );
  const yearZero = await post(needInput({ deadlineOn: '0000-01-01' }));
  t.equal(yearZero.statusCode, 400, 'the year 0000 answers 400, not 500');
  t.match(apiErrorSchema.parse(yearZero.json()).fields, [{ path: 'body.deadlineOn', rule: 'date_out_of_range' }], 'naming the deadline');
  t.equal((await post(needInput({ deadlineOn: '9999-12-31' }))).statusCode, 400, 'the year 9999 too');

  const need = needSchema.parse((await post(needInput({ deadlineOn: '2026-06-15' }))).json());
  t.equal(need.deadlineOn, '2026-06-15', 'today is still allowed');
  t.equal((await patch(need.id, { status: 'closed' })).statusCode, 200, 'closed');
  now.setTime(Date.parse('2026-07-01T09:00:00Z'));
  const reopened = await patch(need.id, { status: 'open' });
  t.equal(reopened.statusCode, 400, 'reopening with a passed deadline is refused');
  t.match(apiErrorSchema.parse(reopened.json()).fields, [{ path: 'body.deadlineOn' }], 'naming the deadline');
  const moved = await patch(need.id, { status: 'open', deadlineOn: '2026-09-30' });
  t.equal(needSchema.parse(moved.json()).status, 'open', 'reopening with a new deadline works');
});

t.test('names and descriptions have length limits and storable characters', async (t) => {
  const app = await createTestApp(t);
  const company = await createUser(app, 'company');
  const fieldsOf = async (payload: object) =>
    apiErrorSchema.parse((await app.inject({ method: 'POST', url: '/api/v1/needs', headers: { authorization: company.authorization }, payload })).json())
      .fields ?? [];
  t.match(await fieldsOf(needInput({ title: 'x'.repeat(201) })), [{ path: 'body.title', rule: 'too_long', params: { max: 200 } }], 'a 201-character title');
  t.match(await fieldsOf(needInput({ description: { en: 'x'.repeat(900_000) } })), [{ path: 'body.description.en', rule: 'too_long' }], 'a 900 KB description');
  t.match(await fieldsOf(needInput({ description: { en: 'a\u0000b' } })), [{ path: 'body.description.en', rule: 'nul_character' }], 'a NUL byte');
  t.match(await fieldsOf(needInput({ title: 'Broken \ud800 title' })), [{ path: 'body.title', rule: 'lone_surrogate' }], 'a lone surrogate');
});
