import t from 'tap';
import { labSchema, labMatchesSchema, needSchema } from '@kopir/shared';
import { instrumentInput, labInput, needInput } from '../../harness/catalogue.ts';
import { createUser } from '../../harness/factories.ts';
import { createTestApp, waitFor } from '../../harness/test-app.ts';

t.test('a need that names an instrument class finds the labs whose organisation lists that instrument', async (t) => {
  const app = await createTestApp(t, { searchOutboxWorker: true });
  await app.ready();
  await app.searchSettingsApplied;
  const post = async (url: string, authorization: string, payload: Record<string, unknown>) =>
    (await app.inject({ method: 'POST', url: `/api/v1${url}`, headers: { authorization }, payload })).json();
  const equippedResearcher = await createUser(app, 'researcher');
  const otherResearcher = await createUser(app, 'researcher');
  const company = await createUser(app, 'company');
  // Two labs alike in every way the need can see, but for the microscope one university lists.
  const lab = { name: { en: 'Materials Laboratory' }, description: { en: 'Alloys and coatings.' }, capabilities: ['mechanical-testing'], sectors: ['C'] };
  const equipped = labSchema.parse(await post('/labs', equippedResearcher.authorization, labInput(lab)));
  const plain = labSchema.parse(await post('/labs', otherResearcher.authorization, labInput({ ...lab, name: { en: 'Materials Laboratory B' } })));
  await post('/instruments', equippedResearcher.authorization, instrumentInput({ classCode: 'electron-microscopy', model: 'Hitachi SU3500' }));
  await post('/instruments', otherResearcher.authorization, instrumentInput({ classCode: 'mass-spectrometry', model: 'Agilent 7900', status: 'hidden' }));
  const need = needSchema.parse(
    await post(
      '/needs',
      company.authorization,
      needInput({ title: 'Fracture surfaces of welded pipe', capabilities: ['electron-microscopy', 'mass-spectrometry'], sectors: ['C'] }),
    ),
  );
  await waitFor('both labs indexed', async () => (await app.inject({ method: 'GET', url: '/api/v1/labs' })).json<{ total: number }>().total === 2);

  const answer = await app.inject({ method: 'GET', url: `/api/v1/needs/${need.id}/matches`, headers: { authorization: company.authorization } });
  t.equal(answer.statusCode, 200, 'the company matches its need');
  const { matches } = labMatchesSchema.parse(answer.json());
  const ids = matches.map((match) => match.lab.id);
  t.ok(ids.includes(equipped.id), 'the lab whose university lists the microscope is found, though its own profile does not name it');
  const first = matches.find((match) => match.lab.id === equipped.id)!;
  const second = matches.find((match) => match.lab.id === plain.id);
  t.ok(!second || first.score > second.score, `and it ranks above the lab without one (${first.score} > ${second?.score ?? 'not found'})`);
  t.same(
    first.explanation.sharedCapabilities,
    ['electron-microscopy'],
    'the explanation names the instrument’s class, and a hidden instrument counts for nothing',
  );
  t.same(first.lab.capabilities, ['mechanical-testing'], 'the lab is shown with its own capabilities');
});
