import t from 'tap';
import { capabilities, labHitSchema, needHitSchema, needSchema, searchResultSchema, apiErrorSchema } from '@kopir/shared';
import { createSearchClient, type App } from '@kopir/server';
import { labInput, needInput } from '../harness/catalogue.ts';
import { createUser } from '../harness/factories.ts';
import { suiteEnvironment } from '../harness/suite-environment.ts';
import { createTestApp, waitFor } from '../harness/test-app.ts';

const labResults = searchResultSchema(labHitSchema);
const needResults = searchResultSchema(needHitSchema);
const electrolysis = capabilities.find((capability) => capability.code === 'hydrogen-electrolysis')!;

async function searchApp(t: Parameters<typeof createTestApp>[0]): Promise<App> {
  const app = await createTestApp(t, { searchOutboxWorker: true });
  await app.ready();
  await app.searchSettingsApplied;
  return app;
}
const searchLabs = async (app: App, query: string) => labResults.parse((await app.inject({ method: 'GET', url: `/api/v1/labs?${query}` })).json());
const searchNeeds = async (app: App, query: string) => needResults.parse((await app.inject({ method: 'GET', url: `/api/v1/needs?${query}` })).json());

t.test('labs are found by words and filters, with highlights and facet counts', async (t) => {
  const app = await searchApp(t);
  const { authorization } = await createUser(app, 'researcher');
  await app.inject({ method: 'POST', url: '/api/v1/labs', headers: { authorization }, payload: labInput() });
  await app.inject({
    method: 'POST',
    url: '/api/v1/labs',
    headers: { authorization },
    payload: labInput({
      name: { en: 'Soil and Irrigation Lab' },
      description: { en: 'Drip irrigation scheduling for cotton.' },
      sectors: ['A'],
      capabilities: [],
      trlMin: 5,
      trlMax: 8,
    }),
  });
  const all = await waitFor('both labs indexed', async () => {
    const result = await searchLabs(app, '');
    return result.total === 2 && result;
  });
  t.same(all.facets.sectors, { D: 1, C: 1, A: 1 }, 'facet counts per sector');

  const hydrogen = await searchLabs(app, 'q=electrolysis');
  t.equal(hydrogen.total, 1, 'a word finds the one lab that has it');
  t.match(hydrogen.hits[0]?.highlights.description_en, /<mark>electrolysis<\/mark>/i, 'with the word highlighted');
  t.equal((await searchLabs(app, 'sector=A')).total, 1, 'a sector filter');
  t.equal((await searchLabs(app, 'sector=A&sector=D')).total, 2, 'a repeated filter means any of them');
  t.equal((await searchLabs(app, 'capability=hydrogen-electrolysis')).total, 1, 'a capability filter');
  t.equal((await searchLabs(app, 'trl=7')).total, 1, 'a TRL inside the lab’s range');
  t.equal((await searchLabs(app, 'region=KZ-75')).total, 0, 'another region');
  t.equal((await searchLabs(app, 'pageSize=1&page=2')).hits.length, 1, 'paging');
});

t.test('a filter value that is not a known code answers 400 naming it', async (t) => {
  const app = await searchApp(t);
  for (const [query, path] of [
    ['sector=Z', 'query.sector'],
    ['field=9.9', 'query.field'],
    ['region=KZ-00', 'query.region'],
    ['capability=telepathy', 'query.capability'],
    ['territory=atlantis', 'query.territory'],
    ['capability=%22%20OR%20status%20%3D%20hidden', 'query.capability'],
    ['trl=10', 'query.trl'],
  ]) {
    const response = await app.inject({ method: 'GET', url: `/api/v1/labs?${query}` });
    t.equal(response.statusCode, 400, `${query}: 400`);
    t.ok(
      apiErrorSchema.parse(response.json()).fields?.some((field) => field.path.startsWith(path!)),
      `${query}: names ${path}`,
    );
  }
});

t.test('a need written in Russian is found in English through its capability, and the other way round', async (t) => {
  const app = await searchApp(t);
  const company = await createUser(app, 'company');
  const researcher = await createUser(app, 'researcher');
  await app.inject({
    method: 'POST',
    url: '/api/v1/needs',
    headers: { authorization: company.authorization },
    payload: needInput({ title: 'Пилотная установка для ветропарка', description: { ru: 'Нужен партнёр для испытаний установки мощностью 1 МВт.' } }),
  });
  await app.inject({
    method: 'POST',
    url: '/api/v1/labs',
    headers: { authorization: researcher.authorization },
    payload: labInput({ name: { en: 'Clean Energy Systems Group' }, description: { en: 'Stacks, membranes and balance of plant for industry.' } }),
  });
  await waitFor('both indexed', async () => (await searchNeeds(app, '')).total === 1 && (await searchLabs(app, '')).total === 1);

  const english = await searchNeeds(app, `q=${encodeURIComponent(electrolysis.labels.en)}`);
  t.equal(english.total, 1, `the Russian need is found by "${electrolysis.labels.en}"`);
  const russian = await searchLabs(app, `q=${encodeURIComponent(electrolysis.labels.ru)}`);
  t.equal(russian.total, 1, `the English lab is found by "${electrolysis.labels.ru}"`);
  const kazakh = await searchLabs(app, `q=${encodeURIComponent(electrolysis.labels.kk)}`);
  t.equal(kazakh.total, 1, `and by the Kazakh "${electrolysis.labels.kk}"`);
});

t.test('a confidential need’s description never reaches a search response or the index', async (t) => {
  const app = await searchApp(t);
  const company = await createUser(app, 'company');
  const secret = 'Catalyst formula QZ-4471';
  const need = needSchema.parse(
    (
      await app.inject({
        method: 'POST',
        url: '/api/v1/needs',
        headers: { authorization: company.authorization },
        payload: needInput({
          title: 'Confidential catalyst scale-up',
          visibility: 'confidential',
          description: { en: secret },
          capabilities: ['hydrogen-electrolysis'],
        }),
      })
    ).json(),
  );
  const found = await waitFor('the need indexed', async () => {
    const result = await searchNeeds(app, 'q=catalyst');
    return result.total === 1 && result;
  });
  t.same(
    found.hits[0],
    { ...found.hits[0], id: need.id, description: null, organisation: null, capabilities: [], trlTarget: null },
    'found by its title, with nothing else',
  );
  t.equal((await searchNeeds(app, 'q=QZ-4471')).total, 0, 'its description is not searchable');
  t.equal((await searchNeeds(app, 'capability=hydrogen-electrolysis')).total, 0, 'nor its capabilities');
  for (const query of ['', 'q=catalyst', 'q=formula', 'sector=D']) {
    const response = await app.inject({ method: 'GET', url: `/api/v1/needs?${query}` });
    t.notMatch(response.body, /QZ-4471|formula/i, `no trace in the response to "${query}"`);
  }
  const { meiliUrl, meiliKey } = suiteEnvironment();
  const documents = await createSearchClient(meiliUrl, meiliKey).index(`${app.meilisearch.indexPrefix}needs`).getDocuments({ limit: 100 });
  t.notMatch(JSON.stringify(documents.results), /QZ-4471|formula/i, 'no trace in the index documents');

  // Made public, it becomes fully searchable; made confidential again, it is stripped again.
  await app.inject({ method: 'PATCH', url: `/api/v1/needs/${need.id}`, headers: { authorization: company.authorization }, payload: { visibility: 'public' } });
  await waitFor('public description searchable', async () => (await searchNeeds(app, 'q=QZ-4471')).total === 1);
  await app.inject({
    method: 'PATCH',
    url: `/api/v1/needs/${need.id}`,
    headers: { authorization: company.authorization },
    payload: { visibility: 'confidential' },
  });
  await waitFor('description gone again', async () => (await searchNeeds(app, 'q=QZ-4471')).total === 0);
  t.equal((await searchNeeds(app, 'q=QZ-4471')).total, 0, 'visibility changes reach the index both ways');
});
