import t from 'tap';
import { labHitSchema, needHitSchema, searchResultSchema } from '@kopir/shared';
import { createSearchClient, reindex, type App } from '@kopir/server';
import { labInput, needInput } from '../harness/catalogue.ts';
import { createUser } from '../harness/factories.ts';
import { suiteEnvironment } from '../harness/suite-environment.ts';
import { createTestApp, waitFor } from '../harness/test-app.ts';

const labResults = searchResultSchema(labHitSchema);
const needResults = searchResultSchema(needHitSchema);

async function searchApp(t: Parameters<typeof createTestApp>[0]): Promise<App> {
  const app = await createTestApp(t, { searchOutboxWorker: true });
  await app.ready();
  await app.searchSettingsApplied;
  return app;
}
const searchLabs = async (app: App, q: string) =>
  labResults.parse((await app.inject({ method: 'GET', url: `/api/v1/labs?q=${encodeURIComponent(q)}` })).json());
const searchNeeds = async (app: App, q: string) =>
  needResults.parse((await app.inject({ method: 'GET', url: `/api/v1/needs?q=${encodeURIComponent(q)}` })).json());

// One word per letter, chosen so that Meilisearch's typo tolerance cannot bridge the letter on its
// own (the letter comes first, or the word is too short for a typo): without folding, each
// spelling finds only itself.
const words = [
  { letter: 'ә', word: 'әке', folded: 'аке' },
  { letter: 'ғ', word: 'ғалым', folded: 'галым' },
  { letter: 'қ', word: 'қымыз', folded: 'кымыз' },
  { letter: 'ң', word: 'аң', folded: 'ан' },
  { letter: 'ө', word: 'Өскемен', folded: 'Оскемен' },
  { letter: 'ұ', word: 'ұлт', folded: 'улт' },
  { letter: 'ү', word: 'үй', folded: 'уй' },
  { letter: 'һ', word: 'һижра', folded: 'хижра' },
  { letter: 'і', word: 'іс', folded: 'ис' },
  { letter: 'ё', word: 'ёж', folded: 'еж' },
];

t.test('each Kazakh letter (and ё) is found typed without it, and the other way round', async (t) => {
  const app = await searchApp(t);
  const { authorization } = await createUser(app, 'researcher');
  const ids = new Map<string, string>();
  for (const { word, folded } of words) {
    for (const spelling of [word, folded]) {
      const response = await app.inject({ method: 'POST', url: '/api/v1/labs', headers: { authorization }, payload: labInput({ name: { kk: spelling } }) });
      ids.set(spelling, response.json<{ id: string }>().id);
    }
  }
  await waitFor('every lab indexed', async () => (await searchLabs(app, '')).total === ids.size, 60_000);

  for (const { letter, word, folded } of words) {
    const withoutLetter = await searchLabs(app, folded);
    t.same(withoutLetter.hits.map((hit) => hit.id).sort(), [ids.get(word), ids.get(folded)].sort(), `${letter}: "${folded}" finds "${word}" and "${folded}"`);
    const withLetter = await searchLabs(app, word);
    t.same(withLetter.hits.map((hit) => hit.id).sort(), [ids.get(word), ids.get(folded)].sort(), `${letter}: "${word}" finds both spellings too`);
    t.equal(withoutLetter.hits.find((hit) => hit.id === ids.get(word))?.name.kk, word, `${letter}: a hit shows its own spelling, not the folded one`);
  }
});

t.test('the examples of the issue: "кымыз", "Оскемен", "казак тили", in labs and needs, shown in the original text', async (t) => {
  const app = await searchApp(t);
  const researcher = await createUser(app, 'researcher');
  const company = await createUser(app, 'company');
  await app.inject({
    method: 'POST',
    url: '/api/v1/labs',
    headers: { authorization: researcher.authorization },
    payload: labInput({ name: { kk: 'Қазақ тілі зертханасы' }, description: { kk: 'Өскемен қаласындағы қымыз ашыту технологиясы.' } }),
  });
  await app.inject({
    method: 'POST',
    url: '/api/v1/needs',
    headers: { authorization: company.authorization },
    payload: needInput({ title: 'Өскемен: қымыз өндірісі', description: { kk: 'Қымыз сапасын бақылау.' } }),
  });
  await waitFor('both indexed', async () => (await searchLabs(app, '')).total === 1 && (await searchNeeds(app, '')).total === 1);

  t.equal((await searchLabs(app, 'кымыз')).total, 1, '"кымыз" finds the lab that writes "қымыз"');
  t.equal((await searchLabs(app, 'Оскемен')).total, 1, '"Оскемен" finds "Өскемен"');
  const language = await searchLabs(app, 'казак тили');
  t.equal(language.total, 1, '"казак тили" finds "Қазақ тілі"');
  t.equal(language.hits[0]?.name.kk, 'Қазақ тілі зертханасы', 'the name is shown as written');
  t.notOk(JSON.stringify(language.hits[0] ?? {}).includes('Казак тили'), 'no folded text reaches the hit');

  const exact = await searchLabs(app, 'қазақ тілі');
  t.equal(exact.hits[0]?.name.kk, 'Қазақ тілі зертханасы', 'typed with the letters, the same lab, shown as written');
  t.notOk(JSON.stringify(exact.hits[0] ?? {}).includes('Казак тили'), 'and no folded text in its highlights');

  t.equal((await searchNeeds(app, 'Оскемен кымыз')).total, 1, 'needs fold too: "Оскемен кымыз" finds "Өскемен: қымыз өндірісі"');
  t.equal((await searchNeeds(app, 'бакылау')).total, 1, 'and a need’s description: "бакылау" finds "бақылау"');
});

t.test('a need written without the letters is found by a query typed with them', async (t) => {
  const app = await searchApp(t);
  const company = await createUser(app, 'company');
  await app.inject({
    method: 'POST',
    url: '/api/v1/needs',
    headers: { authorization: company.authorization },
    payload: needInput({ title: 'кымыз ондириси', description: { kk: 'Оскемен каласында' } }),
  });
  await waitFor('indexed', async () => (await searchNeeds(app, '')).total === 1);
  const found = await searchNeeds(app, 'қымыз');
  t.equal(found.total, 1, '"қымыз" finds the need written "кымыз"');
  t.match(found.hits[0]?.highlights.title, /<mark>кымыз<\/mark>/, 'highlighted in the text as written');
  t.equal((await searchNeeds(app, 'Өскемен')).total, 1, '"Өскемен" finds "Оскемен" in a description');
});

t.test('documents indexed before folding existed gain their folded copies on reindex, not from the settings alone', async (t) => {
  const app = await searchApp(t);
  const { authorization } = await createUser(app, 'researcher');
  await app.inject({ method: 'POST', url: '/api/v1/labs', headers: { authorization }, payload: labInput({ name: { kk: 'Қымыз зертханасы' } }) });
  await waitFor('indexed', async () => (await searchLabs(app, 'кымыз')).total === 1);

  // The document as an index built before this change holds it: same id and version, no folded copies.
  const { meiliUrl, meiliKey } = suiteEnvironment();
  const index = createSearchClient(meiliUrl, meiliKey).index<Record<string, unknown>>(`${app.meilisearch.indexPrefix}labs`);
  const [document] = (await index.getDocuments({ limit: 1 })).results;
  const { folded_text: _, ...old } = document!;
  await index.addDocuments([old], { primaryKey: 'id' }).waitTask();
  t.equal((await searchLabs(app, 'кымыз')).total, 0, 'with the new settings but an old document, "кымыз" finds nothing');

  await reindex({
    db: app.db,
    client: createSearchClient(meiliUrl, meiliKey),
    prefix: app.meilisearch.indexPrefix,
    taxonomy: (await app.taxonomy.current()).data,
    name: 'labs',
  });
  t.equal((await searchLabs(app, 'кымыз')).total, 1, 'after a reindex it is found again');
});
