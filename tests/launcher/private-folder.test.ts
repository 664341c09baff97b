// A clone in a private home folder (/root/kopir, mode 0700) must start as root: PostgreSQL then
// runs as the postgres system user, who cannot enter that folder.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import t from 'tap';
import { runLauncher, waitForNoProcesses } from '../harness/launcher.ts';
import { suiteEnvironment } from '../harness/suite-environment.ts';
import { uniqueName } from '../harness/test-app.ts';

const repoDir = fileURLToPath(new URL('../..', import.meta.url));
const asRoot = userInfo().uid === 0;

/**
 * The repository as a user's clone would have it, inside a 0700 folder: every top-level entry
 * but the data folder, hard-linked (a second or so) where the disk allows, else copied.
 */
function privateClone(): string {
  const privateDir = join(suiteEnvironment().scratchDir, uniqueName('private'));
  mkdirSync(privateDir, { mode: 0o700 });
  chmodSync(privateDir, 0o700);
  const clone = join(privateDir, 'kopir');
  mkdirSync(clone);
  const entries = readdirSync(repoDir)
    .filter((name) => name !== '.data' && name !== '.git')
    .map((name) => join(repoDir, name));
  try {
    execFileSync('cp', ['-al', ...entries, clone]);
  } catch {
    execFileSync('cp', ['-a', ...entries, clone]);
  }
  return clone;
}

async function queryRunningDatabase(dataDir: string): Promise<{ database: string; answer: number }> {
  const note = JSON.parse(readFileSync(join(dataDir, 'running-stack.json'), 'utf8')) as { databaseUrl: string };
  const sql = postgres(note.databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ database: string; answer: number }[]>`select current_database() as database, 6 * 7 as answer`;
    return row!;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

t.test(
  asRoot
    ? 'as root, a clone in a 0700 folder starts PostgreSQL and answers a query'
    : 'not as root, the embedded PostgreSQL runs from node_modules with its data in DATA_DIR',
  async (t) => {
    const repo = asRoot ? privateClone() : repoDir;
    if (asRoot) t.teardown(() => rmSync(join(repo, '..'), { recursive: true, force: true }));
    const dataDir = asRoot ? join(repo, '.data') : join(suiteEnvironment().scratchDir, uniqueName('ordinary'));
    const run = runLauncher({ DATA_DIR: dataDir, PORT: '0', DEMO_DATA: 'false' }, { serverDir: join(repo, 'server') });
    t.teardown(() => run.child.kill('SIGKILL'));
    await run.url;

    const clusterDir = run.output().match(/PostgreSQL: embedded, \S+, data in (\S+)/)?.[1];
    t.ok(clusterDir, `the summary says where the cluster lives:\n${run.output()}`);
    if (asRoot) {
      t.match(clusterDir, /^\/var\/lib\/kopir\/postgres-[0-9a-f]{12}$/, 'the cluster lives where the postgres user can own it, not in the private folder');
      t.teardown(() => rmSync(clusterDir!, { recursive: true, force: true }));
    } else {
      t.equal(clusterDir, join(dataDir, 'postgres'), 'the cluster lives in DATA_DIR');
    }
    t.same(await queryRunningDatabase(dataDir), { database: 'kopir', answer: 42 }, 'the embedded PostgreSQL answers a query on the kopir database');
    t.notMatch(run.output(), /EACCES|\n\s+at /, 'no permission error, no stack trace');

    run.child.kill('SIGINT');
    t.equal(await run.exited, 0, 'Ctrl-C exits cleanly');
    t.same(await waitForNoProcesses(clusterDir!), [], 'no PostgreSQL process is left behind');
  },
);
