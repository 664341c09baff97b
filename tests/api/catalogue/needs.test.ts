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

  const view = async (authorization?: string) => (await app.inject({ method: 'GET', url: `/api/v1/needs/${need.id}`, ...(authorization && { headers: { authorization } }) })).json<Record<string, unknown>>();
  for (const [who, authorization] of [['anonymous', undefined], ['a researcher', researcher.authorization]] as const) {
    const seen = await view(authorization);
    t.same(Object.keys(seen).sort(), ['id', 'publishedAt', 'regionCode', 'restricted', 'sectors', 'status', 'title', 'visibility'], `${who} sees the public fields only`);
    t.notMatch(JSON.stringify(seen), /X-17/, `${who} never sees the description`);
  }
  for (const [who, authorization] of [['the company', company.authorization], ['a colleague', colleague.authorization], ['the ministry', ministry.authorization]] as const) {
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
  const foreign = await app.inject({ method: 'PATCH', url: `/api/v1/needs/${need.id}`, headers: { authorization: other.authorization }, payload: { status: 'closed' } });
  t.equal(apiErrorSchema.parse(foreign.json()).code, 'NOT_YOURS', 'another company cannot close it');
  const closed = await app.inject({ method: 'PATCH', url: `/api/v1/needs/${need.id}`, headers: { authorization: company.authorization }, payload: { status: 'fulfilled' } });
  t.equal(needSchema.parse(closed.json()).status, 'fulfilled', 'the company marks it fulfilled');
  const researcher = await createUser(app, 'researcher');
  const asResearcher = await app.inject({ method: 'POST', url: '/api/v1/needs', headers: { authorization: researcher.authorization }, payload: needInput() });
  t.equal(asResearcher.statusCode, 403, 'researchers do not post needs');
});
