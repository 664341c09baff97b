import t from 'tap';
import { apiErrorSchema, labMatchesSchema, labSchema, needMatchesSchema, needSchema } from '@kopir/shared';
import type { App } from '@kopir/server';
import { labInput, needInput } from '../harness/catalogue.ts';
import { createOrganisation, createUser } from '../harness/factories.ts';
import { createTestApp, waitFor } from '../harness/test-app.ts';

async function matchingWorld(t: Parameters<typeof createTestApp>[0]) {
  const app = await createTestApp(t, { searchOutboxWorker: true });
  await app.ready();
  await app.searchSettingsApplied;
  const verifiedUniversity = await createOrganisation(app, { kind: 'university', regionCode: 'KZ-47', verifiedAt: new Date() });
  const hydrogenResearcher = await createUser(app, 'researcher', { organisationId: verifiedUniversity.id });
  const otherResearcher = await createUser(app, 'researcher');
  const company = await createUser(app, 'company');

  const post = async (authorization: string, url: string, payload: object) =>
    (await app.inject({ method: 'POST', url, headers: { authorization }, payload })).json();
  const hydrogenLab = labSchema.parse(
    await post(
      hydrogenResearcher.authorization,
      '/api/v1/labs',
      labInput({
        name: { kk: 'Сутегі энергетикасы зертханасы' },
        description: { kk: 'PEM электролизерлерін сынау, жасыл сутегі өндіру, мембраналар.' },
        capabilities: ['hydrogen-electrolysis', 'electrochemistry'],
        trlMin: 3,
        trlMax: 6,
      }),
    ),
  );
  const irrigationLab = labSchema.parse(
    await post(
      otherResearcher.authorization,
      '/api/v1/labs',
      labInput({
        name: { en: 'Irrigation lab' },
        description: { en: 'Drip irrigation for cotton fields.' },
        sectors: ['A'],
        capabilities: ['drip-irrigation'],
        trlMin: 6,
        trlMax: 9,
      }),
    ),
  );
  const farLab = labSchema.parse(
    await post(
      otherResearcher.authorization,
      '/api/v1/labs',
      labInput({
        name: { en: 'Electrochemistry group' },
        description: { en: 'Electrolysis of brines and electrode coatings.' },
        capabilities: ['electrochemistry'],
        trlMin: 1,
        trlMax: 2,
      }),
    ),
  );
  const need = needSchema.parse(
    await post(
      company.authorization,
      '/api/v1/needs',
      needInput({
        title: 'Испытания электролизёра на опреснённой воде',
        description: { ru: 'Нужны испытания PEM электролизёра 1 МВт и оценка деградации мембран.' },
        capabilities: ['hydrogen-electrolysis'],
        sectors: ['D'],
        trlTarget: 5,
        regionCode: 'KZ-47',
      }),
    ),
  );
  await waitFor(
    'all indexed',
    async () =>
      (await app.inject({ method: 'GET', url: '/api/v1/labs' })).json<{ total: number }>().total === 3 &&
      (await app.inject({ method: 'GET', url: '/api/v1/needs' })).json<{ total: number }>().total === 1,
  );
  return { app, hydrogenResearcher, otherResearcher, company, hydrogenLab, irrigationLab, farLab, need };
}

const needMatches = async (app: App, needId: string, authorization: string) =>
  app.inject({ method: 'GET', url: `/api/v1/needs/${needId}/matches`, headers: { authorization } });

t.test('the best labs for a need come first, each with its reasons', async (t) => {
  const world = await matchingWorld(t);
  const response = await needMatches(world.app, world.need.id, world.company.authorization);
  t.equal(response.statusCode, 200, '200');
  const { matches } = labMatchesSchema.parse(response.json());
  t.equal(matches[0]?.lab.id, world.hydrogenLab.id, 'the Kazakh-described hydrogen lab matches the Russian need best');
  const top = matches[0]!.explanation;
  t.same(
    top.sharedCapabilities,
    ['hydrogen-electrolysis', 'electrochemistry'],
    'it names the shared capabilities: the declared one, and one its text speaks of',
  );
  const spoken = top.matchedConcepts.find((concept) => concept.code === 'electrochemistry');
  t.ok((spoken?.words.length ?? 0) > 0, `the second with the words of the need that evoked it (${JSON.stringify(top.matchedConcepts)})`);
  t.same(top.sharedSectors, ['D'], 'and the shared sector');
  t.equal(top.trl.fits, true, 'TRL 5 is inside 3–6');
  t.equal(top.sameRegion, true, 'same region');
  t.ok(top.liftedBy, `the factor that lifted it: ${top.liftedBy}`);
  const far = matches.find((match) => match.lab.id === world.farLab.id);
  t.ok(far, 'the electrochemistry lab in the same sector is a candidate');
  t.ok(far!.score < matches[0]!.score, 'but ranks below');
  t.equal(far!.explanation.trl.fits, false, 'its TRL 1–2 does not fit');
  t.equal(far!.explanation.loweredBy !== null, true, `and says what held it back: ${far!.explanation.loweredBy}`);
  const irrigation = matches.find((match) => match.lab.id === world.irrigationLab.id);
  t.ok(!irrigation || irrigation.score < matches[0]!.score, 'the irrigation lab is not above it');
  t.ok(
    matches.every((match, i) => i === 0 || matches[i - 1]!.score >= match.score),
    'ordered by score',
  );
});

t.test('only the need’s company and the ministry see its matches', async (t) => {
  const world = await matchingWorld(t);
  const otherCompany = await createUser(world.app, 'company');
  const ministry = await createUser(world.app, 'ministry');
  const foreign = await needMatches(world.app, world.need.id, otherCompany.authorization);
  t.equal(apiErrorSchema.parse(foreign.json()).code, 'NOT_YOURS', 'another company: 403 NOT_YOURS');
  t.equal((await needMatches(world.app, world.need.id, ministry.authorization)).statusCode, 200, 'the ministry: 200');
  const researcher = await needMatches(world.app, world.need.id, world.hydrogenResearcher.authorization);
  t.equal(apiErrorSchema.parse(researcher.json()).code, 'FORBIDDEN_ROLE', 'a researcher: 403');
});

t.test('a matched pair with a collaboration shows it, in place of Invite or Propose, to its parties only', async (t) => {
  const world = await matchingWorld(t);
  const ministry = await createUser(world.app, 'ministry');
  const invited = await world.app.inject({
    method: 'POST',
    url: '/api/v1/collaborations',
    headers: { authorization: world.company.authorization },
    payload: { needId: world.need.id, labId: world.hydrogenLab.id },
  });
  t.equal(invited.statusCode, 201, 'the company invites the hydrogen lab');
  const collaborationId = invited.json<{ id: string }>().id;
  const labsFor = async (authorization: string) => labMatchesSchema.parse((await needMatches(world.app, world.need.id, authorization)).json()).matches;
  const needsFor = async (labId: string, authorization: string) =>
    needMatchesSchema.parse((await world.app.inject({ method: 'GET', url: `/api/v1/labs/${labId}/matches`, headers: { authorization } })).json()).matches;

  const companyView = await labsFor(world.company.authorization);
  const hydrogen = companyView.find((match) => match.lab.id === world.hydrogenLab.id);
  t.same(
    hydrogen?.collaboration,
    { id: collaborationId, status: 'proposed', declinedOn: null, proposeAgainOn: null },
    'the company sees its invitation under way on the hydrogen lab',
  );
  t.ok(
    companyView.filter((match) => match.lab.id !== world.hydrogenLab.id).every((match) => match.collaboration === null),
    'and none on the other labs',
  );
  t.ok(
    (await labsFor(ministry.authorization)).every((match) => match.collaboration === null),
    'the ministry, party to none, sees no collaboration on any match',
  );
  const researcherView = (await needsFor(world.hydrogenLab.id, world.hydrogenResearcher.authorization)).find((match) => match.need.id === world.need.id);
  t.equal(researcherView?.collaboration?.id, collaborationId, 'the hydrogen lab’s researcher sees it on the need');
  const otherView = (await needsFor(world.farLab.id, world.otherResearcher.authorization)).find((match) => match.need.id === world.need.id);
  t.ok(otherView, 'the other researcher’s lab matches the same need');
  t.equal(otherView?.collaboration, null, 'but sees nothing of a collaboration it is not party to');

  const declined = await world.app.inject({
    method: 'POST',
    url: `/api/v1/collaborations/${collaborationId}/transitions`,
    headers: { authorization: world.hydrogenResearcher.authorization },
    payload: { action: 'decline', reasonCode: 'no_capacity' },
  });
  t.equal(declined.statusCode, 200, 'the researcher declines');
  const afterDecline = (await labsFor(world.company.authorization)).find((match) => match.lab.id === world.hydrogenLab.id)?.collaboration;
  t.equal(afterDecline?.status, 'declined', 'the company’s match now says declined');
  t.ok(afterDecline?.declinedOn, `on a day (${afterDecline?.declinedOn})`);
  t.ok(
    afterDecline?.proposeAgainOn && afterDecline.proposeAgainOn > afterDecline.declinedOn!,
    `and when it may invite again (${afterDecline?.proposeAgainOn})`,
  );
  const declinerView = (await needsFor(world.hydrogenLab.id, world.hydrogenResearcher.authorization)).find((match) => match.need.id === world.need.id);
  t.equal(declinerView?.collaboration?.status, 'declined', 'the researcher sees the decline too');
  t.equal(declinerView?.collaboration?.proposeAgainOn, null, 'with no wait: the side that declined may propose');
});

t.test('the best needs for a lab, and a confidential need matched on its public fields only', async (t) => {
  const world = await matchingWorld(t);
  const secretNeed = needSchema.parse(
    (
      await world.app.inject({
        method: 'POST',
        url: '/api/v1/needs',
        headers: { authorization: world.company.authorization },
        payload: needInput({
          title: 'Электролиз: закрытый пилот',
          visibility: 'confidential',
          description: { ru: 'Секретная мембрана ZX-900' },
          capabilities: ['hydrogen-electrolysis'],
        }),
      })
    ).json(),
  );
  await waitFor('indexed', async () => (await world.app.inject({ method: 'GET', url: '/api/v1/needs?q=закрытый' })).json<{ total: number }>().total === 1);
  const response = await world.app.inject({
    method: 'GET',
    url: `/api/v1/labs/${world.hydrogenLab.id}/matches`,
    headers: { authorization: world.hydrogenResearcher.authorization },
  });
  t.equal(response.statusCode, 200, '200');
  const { matches } = needMatchesSchema.parse(response.json());
  t.equal(matches[0]?.need.id, world.need.id, 'the open public need fits best');
  const secret = matches.find((match) => match.need.id === secretNeed.id);
  t.ok(secret, 'the confidential need is matched too');
  t.equal(secret?.need.organisation, null, 'without its company');
  t.same(secret?.explanation.sharedCapabilities, [], 'and without its capabilities');
  t.notMatch(response.body, /ZX-900|Секретная/, 'its description never appears');

  const foreign = await world.app.inject({
    method: 'GET',
    url: `/api/v1/labs/${world.hydrogenLab.id}/matches`,
    headers: { authorization: world.otherResearcher.authorization },
  });
  t.equal(apiErrorSchema.parse(foreign.json()).code, 'NOT_YOURS', 'another organisation’s researcher: 403');
});
