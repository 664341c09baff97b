import t from 'tap';
import { instrumentSchema, searchResultSchema, instrumentHitSchema } from '@kopir/shared';
import { instrumentInput } from '../../harness/catalogue.ts';
import { createOrganisation, createUser } from '../../harness/factories.ts';
import { createTestApp, waitFor } from '../../harness/test-app.ts';

type App = Awaited<ReturnType<typeof createTestApp>>;

const call = (app: App, method: 'GET' | 'POST' | 'PATCH', url: string, authorization?: string, payload?: Record<string, unknown>) =>
  app.inject({ method, url: `/api/v1${url}`, ...(authorization && { headers: { authorization } }), ...(payload !== undefined && { payload }) });

const search = async (app: App, query: string) => {
  const answer = await call(app, 'GET', `/instruments?${query}`);
  if (answer.statusCode !== 200) throw new Error(`search answered ${answer.statusCode}: ${answer.body}`);
  return searchResultSchema(instrumentHitSchema).parse(answer.json());
};

t.test('a researcher lists, edits and hides her organisation’s instruments; nobody else may', async (t) => {
  const app = await createTestApp(t);
  const researcher = await createUser(app, 'researcher');
  const colleague = await createUser(app, 'researcher', { organisationId: researcher.user.organisationId! });
  const outsider = await createUser(app, 'researcher');
  const company = await createUser(app, 'company');

  const created = await call(app, 'POST', '/instruments', researcher.authorization, instrumentInput({ priceKzt: '25 тыс' }));
  t.equal(created.statusCode, 201, 'a researcher lists an instrument');
  const instrument = instrumentSchema.parse(created.json());
  t.equal(instrument.priceKzt, 25_000, 'the price typed as people write it is whole tenge');
  t.equal(instrument.regionCode, 'KZ-71', 'the region defaults to the organisation’s');
  t.equal(instrument.status, 'active', 'and it is offered at once');

  const edited = await call(app, 'PATCH', `/instruments/${instrument.id}`, colleague.authorization, { priceUnit: 'sample', priceKzt: 12_000 });
  t.equal(edited.statusCode, 200, 'a colleague of the same organisation edits it');
  t.match(edited.json(), { priceUnit: 'sample', priceKzt: 12_000, version: 2 }, 'the edit raises the version');

  const theirs = await call(app, 'PATCH', `/instruments/${instrument.id}`, outsider.authorization, { model: 'Mine now' });
  t.equal(theirs.statusCode, 403, 'a researcher of another organisation may not edit it');
  t.equal(theirs.json().code, 'NOT_YOURS', 'it is not hers');
  t.equal((await call(app, 'PATCH', `/instruments/${instrument.id}`, company.authorization, { model: 'x' })).statusCode, 403, 'a company edits no instrument');
  t.equal((await call(app, 'POST', '/instruments', company.authorization, instrumentInput())).json().code, 'FORBIDDEN_ROLE', 'nor lists one');
  t.equal((await call(app, 'POST', '/instruments', undefined, instrumentInput())).statusCode, 401, 'anonymous: sign in first');

  t.equal((await call(app, 'GET', `/instruments/${instrument.id}`)).statusCode, 200, 'anyone reads an active instrument');
  t.equal((await call(app, 'PATCH', `/instruments/${instrument.id}`, researcher.authorization, { status: 'hidden' })).statusCode, 200, 'she hides it');
  t.equal((await call(app, 'GET', `/instruments/${instrument.id}`)).statusCode, 404, 'a hidden instrument is not there for the public');
  t.equal((await call(app, 'GET', `/instruments/${instrument.id}`, company.authorization)).statusCode, 404, 'nor for a company');
  t.equal((await call(app, 'GET', `/instruments/${instrument.id}`, colleague.authorization)).statusCode, 200, 'its own researchers still read it');
  const own = (await call(app, 'GET', '/my/instruments', researcher.authorization)).json();
  t.same(
    own.items.map((item: { id: string }) => item.id),
    [instrument.id],
    'her list holds it, hidden too',
  );
  t.same(
    (await call(app, 'GET', `/organisations/${researcher.user.organisationId}/instruments`)).json().items,
    [],
    'the organisation’s page lists active ones only',
  );
  t.same((await call(app, 'GET', '/my/instruments', outsider.authorization)).json().items, [], 'another organisation’s list is its own');
});

t.test('a researcher of a company-kind organisation cannot list instruments', async (t) => {
  const app = await createTestApp(t);
  const company = await createOrganisation(app, { kind: 'company' });
  const misplaced = await createUser(app, 'researcher', { organisationId: company.id });
  const answer = await call(app, 'POST', '/instruments', misplaced.authorization, instrumentInput());
  t.equal(answer.statusCode, 403, 'refused');
  t.equal(answer.json().code, 'NOT_A_RESEARCH_ORGANISATION', 'instruments belong to universities and institutes');
});

t.test('bad input is refused naming the field', async (t) => {
  const app = await createTestApp(t);
  const researcher = await createUser(app, 'researcher');
  const refused = async (payload: Record<string, unknown>, path: string, what: string) => {
    const answer = await call(app, 'POST', '/instruments', researcher.authorization, instrumentInput(payload));
    t.equal(answer.statusCode, 400, `${what}: 400`);
    t.ok(
      (answer.json().fields ?? []).some((field: { path: string }) => field.path === path),
      `${what}: names ${path} (${JSON.stringify(answer.json().fields?.map((field: { path: string }) => field.path))})`,
    );
  };
  await refused({ model: 'Bruker\u0000D8' }, 'body.model', 'a NUL character');
  await refused({ location: 'Room \ud800 1' }, 'body.location', 'a lone surrogate');
  await refused({ conditions: { en: 'x'.repeat(50_000) } }, 'body.conditions.en', 'a huge text');
  await refused({ model: 'x'.repeat(1_000) }, 'body.model', 'a huge model name');
  await refused({ priceKzt: -5 }, 'body.priceKzt', 'a negative price');
  await refused({ priceKzt: 'a lot' }, 'body.priceKzt', 'a price that is no amount');
  await refused({ priceUnit: 'day' }, 'body.priceUnit', 'an unknown price unit');
  await refused({ conditions: {} }, 'body.conditions', 'conditions in no language');
  await refused({ regionCode: 'KZ-99' }, 'body.regionCode', 'an unknown region');
  const unknownClass = await call(app, 'POST', '/instruments', researcher.authorization, instrumentInput({ classCode: 'time-machine' }));
  t.equal(unknownClass.statusCode, 400, 'a class the taxonomy does not know: 400');
  t.match(unknownClass.json(), { code: 'UNKNOWN_CODE', fields: [{ path: 'body.classCode' }] }, 'naming the class field');
  t.equal((await call(app, 'POST', '/instruments', researcher.authorization, { ...instrumentInput(), extra: 1 })).statusCode, 400, 'an unknown field');
  t.equal((await call(app, 'GET', '/instruments/not-a-uuid')).statusCode, 400, 'a malformed id');
});

t.test('search finds an instrument in Kazakh, Russian and English, and filters by class and region', async (t) => {
  const app = await createTestApp(t, { searchOutboxWorker: true });
  await app.ready();
  await app.searchSettingsApplied;
  const researcher = await createUser(app, 'researcher');
  const xrd = instrumentSchema.parse(
    (
      await call(
        app,
        'POST',
        '/instruments',
        researcher.authorization,
        instrumentInput({ conditions: { kk: 'Ұнтақ үлгілер ғана', ru: 'Только порошковые образцы', en: 'Powder samples only' } }),
      )
    ).json(),
  );
  const sem = instrumentSchema.parse(
    (
      await call(
        app,
        'POST',
        '/instruments',
        researcher.authorization,
        instrumentInput({ classCode: 'electron-microscopy', model: 'Hitachi SU3500', regionCode: 'KZ-75', conditions: { ru: 'Напыление золотом' } }),
      )
    ).json(),
  );
  const hidden = instrumentSchema.parse(
    (await call(app, 'POST', '/instruments', researcher.authorization, instrumentInput({ model: 'Bruker D2 Phaser', status: 'hidden' }))).json(),
  );
  await waitFor('both instruments searchable', async () => (await search(app, '')).total === 2);

  const ids = async (query: string) => (await search(app, query)).hits.map((hit) => hit.id);
  t.same(await ids(`q=${encodeURIComponent('рентгеноструктурный анализ')}`), [xrd.id], 'Russian words of the class find it');
  t.same(await ids(`q=${encodeURIComponent('рентгендік дифракциялық')}`), [xrd.id], 'Kazakh words of the class find it');
  t.same(await ids(`q=${encodeURIComponent('X-ray diffraction')}`), [xrd.id], 'English words of the class find it');
  t.same(await ids(`q=${encodeURIComponent('порошковые')}`), [xrd.id], 'its conditions are searched too');
  t.same(await ids(`q=${encodeURIComponent('Hitachi')}`), [sem.id], 'the model name finds the other');
  t.same(await ids('class=electron-microscopy'), [sem.id], 'filtered by class');
  t.same(await ids('region=KZ-75'), [sem.id], 'filtered by region');
  t.notOk((await ids('q=Phaser')).includes(hidden.id), 'a hidden instrument is never found');
  const unknown = await call(app, 'GET', '/instruments?class=time-machine');
  t.match(unknown.json(), { code: 'UNKNOWN_CODE', fields: [{ path: 'query.class' }] }, 'an unknown class filter names the field');

  await call(app, 'PATCH', `/instruments/${sem.id}`, researcher.authorization, { status: 'hidden' });
  await waitFor('the hidden one leaves search', async () => (await search(app, '')).total === 1);
  t.pass('hiding it takes it out of search through the outbox');
});
