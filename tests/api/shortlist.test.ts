import t from 'tap';
import { labSchema, needSchema, SHORTLIST_LIMIT, shortlistSchema } from '@kopir/shared';
import { shortlistEntries } from '@kopir/db';
import { labInput, needInput } from '../harness/catalogue.ts';
import { createUser } from '../harness/factories.ts';
import { createTestApp } from '../harness/test-app.ts';

type App = Awaited<ReturnType<typeof createTestApp>>;

const call = (app: App, method: 'GET' | 'PUT' | 'DELETE', url: string, authorization?: string) =>
  app.inject({ method, url: `/api/v1${url}`, ...(authorization && { headers: { authorization } }) });

async function shortlistOf(app: App, authorization: string) {
  const response = await call(app, 'GET', '/my/shortlist', authorization);
  return shortlistSchema.parse(response.json());
}

t.test('a researcher keeps needs and a company keeps labs, each shown as its page shows it', async (t) => {
  const app = await createTestApp(t);
  const researcher = await createUser(app, 'researcher');
  const company = await createUser(app, 'company');
  const lab = labSchema.parse(
    (await app.inject({ method: 'POST', url: '/api/v1/labs', headers: { authorization: researcher.authorization }, payload: labInput() })).json(),
  );
  const confidential = needSchema.parse(
    (
      await app.inject({
        method: 'POST',
        url: '/api/v1/needs',
        headers: { authorization: company.authorization },
        payload: needInput({ visibility: 'confidential', description: { en: 'Secret alloy K-77' } }),
      })
    ).json(),
  );

  t.equal((await call(app, 'PUT', `/my/shortlist/need/${confidential.id}`, researcher.authorization)).statusCode, 204, 'a researcher keeps a need');
  t.equal((await call(app, 'PUT', `/my/shortlist/need/${confidential.id}`, researcher.authorization)).statusCode, 204, 'keeping it again is no error');
  const kept = await shortlistOf(app, researcher.authorization);
  t.equal(kept.items.length, 1, 'and it is kept once');
  t.match(kept.items[0], { kind: 'need', need: { id: confidential.id, restricted: true } }, 'a confidential need shows its public fields only');
  t.notMatch(JSON.stringify(kept), /K-77/, 'never its text');

  t.equal((await call(app, 'PUT', `/my/shortlist/lab/${lab.id}`, company.authorization)).statusCode, 204, 'a company keeps a lab');
  t.match((await shortlistOf(app, company.authorization)).items, [{ kind: 'lab', lab: { id: lab.id } }], 'the company’s own list');
  t.same(
    (await shortlistOf(app, researcher.authorization)).items.map((item) => item.kind),
    ['need'],
    'lists are personal',
  );

  // The lab is hidden: it drops out of the list, and comes back when shown again.
  const hide = await app.inject({
    method: 'PATCH',
    url: `/api/v1/labs/${lab.id}`,
    headers: { authorization: researcher.authorization },
    payload: { status: 'hidden' },
  });
  t.equal(hide.statusCode, 200, 'the lab is hidden');
  t.same((await shortlistOf(app, company.authorization)).items, [], 'a hidden lab is not shown to the company');
  await app.inject({ method: 'PATCH', url: `/api/v1/labs/${lab.id}`, headers: { authorization: researcher.authorization }, payload: { status: 'active' } });
  t.equal((await shortlistOf(app, company.authorization)).items.length, 1, 'and is back once shown again');

  t.equal((await call(app, 'DELETE', `/my/shortlist/lab/${lab.id}`, company.authorization)).statusCode, 204, 'taken off');
  t.equal((await call(app, 'DELETE', `/my/shortlist/lab/${lab.id}`, company.authorization)).statusCode, 204, 'taking it off again is no error');
  t.same((await shortlistOf(app, company.authorization)).items, [], 'the list is empty');
});

t.test('only what one may open can be kept, and only by researchers and companies', async (t) => {
  const app = await createTestApp(t);
  const researcher = await createUser(app, 'researcher');
  const company = await createUser(app, 'company');
  const ministry = await createUser(app, 'ministry');
  const hidden = labSchema.parse(
    (
      await app.inject({ method: 'POST', url: '/api/v1/labs', headers: { authorization: researcher.authorization }, payload: labInput({ status: 'hidden' }) })
    ).json(),
  );
  const hiddenAdd = await call(app, 'PUT', `/my/shortlist/lab/${hidden.id}`, company.authorization);
  t.equal(hiddenAdd.statusCode, 404, 'a hidden lab cannot be kept by another organisation: it is not there for them');
  t.equal(
    (await call(app, 'PUT', '/my/shortlist/lab/00000000-0000-4000-8000-000000000000', company.authorization)).statusCode,
    404,
    'nor one that does not exist',
  );
  const badKind = await call(app, 'PUT', `/my/shortlist/organisation/${hidden.id}`, company.authorization);
  t.equal(badKind.statusCode, 400, 'only labs and needs');
  t.match(badKind.json(), { fields: [{ path: 'params.kind' }] }, 'naming the field');
  t.equal((await call(app, 'PUT', '/my/shortlist/lab/not-a-uuid', company.authorization)).statusCode, 400, 'a malformed id is 400');
  t.equal((await call(app, 'GET', '/my/shortlist')).statusCode, 401, 'anonymous: sign in first');
  t.equal((await call(app, 'GET', '/my/shortlist', ministry.authorization)).statusCode, 403, 'the ministry keeps no shortlist');
  t.equal((await call(app, 'PUT', `/my/shortlist/lab/${hidden.id}`, researcher.authorization)).statusCode, 204, 'its own researcher may keep a hidden lab');
});

t.test('a shortlist holds at most its limit, even with adds at once', async (t) => {
  const app = await createTestApp(t);
  const company = await createUser(app, 'company');
  const researcher = await createUser(app, 'researcher');
  const lab = (payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: '/api/v1/labs', headers: { authorization: researcher.authorization }, payload: labInput(payload) });
  const labs = [];
  for (let index = 0; index < 4; index++) labs.push(labSchema.parse((await lab({ name: { en: `Lab ${index}` } })).json()));
  // Fill the list to one below the limit directly; the last places are raced for.
  const filler = [];
  for (let index = 0; index < SHORTLIST_LIMIT - 1; index++) filler.push(labSchema.parse((await lab({ name: { en: `Filler ${index}` } })).json()));
  await app.db.insert(shortlistEntries).values(filler.map((entry) => ({ userId: company.user.id, labId: entry.id })));
  const answers = await Promise.all(labs.map((entry) => call(app, 'PUT', `/my/shortlist/lab/${entry.id}`, company.authorization)));
  t.same(answers.map((answer) => answer.statusCode).sort(), [204, 409, 409, 409], 'one add takes the last place; the others are refused at once');
  t.match(answers.find((answer) => answer.statusCode === 409)?.json(), { code: 'SHORTLIST_FULL', details: { limit: SHORTLIST_LIMIT } }, 'saying why');
  t.equal((await shortlistOf(app, company.authorization)).items.length, SHORTLIST_LIMIT, 'the list holds exactly its limit');
  const kept = answers.findIndex((answer) => answer.statusCode === 204);
  t.equal((await call(app, 'PUT', `/my/shortlist/lab/${labs[kept]!.id}`, company.authorization)).statusCode, 204, 'a full list still accepts what it holds');
});
