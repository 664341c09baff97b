import t from 'tap';
import { backgroundJobs, runMigrations } from '@kopir/db';
import { buildApp } from '@kopir/server';
import { readinessSchema } from '@kopir/shared';
import { ownMeilisearch } from '../harness/own-meilisearch.ts';
import { createTestDatabase, testConfig } from '../harness/test-app.ts';
import { checkConformance } from '../harness/openapi-conformance.ts';

t.test('/ready turns not-ready while Meilisearch is stopped and ready again once it is back', async (t) => {
  // This test stops Meilisearch, so it runs one of its own instead of the suite's.
  const meili = await ownMeilisearch(t);

  const config = testConfig(await createTestDatabase(t), {
    meilisearch: { url: meili.url, apiKey: meili.masterKey, indexPrefix: 'readiness_' },
  });
  const app = await buildApp(config);
  checkConformance(t, app);
  t.teardown(() => app.close());

  const ready = async () => {
    const response = await app.inject({ method: 'GET', url: '/ready' });
    return { status: response.statusCode, body: readinessSchema.parse(response.json()) };
  };

  t.equal((await ready()).status, 200, 'ready while Meilisearch runs');

  await meili.stop();
  const down = await ready();
  t.equal(down.status, 503, '503 while Meilisearch is stopped');
  t.equal(down.body.ready, false, 'not ready');
  t.equal(down.body.checks.meilisearch.ok, false, 'Meilisearch is the failing check');
  t.ok(down.body.checks.meilisearch.error, 'with the reason');
  t.equal(down.body.checks.postgres.ok, true, 'PostgreSQL is still fine');

  await meili.restart();
  const back = await ready();
  t.equal(back.status, 200, 'ready again once Meilisearch is back');
  t.equal(back.body.checks.meilisearch.ok, true, 'Meilisearch check passes');
});

t.test('/ready is not ready while migrations are pending, and ready once they are applied', async (t) => {
  const databaseUrl = await createTestDatabase(t, { empty: true });
  const app = await buildApp(testConfig(databaseUrl));
  checkConformance(t, app);
  t.teardown(() => app.close());

  const before = await app.inject({ method: 'GET', url: '/ready' });
  t.equal(before.statusCode, 503, '503 on an unmigrated database');
  const body = readinessSchema.parse(before.json());
  t.equal(body.checks.migrations.ok, false, 'migrations check fails');
  t.ok((body.checks.migrations.pending ?? 0) > 0, 'reports how many are pending');

  await runMigrations(databaseUrl);
  const after = await app.inject({ method: 'GET', url: '/ready' });
  t.equal(after.statusCode, 200, 'ready after migrating');
});

t.test('/ready counts waiting and parked background jobs and emails, for the operator', async (t) => {
  const app = await buildApp(testConfig(await createTestDatabase(t)));
  checkConformance(t, app);
  t.teardown(() => app.close());
  await app.db.insert(backgroundJobs).values([
    { kind: 'notify_matching_labs', payload: { needId: '00000000-0000-4000-8000-000000000001' } },
    // Failed its twelfth attempt: no poller claims it again.
    { kind: 'notify_matching_labs', payload: { needId: '00000000-0000-4000-8000-000000000002' }, attempts: 12, lastError: 'Meilisearch refused' },
  ]);
  const body = readinessSchema.parse((await app.inject({ method: 'GET', url: '/ready' })).json());
  t.same(body.backgroundJobs, { pending: 1, parked: 1 }, 'one job waiting, one parked');
  t.same(body.emailOutbox, { pending: 0, parked: 0 }, 'no email waiting');
  t.equal(body.searchIndexRebuilds, 0, 'and no index rebuilt since start');
});
