// `pnpm test`: starts one PostgreSQL and one Meilisearch for the whole run (or uses DATABASE_URL /
// MEILI_URL), prepares a migrated template database, runs tap, and stops everything afterwards,
// also when tests fail or the run is interrupted.
import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { runMigrations } from '@kopir/db';
import { startEmbeddedPostgres, startMeilisearch, locateMeilisearchBinary, findFreePort } from '@kopir/server/stack';
import { encodeSuiteEnvironment } from './suite-environment.ts';

const TEMPLATE_DATABASE = 'kopir_test_template';
const say = (line: string) => console.log(`# [suite] ${line}`);

const scratchDir = await mkdtemp(join(tmpdir(), 'kopir-tests-'));
await chmod(scratchDir, 0o755); // the postgres system user must be able to enter it
const stops: (() => Promise<void>)[] = [];
let exitCode = 1;
try {
  let adminDatabaseUrl = process.env.DATABASE_URL;
  if (adminDatabaseUrl) {
    say('PostgreSQL: external (DATABASE_URL); per-file databases are created and dropped on it');
  } else {
    // A throw-away cluster: durability settings off, since nothing here must survive a crash.
    const cluster = await startEmbeddedPostgres({
      clusterDir: join(scratchDir, 'postgres'),
      password: 'kopir-tests',
      port: 0,
      serverFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300'],
    });
    stops.push(cluster.stop);
    adminDatabaseUrl = cluster.urlFor('postgres');
    say(`PostgreSQL: embedded on port ${cluster.port}`);
  }

  const admin = postgres(adminDatabaseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${TEMPLATE_DATABASE} with (force)`);
  await admin.unsafe(`create database ${TEMPLATE_DATABASE}`);
  stops.push(() => admin.unsafe(`drop database if exists ${TEMPLATE_DATABASE} with (force)`).then(() => admin.end()));
  const templateUrl = new URL(adminDatabaseUrl);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  await runMigrations(templateUrl.toString());

  let meiliUrl = process.env.MEILI_URL;
  let meiliKey = process.env.MEILI_MASTER_KEY;
  if (meiliUrl) {
    say('Meilisearch: external (MEILI_URL); every test file uses its own index prefix');
  } else {
    await mkdir(join(scratchDir, 'meilisearch'), { recursive: true });
    const meili = await startMeilisearch({
      binary: locateMeilisearchBinary(process.env.MEILI_BIN, scratchDir),
      dbPath: join(scratchDir, 'meilisearch'),
      port: await findFreePort(),
      masterKey: 'kopir-tests-master-key-0123456789',
      logFile: join(scratchDir, 'meilisearch.log'),
    });
    stops.push(meili.stop);
    meiliUrl = meili.url;
    meiliKey = meili.masterKey;
    say(`Meilisearch: bundled at ${meiliUrl}`);
  }

  const tap = spawn('tap', process.argv.slice(2), {
    stdio: ['inherit', 'pipe', 'inherit'],
    env: {
      ...process.env,
      ...encodeSuiteEnvironment({ adminDatabaseUrl, templateDatabase: TEMPLATE_DATABASE, meiliUrl, meiliKey, scratchDir }),
    },
  });
  // Pass tap's output through, remembering its closing totals line: `# { total: 43, pass: 41, fail: 2 }`.
  let totals = '';
  tap.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    totals = chunk.toString('utf8').match(/# \{ total: .*\}/)?.[0] ?? totals;
  });
  const forward = (signal: NodeJS.Signals) => tap.kill(signal);
  process.on('SIGINT', forward).on('SIGTERM', forward);
  exitCode = await new Promise<number>((resolve) => tap.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  const count = (name: string) => Number(totals.match(new RegExp(`${name}: (\\d+)`))?.[1] ?? 0);
  // One plain line that any CI can read, whatever the reporter.
  console.log(`${count('pass')} passed, ${count('fail')} failed, ${count('skip') + count('todo')} skipped`);
} catch (error) {
  console.error(`[suite] could not start the test services: ${(error as Error).message}`);
} finally {
  for (const stop of stops.reverse()) await stop().catch((error) => console.error(`[suite] stop failed: ${error}`));
  await rm(scratchDir, { recursive: true, force: true }).catch(() => {});
}
process.exit(exitCode);
