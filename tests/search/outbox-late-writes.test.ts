import { setTimeout as delay } from 'node:timers/promises';
import t from 'tap';
import { eq } from 'drizzle-orm';
import { labs, needs, organisations, searchOutbox, searchVerifications } from '@kopir/db';
import { buildApp, createSearchClient, labDocument, needDocument } from '@kopir/server';
import { readinessSchema } from '@kopir/shared';
import { labInput, needInput } from '../harness/catalogue.ts';
import { createUser } from '../harness/factories.ts';
import { ownMeilisearch } from '../harness/own-meilisearch.ts';
import { suiteEnvironment } from '../harness/suite-environment.ts';
import { createTestApp, createTestDatabase, testConfig, waitFor } from '../harness/test-app.ts';

// A request to a frozen Meilisearch times out on the client, yet the server still applies it when
// it resumes, in whatever order it reads the waiting connections: an older batch can land after
// the newer one the outbox sent on retry, or re-create a document deleted meanwhile. The
// verifier must leave the index equal to PostgreSQL anyway.
const ROUNDS = 20;
// Short, so that each freeze makes the worker's requests time out (5 s in production).
const TIMEOUT_MS = 300;

t.setTimeout(300_000);

t.test(`Meilisearch frozen mid-batch ${ROUNDS} times while labs and needs change: every document ends equal to PostgreSQL`, async (t) => {
  const meili = await ownMeilisearch(t);
  const prefix = 'late_';
  const config = testConfig(await createTestDatabase(t), {
    meilisearch: { url: meili.url, apiKey: meili.masterKey, indexPrefix: prefix },
    searchOutboxWorker: true,
    meilisearchTimeoutMs: TIMEOUT_MS,
    searchVerifyAfterMs: 1_000,
  });
  const app = await buildApp(config);
  t.teardown(() => app.close());
  await app.ready();
  await app.searchSettingsApplied;
  const researcher = await createUser(app, 'researcher');
  const company = await createUser(app, 'company');

  const live = { labs: [] as string[], needs: [] as string[] };
  let step = 0;
  // One write through the API: create, update or delete a lab or a need, in turn.
  const write = async () => {
    step++;
    const kind = step % 2 === 0 ? 'labs' : 'needs';
    const authorization = kind === 'labs' ? researcher.authorization : company.authorization;
    const ids = live[kind];
    const action = ids.length < 4 ? 'create' : (['create', 'update', 'update', 'delete'] as const)[step % 4]!;
    if (action === 'create') {
      const payload = kind === 'labs' ? labInput({ name: { en: `Lab ${step}` } }) : needInput({ title: `Need number ${step}` });
      const response = await app.inject({ method: 'POST', url: `/api/v1/${kind}`, headers: { authorization }, payload });
      t.equal(response.statusCode, 201, `create ${kind} ${step}`);
      ids.push(response.json<{ id: string }>().id);
    } else if (action === 'update') {
      const id = ids[step % ids.length]!;
      const payload = kind === 'labs' ? { keywords: [`edit ${step}`] } : { title: `Need edited at ${step}` };
      const response = await app.inject({ method: 'PATCH', url: `/api/v1/${kind}/${id}`, headers: { authorization }, payload });
      t.equal(response.statusCode, 200, `update ${kind} ${step}`);
    } else {
      const id = ids.splice(step % ids.length, 1)[0]!;
      const response = await app.inject({ method: 'DELETE', url: `/api/v1/${kind}/${id}`, headers: { authorization } });
      t.equal(response.statusCode, 204, `delete ${kind} ${step}`);
    }
  };

  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < 3; i++) await write();
    await delay(50); // the worker has picked the changes up and is sending them
    meili.pause();
    for (let i = 0; i < 3; i++) await write();
    await delay(TIMEOUT_MS * 2); // its requests time out and are retried, still unanswered
    meili.resume();
    await delay(100);
  }

  await waitFor(
    'the outbox and the verifications to settle',
    async () => {
      const [outbox, verifications] = await Promise.all([app.db.$count(searchOutbox), app.db.$count(searchVerifications)]);
      return outbox === 0 && verifications === 0;
    },
    120_000,
  );

  const { data: taxonomy } = await app.taxonomy.current();
  const client = createSearchClient(meili.url, meili.masterKey);
  const indexed = async (name: 'labs' | 'needs') =>
    new Map((await client.index(`${prefix}${name}`).getDocuments<{ id: string }>({ limit: 10_000 })).results.map((document) => [document.id, document]));
  const labRows = await app.db.select().from(labs).innerJoin(organisations, eq(organisations.id, labs.organisationId));
  const needRows = await app.db.select().from(needs).innerJoin(organisations, eq(organisations.id, needs.organisationId));
  const expected = {
    labs: new Map(labRows.map((row) => [row.labs.id, labDocument(row.labs, row.organisations, taxonomy)])),
    needs: new Map(needRows.map((row) => [row.needs.id, needDocument(row.needs, row.organisations, taxonomy)])),
  };
  for (const name of ['labs', 'needs'] as const) {
    const inIndex = await indexed(name);
    t.same([...inIndex.keys()].sort(), [...expected[name].keys()].sort(), `${name}: the index holds exactly the ids PostgreSQL holds (no deleted one left)`);
    const mismatched = [...expected[name]].filter(([id, document]) => JSON.stringify(inIndex.get(id)) !== JSON.stringify(document)).map(([id]) => id);
    t.same(mismatched, [], `${name}: every document equals its row, field for field (${expected[name].size} documents)`);
  }
  t.ok(step >= ROUNDS * 6, `${step} writes during the freezes`);
  const ready = readinessSchema.parse((await app.inject({ method: 'GET', url: '/ready' })).json());
  t.ok(ready.searchVerification, '/ready reports the verification');
  t.equal(ready.searchVerification?.driftFound, ready.searchVerification?.driftHealed, `drift found and healed: ${JSON.stringify(ready.searchVerification)}`);
});

t.test('a late, older write that lands after the newer one, and one that re-creates a deleted document, are found and healed', async (t) => {
  const app = await createTestApp(t, { searchOutboxWorker: true, searchVerifyAfterMs: 3_000 });
  await app.ready();
  await app.searchSettingsApplied;
  const { authorization } = await createUser(app, 'researcher');
  const client = createSearchClient(suiteEnvironment().meiliUrl, suiteEnvironment().meiliKey);
  const index = client.index(`${app.meilisearch.indexPrefix}labs`);
  const settled = () =>
    waitFor(
      'the outbox to deliver',
      async () =>
        (await app.db.$count(searchOutbox)) === 0 &&
        (await client.tasks.getTasks({ indexUids: [index.uid], statuses: ['enqueued', 'processing'] })).results.length === 0,
    );

  const create = async (name: string) =>
    (await app.inject({ method: 'POST', url: '/api/v1/labs', headers: { authorization }, payload: labInput({ name: { en: name } }) })).json<{ id: string }>()
      .id;
  const [edited, deleted] = [await create('Edited lab'), await create('Deleted lab')];
  await settled();
  const old = await index.getDocuments({ limit: 10 });
  await app.inject({ method: 'PATCH', url: `/api/v1/labs/${edited}`, headers: { authorization }, payload: { keywords: ['the newer version'] } });
  await app.inject({ method: 'DELETE', url: `/api/v1/labs/${deleted}`, headers: { authorization } });
  await settled();

  // What a request that timed out earlier does when Meilisearch applies it late: the old documents again.
  await index.addDocuments(old.results).waitTask();
  const stale = (await index.getDocuments<{ id: string; version: number }>({ fields: ['id', 'version'], limit: 10 })).results;
  t.same(stale.map((document) => document.id).sort(), [edited, deleted].sort(), 'the late write re-created the deleted lab');

  await waitFor(
    'the verifications to settle',
    async () => (await app.db.$count(searchVerifications)) === 0 && (await app.db.$count(searchOutbox)) === 0,
    60_000,
  );
  await settled();
  const healed = (await index.getDocuments<{ id: string; version: number; keywords: string[] }>({ fields: ['id', 'version', 'keywords'], limit: 10 })).results;
  t.same(
    healed.map((document) => document.id),
    [edited],
    'the deleted lab is gone from the index again',
  );
  t.same(healed[0]?.keywords, ['the newer version'], 'and the edited lab holds its newer version');
  const ready = readinessSchema.parse((await app.inject({ method: 'GET', url: '/ready' })).json());
  t.same(ready.searchVerification, { pending: 0, driftFound: 2, driftHealed: 2 }, '/ready counts the drift found and healed');
});
