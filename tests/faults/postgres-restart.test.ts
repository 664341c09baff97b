import { join } from 'node:path';
import t from 'tap';
import { runMigrations } from '@kopir/db';
import { buildApp } from '@kopir/server';
import { findFreePort, startEmbeddedPostgres } from '@kopir/server/stack';
import { assertNothingLost } from '../harness/faults/fault-rig.ts';
import { settledComparison } from '../harness/faults/index-comparison.ts';
import { spawnApi } from '../harness/faults/spawned-api.ts';
import { startWriteLoad } from '../harness/faults/write-load.ts';
import { createUser } from '../harness/factories.ts';
import { suiteEnvironment } from '../harness/suite-environment.ts';
import { deleteIndexes, testConfig, uniqueName } from '../harness/test-app.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** /ready promises an answer within its 2 s check; the margin is for a busy two-core machine. */
const READY_ANSWER_MS = 3_500;

// A fault, a write load and the wait for the index to converge: longer than the suite's 180 s on a busy machine.
t.setTimeout(420_000);

t.test('PostgreSQL restarted under load: the API answers 503 meanwhile, recovers without a restart, and nothing is half-done', async (t) => {
  // A PostgreSQL of the test's own, since it is stopped and started again on its data.
  const options = { clusterDir: join(suiteEnvironment().scratchDir, uniqueName('pg')), password: 'fault-tests', port: await findFreePort() };
  let postgres = await startEmbeddedPostgres(options);
  t.teardown(() => postgres.stop());
  const databaseUrl = postgres.urlFor('postgres');
  await runMigrations(databaseUrl);

  // An app in this process for accounts and for reading both sides at the end; the API under test is its own process.
  const indexPrefix = `${uniqueName('pgfault')}_`;
  const helper = await buildApp(testConfig(databaseUrl, { meilisearch: { ...testConfig(databaseUrl).meilisearch, indexPrefix } }));
  t.teardown(async () => {
    await helper.close();
    await deleteIndexes(indexPrefix);
  });
  const researcher = await createUser(helper, 'researcher');
  const company = await createUser(helper, 'company');
  const api = await spawnApi(t, { databaseUrl, indexPrefix });

  const load = startWriteLoad({
    baseUrl: api.baseUrl,
    writers: {
      researcher: { authorization: researcher.authorization, organisationId: researcher.user.organisationId! },
      company: { authorization: company.authorization, organisationId: company.user.organisationId! },
    },
    renames: true,
    concurrency: 3,
  });
  // Readiness probed as a balancer would, every 250 ms.
  // Each probe with when it was sent and when it was answered: only one wholly inside the outage must say not ready.
  const probes: { sentAt: number; at: number; status: number; ms: number }[] = [];
  let probing = true;
  const prober = (async () => {
    while (probing) {
      const started = performance.now();
      const sentAt = Date.now();
      const status = await fetch(`${api.baseUrl}/ready`, { signal: AbortSignal.timeout(15_000) }).then(
        (response) => response.status,
        () => 0,
      );
      probes.push({ sentAt, at: Date.now(), status, ms: Math.round(performance.now() - started) });
      await pause(250);
    }
  })();

  await pause(3_000);
  await postgres.stop();
  // Once stopped: a fast shutdown still checkpoints, which takes seconds on a busy machine.
  const stoppedAt = Date.now();
  await pause(5_000);
  postgres = await startEmbeddedPostgres(options);
  const backAt = Date.now();
  await pause(8_000);
  probing = false;
  await prober;
  const writes = await load.stop();

  t.equal(api.child.exitCode, null, 'the API process is still running');
  t.notMatch(api.output(), /unexpected error|TypeError/, 'and logged no unexpected error', { output: api.output().slice(-2000) });
  const during = probes.filter((probe) => probe.sentAt > stoppedAt && probe.at < backAt);
  t.ok(during.length > 0 && during.every((probe) => probe.status === 503), `/ready said not ready while PostgreSQL was down (${during.length} probes)`);
  const slowest = Math.max(...probes.map((probe) => probe.ms));
  t.ok(slowest < READY_ANSWER_MS, `/ready always answered within ${READY_ANSWER_MS} ms (slowest ${slowest} ms)`);
  const green = probes.find((probe) => probe.at > backAt && probe.status === 200);
  t.ok(green, 'and turned ready again once PostgreSQL was back');
  t.comment(`/ready ready again ${green ? ((green.at - backAt) / 1000).toFixed(1) : '–'} s after PostgreSQL was back; ${probes.length} probes`);
  t.ok(writes.unavailable > 0, 'writes during the outage answered 503');
  assertNothingLost(t, 'PostgreSQL restarted', writes, await settledComparison(helper));

  api.child.kill('SIGTERM');
  t.equal(await api.exited, 0, 'the API still stops cleanly', { output: api.output().slice(-3000) });
});
