import { connect, type Socket } from 'node:net';
import t from 'tap';
import { backgroundJobs, searchOutbox } from '@kopir/db';
import { buildApp } from '@kopir/server';
import { labInput } from '../harness/catalogue.ts';
import { createUser } from '../harness/factories.ts';
import { spawnApi } from '../harness/faults/spawned-api.ts';
import { createTestDatabase, deleteIndexes, testConfig, uniqueName, waitFor } from '../harness/test-app.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether a new TCP connection to the port is accepted. */
const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(true)).once('error', () => resolve(false));
    socket.setTimeout(2_000, () => resolve(false));
  }).finally(() => {});

/** A POST whose body arrives in two halves: in flight from its first byte until its last. */
function slowPost(port: number, path: string, authorization: string, body: unknown) {
  const payload = Buffer.from(JSON.stringify(body));
  const socket: Socket = connect(port, '127.0.0.1');
  let answer = '';
  socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
  const ended = new Promise<string>((resolve) => socket.on('close', () => resolve(answer)));
  socket.write(
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${authorization}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${payload.length}\r\nConnection: close\r\n\r\n`,
  );
  socket.write(payload.subarray(0, 10));
  return { finish: () => socket.write(payload.subarray(10)), answer: ended };
}

for (const how of ['SIGTERM to the API', 'Ctrl-C to its process group'] as const) {
  t.test(`${how} under load: new connections refused, requests in flight finished, workers drained, exit 0`, async (t) => {
    const databaseUrl = await createTestDatabase(t);
    const indexPrefix = `${uniqueName('stop')}_`;
    const helper = await buildApp(testConfig(databaseUrl, { meilisearch: { ...testConfig(databaseUrl).meilisearch, indexPrefix } }));
    t.teardown(async () => {
      await helper.close();
      await deleteIndexes(indexPrefix);
    });
    const { authorization } = await createUser(helper, 'researcher');
    const api = await spawnApi(t, { databaseUrl, indexPrefix, detached: how !== 'SIGTERM to the API' });
    const port = Number(new URL(api.baseUrl).port);
    // Until its index settings are applied, a fresh API answers searches 503 (honestly); start from a settled state.
    await waitFor('search to be configured', async () => (await fetch(`${api.baseUrl}/api/v1/labs?q=lab`)).ok);

    // Load: writes and reads four at a time, each recorded with whether it began before the signal.
    let signalledAt = Number.POSITIVE_INFINITY;
    const results: { beforeSignal: boolean; outcome: string }[] = [];
    let loading = true;
    const loop = async (i: number) => {
      for (let n = 0; loading; n++) {
        const beforeSignal = Date.now() < signalledAt;
        const request =
          n % 2 === 0
            ? fetch(`${api.baseUrl}/api/v1/labs`, {
                method: 'POST',
                headers: { authorization, 'content-type': 'application/json' },
                body: JSON.stringify(labInput({ name: { en: `Stop lab ${i}-${n}` } })),
              })
            : fetch(`${api.baseUrl}/api/v1/labs?q=lab`);
        const outcome = await request.then(
          async (response) => (response.ok ? String(response.status) : `${response.status} ${(await response.text()).slice(0, 120)}`),
          (error: Error) => (error.cause as NodeJS.ErrnoException | undefined)?.code ?? error.message,
        );
        results.push({ beforeSignal, outcome });
      }
    };
    const loops = [0, 1, 2, 3].map(loop);
    await pause(2_000);

    const slow = slowPost(port, '/api/v1/labs', authorization, labInput({ name: { en: 'Lab sent slowly' } }));
    await pause(300);
    signalledAt = Date.now();
    if (how === 'SIGTERM to the API') api.child.kill('SIGTERM');
    else process.kill(-api.child.pid!, 'SIGINT'); // what a terminal does: the whole group, pnpm and node alike
    await pause(500);
    t.notOk(await accepts(port), 'a new connection is refused once the stop began');
    slow.finish();
    const answer = await slow.answer;
    t.match(answer, /^HTTP\/1\.1 201/, 'the request in flight at the signal finished with 201');

    const exit = await api.exited;
    loading = false;
    await Promise.all(loops);
    t.equal(exit, 0, 'the API exited with 0', { output: api.output().slice(-3000) });
    t.notMatch(api.output(), /second SIGINT|unexpected error|Stopping now/, 'by the graceful path', { output: api.output().slice(-1500) });
    const inFlight = results.filter((result) => result.beforeSignal);
    // Refused at connect: the client opened a new connection after the door closed; the request never reached the API.
    const failedInFlight = inFlight.filter((result) => !/^2\d\d/.test(result.outcome) && result.outcome !== 'ECONNREFUSED');
    const after = results.filter((result) => !result.beforeSignal);
    t.same(failedInFlight, [], `every request begun before the signal succeeded (${inFlight.length})`);
    t.ok(
      after.every((result) => result.outcome === 'ECONNREFUSED' || /^2\d\d/.test(result.outcome) || result.outcome === 'ECONNRESET'),
      `requests begun after it were refused at the door, never answered with an error (${after.length}: ${[...new Set(after.map((r) => r.outcome))].join(', ')})`,
    );
    // Only this test's database: other test files run on the same server at the same time.
    // A worker stopped mid-batch would leave a transaction holding its claimed rows and per-entity locks.
    const [held] = await helper.sql<{ locks: number }[]>`
      select count(*)::int as locks from pg_locks l join pg_stat_activity a on a.pid = l.pid
      where a.datname = current_database() and l.locktype in ('advisory', 'tuple', 'transactionid') and l.pid <> pg_backend_pid()`;
    t.equal(held?.locks, 0, 'no transaction of the stopped API is left holding claimed rows or locks');
    t.comment(
      `${how}: ${results.length} requests, ${inFlight.length} begun before the signal (${failedInFlight.length} failed), ` +
        `${after.length} after it; ${(await helper.db.select().from(searchOutbox)).length} outbox rows and ` +
        `${(await helper.db.select().from(backgroundJobs)).length} jobs left for the next replica`,
    );
  });
}
