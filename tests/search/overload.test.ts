import t from 'tap';
import { createSearchClient } from '@kopir/server';
import { apiErrorSchema, labSchema, needSchema } from '@kopir/shared';
import { labInput, needInput } from '../harness/catalogue.ts';
import { createUser } from '../harness/factories.ts';
import { suiteEnvironment } from '../harness/suite-environment.ts';
import { createTestApp, waitFor } from '../harness/test-app.ts';

/**
 * More searches than the process admits (two at a time, two waiting, 50 ms of patience; a match sends two at once): the ones
 * admitted are answered, the rest are refused at once with 503 SEARCH_UNAVAILABLE and Retry-After,
 * none fails with 500, and the outbox worker, whose calls take no search slot, keeps delivering.
 */
t.test('a flood of matches and searches gets 200s and 503s with Retry-After, never a 500, while the outbox delivers', async (t) => {
  const app = await createTestApp(t, { searchOutboxWorker: true, searchAdmission: { concurrent: 2, queued: 2, maxWaitMs: 50 } });
  await app.ready();
  await app.searchSettingsApplied;
  const researcher = await createUser(app, 'researcher');
  const company = await createUser(app, 'company');
  const post = async (authorization: string, url: string, payload: object) =>
    (await app.inject({ method: 'POST', url, headers: { authorization }, payload })).json();
  labSchema.parse(await post(researcher.authorization, '/api/v1/labs', labInput()));
  const need = needSchema.parse(await post(company.authorization, '/api/v1/needs', needInput()));
  await waitFor('the lab and the need indexed', async () => {
    const labs = await app.inject({ method: 'GET', url: '/api/v1/labs' });
    const needs = await app.inject({ method: 'GET', url: '/api/v1/needs' });
    return labs.json<{ total?: number }>().total === 1 && needs.json<{ total?: number }>().total === 1;
  });

  const requests = [
    { url: `/api/v1/needs/${need.id}/matches`, headers: { authorization: company.authorization } },
    { url: '/api/v1/labs?q=electrolysis' },
    { url: '/api/v1/needs?q=electrolyser' },
    { url: '/api/v1/labs?q=hydrogen&sector=D' },
  ];
  const statuses: Record<number, number> = {};
  const refusals: Record<string, number> = {};
  const problems: string[] = [];
  const wave = () =>
    Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const request = requests[i % requests.length]!;
        const response = await app.inject({ method: 'GET', ...request });
        statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
        if (response.statusCode === 503) {
          const body = apiErrorSchema.parse(response.json());
          refusals[body.message] = (refusals[body.message] ?? 0) + 1;
          if (body.code !== 'SEARCH_UNAVAILABLE') problems.push(`${request.url}: 503 ${body.code}`);
          if (!response.headers['retry-after']) problems.push(`${request.url}: 503 without Retry-After`);
        } else if (response.statusCode !== 200) problems.push(`${request.url}: ${response.statusCode} ${response.body.slice(0, 200)}`);
      }),
    );

  // While waves of searches keep the slots full, a new lab goes through the outbox to Meilisearch.
  const lab = labSchema.parse(await post(researcher.authorization, '/api/v1/labs', labInput({ name: { en: 'Membrane lab' } })));
  const { meiliUrl, meiliKey } = suiteEnvironment();
  const labs = createSearchClient(meiliUrl, meiliKey).index(`${app.meilisearch.indexPrefix}labs`);
  let delivered = false;
  let waves = 0;
  while (!delivered || waves < 3) {
    await wave();
    waves++;
    delivered ||= await labs.getDocument(lab.id).then(
      () => true,
      () => false,
    );
    if (waves > 200) break;
  }

  t.same(problems, [], 'every answer is a 200, or a 503 SEARCH_UNAVAILABLE with Retry-After');
  t.notOk(statuses[500], `no 500 (statuses: ${JSON.stringify(statuses)})`);
  t.ok((statuses[503] ?? 0) > 0, `the flood beyond the limits is refused in part (${statuses[503]} of ${waves * 40}: ${JSON.stringify(refusals)})`);
  t.ok((statuses[200] ?? 0) > 0, `and answered in part (${statuses[200]})`);
  t.ok(delivered, `the outbox delivered the new lab meanwhile (after ${waves} waves)`);
  t.ok(app.searchAdmission.refused.queueFull + app.searchAdmission.refused.waitedTooLong > 0, 'the admission counted its refusals');

  // Patient: on a busy machine one search alone can meet Meilisearch's timeout (a 503 too).
  const after = await waitFor(
    'matching to answer 200 again',
    async () => {
      const response = await app.inject({ method: 'GET', url: `/api/v1/needs/${need.id}/matches`, headers: { authorization: company.authorization } });
      return response.statusCode === 200 || (response.statusCode !== 503 && response.statusCode);
    },
    60_000,
  );
  t.equal(after, true, 'once the flood is over, matching answers 200 again');
});
