import t from 'tap';
import { eq } from 'drizzle-orm';
import { searchOutbox } from '@kopir/db';
import { apiErrorSchema, labSchema } from '@kopir/shared';
import { labInput } from '../../harness/catalogue.ts';
import { createUser } from '../../harness/factories.ts';
import { createTestApp } from '../../harness/test-app.ts';

t.test('a researcher adds a lab to her university; region defaults to the university’s', async (t) => {
  const app = await createTestApp(t);
  const researcher = await createUser(app, 'researcher');
  const response = await app.inject({ method: 'POST', url: '/api/v1/labs', headers: { authorization: researcher.authorization }, payload: labInput() });
  t.equal(response.statusCode, 201, '201');
  const lab = labSchema.parse(response.json());
  t.equal(lab.organisation.id, researcher.user.organisationId, 'belongs to her organisation');
  t.equal(lab.regionCode, 'KZ-71', 'region from the organisation');
  t.equal(lab.status, 'active', 'active by default');
  const outbox = await app.db.select().from(searchOutbox).where(eq(searchOutbox.entityId, lab.id));
  t.same(
    outbox.map((row) => [row.entityType, row.entityVersion]),
    [['lab', 1]],
    'the search outbox got it in the same transaction',
  );
});

t.test('invalid labs are refused with a message per field', async (t) => {
  const app = await createTestApp(t);
  const { authorization } = await createUser(app, 'researcher');
  const post = (payload: object) => app.inject({ method: 'POST', url: '/api/v1/labs', headers: { authorization }, payload });
  const fieldsOf = async (payload: object) => apiErrorSchema.parse((await post(payload)).json()).fields?.map((field) => field.path) ?? [];

  t.same(await fieldsOf(labInput({ trlMin: 7, trlMax: 4 })), ['body.trlMax'], 'a TRL range upside down');
  t.same(await fieldsOf(labInput({ trlMin: 0 })), ['body.trlMin'], 'TRL 0');
  t.same(await fieldsOf(labInput({ sectors: ['Z'] })), ['body.sectors.0'], 'an unknown sector');
  t.same(await fieldsOf(labInput({ capabilities: ['telepathy'] })), ['body.capabilities'], 'an unknown capability');
  t.same(await fieldsOf(labInput({ territoryCode: 'atlantis' })), ['body.territoryCode'], 'an unknown territory');
  t.same(await fieldsOf(labInput({ name: {} })), ['body.name'], 'a name in no language');
  t.same(await fieldsOf(labInput({ secret: 1 })), ['body.secret'], 'an unknown field, at its own path');
  const [count] = await app.db.select().from(searchOutbox);
  t.notOk(count, 'nothing was written');
});

t.test('only the lab’s own researchers change it', async (t) => {
  const app = await createTestApp(t);
  const owner = await createUser(app, 'researcher');
  const other = await createUser(app, 'researcher');
  const lab = labSchema.parse(
    (await app.inject({ method: 'POST', url: '/api/v1/labs', headers: { authorization: owner.authorization }, payload: labInput() })).json(),
  );

  const updated = await app.inject({
    method: 'PATCH',
    url: `/api/v1/labs/${lab.id}`,
    headers: { authorization: owner.authorization },
    payload: { trlMax: 7, keywords: ['PEM'] },
  });
  t.equal(labSchema.parse(updated.json()).version, 2, 'the owner edits; version 2');
  const upsideDown = await app.inject({
    method: 'PATCH',
    url: `/api/v1/labs/${lab.id}`,
    headers: { authorization: owner.authorization },
    payload: { trlMin: 8 },
  });
  t.match(apiErrorSchema.parse(upsideDown.json()).fields, [{ path: 'body.trlMax' }], 'a partial edit that breaks the range is refused');

  for (const [method, payload] of [
    ['PATCH', { trlMax: 9 }],
    ['DELETE', undefined],
  ] as const) {
    const response = await app.inject({ method, url: `/api/v1/labs/${lab.id}`, headers: { authorization: other.authorization }, ...(payload && { payload }) });
    t.equal(response.statusCode, 403, `${method} by another organisation: 403`);
    t.equal(apiErrorSchema.parse(response.json()).code, 'NOT_YOURS', 'NOT_YOURS');
  }
  t.equal(
    (await app.inject({ method: 'DELETE', url: `/api/v1/labs/${lab.id}`, headers: { authorization: owner.authorization } })).statusCode,
    204,
    'the owner deletes',
  );
  t.equal((await app.inject({ method: 'GET', url: `/api/v1/labs/${lab.id}` })).statusCode, 404, 'gone');
});

t.test('a hidden lab is seen by its researchers and the ministry only', async (t) => {
  const app = await createTestApp(t);
  const owner = await createUser(app, 'researcher');
  const ministry = await createUser(app, 'ministry');
  const company = await createUser(app, 'company');
  const lab = labSchema.parse(
    (
      await app.inject({ method: 'POST', url: '/api/v1/labs', headers: { authorization: owner.authorization }, payload: labInput({ status: 'hidden' }) })
    ).json(),
  );
  const get = (authorization?: string) => app.inject({ method: 'GET', url: `/api/v1/labs/${lab.id}`, ...(authorization && { headers: { authorization } }) });
  t.equal((await get()).statusCode, 404, 'anonymous: not found');
  t.equal((await get(company.authorization)).statusCode, 404, 'a company: not found');
  t.equal((await get(owner.authorization)).statusCode, 200, 'its researcher: found');
  t.equal((await get(ministry.authorization)).statusCode, 200, 'the ministry: found');
  const mine = await app.inject({ method: 'GET', url: '/api/v1/my/labs', headers: { authorization: owner.authorization } });
  t.equal(mine.json<{ items: unknown[] }>().items.length, 1, 'listed among her labs');
});
