import t from 'tap';
import { savedSearches } from '@kopir/db';
import { SAVED_SEARCH_LIMIT, savedSearchListSchema, savedSearchSchema } from '@kopir/shared';
import { createUser } from '../harness/factories.ts';
import { createTestApp } from '../harness/test-app.ts';

type App = Awaited<ReturnType<typeof createTestApp>>;

const call = (app: App, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, authorization?: string, payload?: unknown) =>
  app.inject({
    method,
    url: `/api/v1${url}`,
    ...(authorization && { headers: { authorization } }),
    ...(payload !== undefined && { payload: payload as object }),
  });

const hydrogen = {
  name: 'Hydrogen labs in Astana',
  kind: 'labs',
  query: { q: 'hydrogen', sector: ['D'], region: ['KZ-71'], verified: true },
  digest: 'weekly',
};

t.test('a person saves, lists, renames, changes the digest of and deletes their own saved searches', async (t) => {
  const app = await createTestApp(t);
  const company = await createUser(app, 'company');
  const created = await call(app, 'POST', '/my/saved-searches', company.authorization, hydrogen);
  t.equal(created.statusCode, 201, 'a company saves a labs search');
  const saved = savedSearchSchema.parse(created.json());
  t.match(saved, { name: hydrogen.name, kind: 'labs', query: hydrogen.query, digest: 'weekly' }, 'kept as given: the search page’s state and the frequency');
  const needsSearch = savedSearchSchema.parse(
    (await call(app, 'POST', '/my/saved-searches', company.authorization, { name: 'Closed needs', kind: 'needs', query: { status: ['closed'] } })).json(),
  );
  t.equal(needsSearch.digest, 'daily', 'the digest is daily unless chosen');

  const list = savedSearchListSchema.parse((await call(app, 'GET', '/my/saved-searches', company.authorization)).json());
  t.same(
    list.items.map((item) => item.id),
    [needsSearch.id, saved.id],
    'listed newest first',
  );

  const renamed = await call(app, 'PATCH', `/my/saved-searches/${saved.id}`, company.authorization, { name: 'Hydrogen', digest: 'off' });
  t.equal(renamed.statusCode, 200, 'renamed and digest turned off');
  t.match(renamed.json(), { name: 'Hydrogen', digest: 'off', query: hydrogen.query }, 'the query stays');

  t.equal((await call(app, 'DELETE', `/my/saved-searches/${saved.id}`, company.authorization)).statusCode, 204, 'deleted');
  t.equal((await call(app, 'DELETE', `/my/saved-searches/${saved.id}`, company.authorization)).statusCode, 404, 'deleting again: it is not there');
  t.same(
    savedSearchListSchema.parse((await call(app, 'GET', '/my/saved-searches', company.authorization)).json()).items.map((item) => item.id),
    [needsSearch.id],
    'one left',
  );
});

t.test('another person’s saved search is not there; anonymous and staff are refused', async (t) => {
  const app = await createTestApp(t);
  const owner = await createUser(app, 'researcher');
  const other = await createUser(app, 'company');
  const ministry = await createUser(app, 'ministry');
  const saved = savedSearchSchema.parse((await call(app, 'POST', '/my/saved-searches', owner.authorization, { ...hydrogen, kind: 'needs' })).json());
  t.equal(
    (await call(app, 'PATCH', `/my/saved-searches/${saved.id}`, other.authorization, { name: 'Mine now' })).statusCode,
    404,
    'another person cannot rename it',
  );
  t.equal((await call(app, 'DELETE', `/my/saved-searches/${saved.id}`, other.authorization)).statusCode, 404, 'nor delete it');
  t.same(savedSearchListSchema.parse((await call(app, 'GET', '/my/saved-searches', other.authorization)).json()).items, [], 'nor see it');
  t.equal((await call(app, 'GET', '/my/saved-searches')).statusCode, 401, 'anonymous: sign in first');
  t.equal((await call(app, 'POST', '/my/saved-searches', undefined, hydrogen)).statusCode, 401, 'anonymous cannot save');
  t.equal((await call(app, 'GET', '/my/saved-searches', ministry.authorization)).statusCode, 403, 'the ministry keeps no saved searches');
  t.match(
    (await call(app, 'PATCH', `/my/saved-searches/${saved.id}`, owner.authorization, { name: 'Renamed' })).json(),
    { name: 'Renamed' },
    'the owner still can',
  );
});

t.test('bad input is refused naming the field', async (t) => {
  const app = await createTestApp(t);
  const company = await createUser(app, 'company');
  const post = (payload: unknown) => call(app, 'POST', '/my/saved-searches', company.authorization, payload);
  const cases: [string, unknown, string][] = [
    ['an unknown kind', { ...hydrogen, kind: 'organisations' }, 'body.kind'],
    ['an empty name', { ...hydrogen, name: '  ' }, 'body.name'],
    ['a huge name', { ...hydrogen, name: 'x'.repeat(10_000) }, 'body.name'],
    ['a NUL byte in the name', { ...hydrogen, name: 'a\u0000b' }, 'body.name'],
    ['a NUL byte in the words', { ...hydrogen, query: { q: 'hydro\u0000gen' } }, 'body.query.q'],
    ['huge words', { ...hydrogen, query: { q: 'h'.repeat(5_000) } }, 'body.query.q'],
    ['a sector that is not one', { ...hydrogen, query: { sector: ['ZZ'] } }, 'body.query.sector.0'],
    ['a parameter the search has not', { ...hydrogen, query: { page: 2 } }, 'body.query'],
    ['a status on a labs search', { ...hydrogen, query: { status: ['open'] } }, 'body.query.status'],
    ['an unknown digest', { ...hydrogen, digest: 'hourly' }, 'body.digest'],
    ['an unknown capability', { ...hydrogen, query: { capability: ['no-such-capability'] } }, 'body.query.capability'],
  ];
  for (const [what, payload, path] of cases) {
    const answer = await post(payload);
    t.equal(answer.statusCode, 400, `${what} is refused`);
    t.match(answer.json(), { fields: [{ path: new RegExp(`^${path.replaceAll('.', '\\.')}`) }] }, `naming ${path}`);
  }
  const mine = savedSearchSchema.parse((await post(hydrogen)).json());
  const patch = await call(app, 'PATCH', `/my/saved-searches/${mine.id}`, company.authorization, {});
  t.equal(patch.statusCode, 400, 'a change that changes nothing is refused');
  t.equal((await call(app, 'PATCH', '/my/saved-searches/not-a-uuid', company.authorization, { name: 'x' })).statusCode, 400, 'a malformed id is 400');
  const huge = await app.inject({
    method: 'POST',
    url: '/api/v1/my/saved-searches',
    headers: { authorization: company.authorization, 'content-type': 'application/json' },
    payload: JSON.stringify({ ...hydrogen, name: 'y'.repeat(3_000_000) }),
  });
  t.ok(huge.statusCode >= 400 && huge.statusCode < 500, `a body of megabytes is a 4xx (${huge.statusCode})`);
});

t.test('a person keeps at most the limit of saved searches, even when saving at once', async (t) => {
  const app = await createTestApp(t);
  const company = await createUser(app, 'company');
  await app.db
    .insert(savedSearches)
    .values(
      Array.from({ length: SAVED_SEARCH_LIMIT - 1 }, (_, index) => ({ userId: company.user.id, name: `Search ${index}`, kind: 'labs' as const, query: {} })),
    );
  const answers = await Promise.all(
    [1, 2, 3].map((index) => call(app, 'POST', '/my/saved-searches', company.authorization, { ...hydrogen, name: `Raced ${index}` })),
  );
  t.same(answers.map((answer) => answer.statusCode).sort(), [201, 409, 409], 'one save takes the last place; the others are refused');
  t.match(answers.find((answer) => answer.statusCode === 409)?.json(), { code: 'SAVED_SEARCHES_FULL', details: { limit: SAVED_SEARCH_LIMIT } }, 'saying why');
  t.equal(
    savedSearchListSchema.parse((await call(app, 'GET', '/my/saved-searches', company.authorization)).json()).items.length,
    SAVED_SEARCH_LIMIT,
    'exactly the limit is kept',
  );
});
