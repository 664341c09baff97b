import { createServer } from 'node:net';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import t from 'tap';
import { findFreePort } from '@kopir/server/stack';
import { readinessSchema } from '@kopir/shared';
import { processesMentioning, runLauncher, waitForNoProcesses } from '../harness/launcher.ts';
import { suiteEnvironment } from '../harness/suite-environment.ts';
import { uniqueName } from '../harness/test-app.ts';
import { fileURLToPath } from 'node:url';

const webDistDir = fileURLToPath(new URL('../../web/dist', import.meta.url));

async function freshDataDir(): Promise<string> {
  const dir = join(suiteEnvironment().scratchDir, uniqueName('launch'));
  await mkdir(dir, { recursive: true, mode: 0o755 });
  return dir;
}

// The subtests run at once: each has its own data folder and port, and most of their time is
// spent waiting for a child process (its embedded services to start, then to stop).
t.jobs = 5;

t.test('pnpm start brings up the whole product, and Ctrl-C stops everything it started', async (t) => {
  const dataDir = await freshDataDir();
  const port = await findFreePort();
  const env = { DATA_DIR: dataDir, PORT: String(port), WEB_DIST_DIR: webDistDir };

  const first = runLauncher(env);
  t.teardown(() => first.child.kill('SIGKILL'));
  const url = await first.url;
  t.equal(url, `http://localhost:${port}`, 'prints the address as http://localhost:PORT');
  t.match(first.output(), /Loaded the demo data/, 'loads the demo data on the first start');

  const page = await fetch(`${url}/`);
  t.equal(page.status, 200, 'the web client is served at the printed URL');
  t.match(await page.text(), /<div id="app">/, 'the shell');
  const ready = readinessSchema.parse(await (await fetch(`${url}/ready`)).json());
  t.equal(ready.ready, true, 'embedded PostgreSQL and bundled Meilisearch are up and migrated');
  t.ok(processesMentioning(dataDir).length >= 2, 'PostgreSQL and Meilisearch run from the data folder');

  first.child.kill('SIGINT');
  t.equal(await first.exited, 0, 'Ctrl-C exits cleanly', { output: first.output().slice(-3000) });
  t.same(await waitForNoProcesses(dataDir), [], 'no PostgreSQL or Meilisearch process is left behind');

  const second = runLauncher(env);
  t.teardown(() => second.child.kill('SIGKILL'));
  await second.url;
  t.notMatch(second.output(), /Loaded the demo data/, 'a restart keeps the data and does not load the demo again');
  second.child.kill('SIGTERM');
  t.equal(await second.exited, 0, 'SIGTERM exits cleanly too', { output: second.output().slice(-3000) });
  t.same(await waitForNoProcesses(dataDir), [], 'nothing left behind');
});

t.test('a busy port gets one sentence saying what to do, and nothing is left running', async (t) => {
  const dataDir = await freshDataDir();
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '0.0.0.0', resolve));
  t.teardown(() => blocker.close());
  const port = (blocker.address() as { port: number }).port;

  const run = runLauncher({ DATA_DIR: dataDir, PORT: String(port) });
  t.equal(await run.exited, 1, 'exits with 1');
  t.match(run.output(), new RegExp(`Port ${port} is already in use: .*PORT=${port + 1} pnpm start`), 'says which port and what to do');
  t.notMatch(run.output(), /\n\s+at /, 'no stack trace');
  t.same(await waitForNoProcesses(dataDir), [], 'the embedded services it had started are stopped');
});

t.test('a bad environment variable stops the start with a message naming it', async (t) => {
  const run = runLauncher({ DATA_DIR: await freshDataDir(), PORT: 'eighty' });
  t.equal(await run.exited, 2, 'exits with 2');
  t.match(run.output(), /PORT="eighty" is not valid/, 'names PORT and its value');
  t.notMatch(run.output(), /\n\s+at /, 'no stack trace');
});

t.test('an unreachable external database gets one clear sentence', async (t) => {
  const closedPort = await findFreePort();
  const run = runLauncher({ DATA_DIR: await freshDataDir(), DATABASE_URL: `postgres://kopir:secret-pw@127.0.0.1:${closedPort}/kopir` });
  t.equal(await run.exited, 1, 'exits with 1');
  t.match(run.output(), /Cannot reach the PostgreSQL at DATABASE_URL \(127\.0\.0\.1:\d+\).*unset DATABASE_URL/, 'says what and what to do');
  t.notMatch(run.output(), /secret-pw/, 'never prints the password');
  t.notMatch(run.output(), /\n\s+at /, 'no stack trace');
});

t.test('a Meilisearch binary that is not there gets one clear sentence', async (t) => {
  const dataDir = await freshDataDir();
  const run = runLauncher({ DATA_DIR: dataDir, MEILI_BIN: '/opt/missing/meilisearch' });
  t.equal(await run.exited, 1, 'exits with 1');
  t.match(run.output(), /MEILI_BIN is set to \/opt\/missing\/meilisearch, which is not an executable file/, 'names the setting');
  t.same(await waitForNoProcesses(dataDir), [], 'the embedded PostgreSQL it had started is stopped');
});
