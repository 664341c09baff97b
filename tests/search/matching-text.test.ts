import t from 'tap';
import { labMatchesSchema, labSchema, needSchema, notificationListSchema } from '@kopir/shared';
import { labInput, needInput } from '../harness/catalogue.ts';
import { createUser } from '../harness/factories.ts';
import { createTestApp, waitFor } from '../harness/test-app.ts';

/**
 * The text half of matching, as a company experiences it: a need is read whole and a lab whose
 * description says the same things ranks first on its words, with those words listed — in English,
 * and for a need written in Russian against a lab written in English.
 */

const waterLab = labInput({
  name: { en: 'Membrane Water Technologies Group' },
  description: {
    en:
      'We run reverse osmosis and nanofiltration pilots for brackish water desalination, design membrane modules, ' +
      'and study fouling in municipal and industrial wastewater treatment plants.',
  },
  sectors: ['E'],
  researchFields: ['2.7'],
  capabilities: ['desalination'],
});
// Labs with other words, so that words have document frequencies worth the name.
const otherLabs = [
  labInput(),
  labInput({
    name: { en: 'Soil and irrigation lab' },
    description: { en: 'Drip irrigation and soil salinity for cotton fields.' },
    sectors: ['A'],
    capabilities: ['drip-irrigation'],
  }),
  labInput({
    name: { en: 'Steel corrosion lab' },
    description: { en: 'Corrosion of pipeline steels in brines and sour gas.' },
    capabilities: ['electrochemistry'],
  }),
  labInput({
    name: { en: 'Dombra music archive' },
    description: { en: 'Recordings and notation of traditional music.' },
    sectors: ['R'],
    capabilities: [],
    researchFields: ['6.4'],
  }),
];

async function world(t: Parameters<typeof createTestApp>[0]) {
  const app = await createTestApp(t, { searchOutboxWorker: true });
  await app.ready();
  await app.searchSettingsApplied;
  const researcher = await createUser(app, 'researcher');
  const company = await createUser(app, 'company');
  const post = async (authorization: string, url: string, payload: object) =>
    (await app.inject({ method: 'POST', url, headers: { authorization }, payload })).json();
  const lab = labSchema.parse(await post(researcher.authorization, '/api/v1/labs', waterLab));
  for (const other of otherLabs) labSchema.parse(await post((await createUser(app, 'researcher')).authorization, '/api/v1/labs', other));
  await waitFor(
    'labs indexed',
    async () => (await app.inject({ method: 'GET', url: '/api/v1/labs' })).json<{ total: number }>().total === 1 + otherLabs.length,
  );
  await waitFor('the outbox drained', async () => (await app.searchOutbox.lag()).pending === 0);
  const matchesOf = async (needBody: object) => {
    const need = needSchema.parse(await post(company.authorization, '/api/v1/needs', needBody));
    const response = await app.inject({ method: 'GET', url: `/api/v1/needs/${need.id}/matches`, headers: { authorization: company.authorization } });
    return labMatchesSchema.parse(response.json()).matches;
  };
  return { app, lab, researcher, matchesOf };
}

type LabMatch = ReturnType<typeof labMatchesSchema.parse>['matches'][number];
const textOf = (match: LabMatch | undefined) => match?.explanation.factors.find((factor) => factor.factor === 'text')?.value ?? 0;

t.test('a need whose words a lab’s description says ranks that lab first on its text, with the matched words', async (t) => {
  const { lab, matchesOf } = await world(t);
  const matches = await matchesOf(
    needInput({
      title: 'Reverse osmosis pilot',
      description: { en: 'We need a reverse osmosis pilot for brackish water desalination and wastewater treatment' },
      sectors: ['E'],
      // A tag no lab has: the text alone must carry the match.
      capabilities: ['cnc-machining'],
    }),
  );
  const best = matches[0];
  t.equal(best?.lab.id, lab.id, 'the membrane lab comes first');
  t.ok(textOf(best) > 0.5, `its text factor is high (${textOf(best)})`);
  for (const word of ['osmosis', 'brackish', 'desalination', 'wastewater'])
    t.ok(best?.explanation.matchedWords.includes(word), `"${word}" is listed as matched (${best?.explanation.matchedWords.join(', ')})`);
  t.ok(
    textOf(best) > textOf(matches[1]) + 0.3,
    `and far above the next lab’s text (${textOf(matches[1])}, ${matches[1]?.explanation.matchedWords.join(', ')})`,
  );
});

t.test('a need written in Russian finds the lab written in English, and says which concept joined them', async (t) => {
  const { lab, matchesOf } = await world(t);
  const matches = await matchesOf(
    needInput({
      title: 'Пилотная установка обратного осмоса',
      description: { ru: 'Нужна пилотная установка обратного осмоса для опреснения солоноватой воды и очистки сточных вод на месторождении.' },
      sectors: ['E'],
      capabilities: ['cnc-machining'],
    }),
  );
  const best = matches[0];
  t.equal(best?.lab.id, lab.id, 'the English-speaking membrane lab comes first');
  const desalination = best?.explanation.matchedConcepts.find((concept) => concept.code === 'desalination');
  t.ok(desalination, `the shared concept is named (${JSON.stringify(best?.explanation.matchedConcepts)})`);
  t.ok(
    desalination?.words.some((word) => /[а-я]/i.test(word)),
    `with the Russian words that evoked it (${desalination?.words.join(', ')})`,
  );
  t.ok(textOf(best) > 0, `the capability's Russian label counts as text too (${textOf(best)})`);
});

t.test('a new public need that fits a lab by its words alone tells the lab’s researcher', async (t) => {
  const { app, researcher, matchesOf } = await world(t);
  await matchesOf(
    needInput({
      title: 'Brackish water desalination by reverse osmosis',
      description: { en: 'A reverse osmosis pilot for brackish water desalination, membrane fouling and wastewater treatment.' },
      sectors: ['E'],
      capabilities: ['cnc-machining'],
    }),
  );
  await waitFor('the announcement job done', async () => (await app.backgroundJobs.drainOnce()) > 0 || undefined, 10_000);
  const inbox = notificationListSchema.parse(
    (await app.inject({ method: 'GET', url: '/api/v1/notifications', headers: { authorization: researcher.authorization } })).json(),
  );
  t.match(inbox.items[0], { kind: 'matching_need' }, 'the membrane lab’s researcher is told of the need');
});
