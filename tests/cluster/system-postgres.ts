import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { chown, mkdir, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { findFreePort } from '@kopir/server/stack';
import { startChild, waitUntil } from './child-process.ts';

const run = promisify(execFile);
const DEBIAN_POSTGRES = '/usr/lib/postgresql';

export interface SystemPostgres {
  port: number;
  /** A URL for `database` with the superuser's password. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

/** The newest PostgreSQL that Debian's `postgresql` package installed, e.g. /usr/lib/postgresql/15/bin. */
function debianBinaries(): string {
  let versions: string[] = [];
  try {
    versions = readdirSync(DEBIAN_POSTGRES).filter((entry) => /^\d+$/.test(entry));
  } catch {
    // not installed: said below
  }
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error(`No PostgreSQL under ${DEBIAN_POSTGRES}: apt-get install -y postgresql`);
  return join(DEBIAN_POSTGRES, newest, 'bin');
}

/**
 * initdb and postgres refuse to run as root; as root they run as the `postgres` system user
 * (setpriv execs, so the pid we hold is the postmaster itself and our signals reach it).
 */
function asPostgresUser(command: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [command, args];
  return ['setpriv', ['--reuid=postgres', '--regid=postgres', '--init-groups', '--reset-env', '--', command, ...args]];
}

/**
 * A real PostgreSQL server from Debian's package in `dir` (which the postgres user must be able to
 * reach): a fresh cluster, password (SCRAM) auth on 127.0.0.1 and a free port, durability off
 * since nothing here must survive a crash.
 */
export async function startSystemPostgres(dir: string, password: string): Promise<SystemPostgres> {
  const bin = debianBinaries();
  const dataDir = join(dir, 'data');
  const passwordFile = join(dir, 'superuser-password');
  await mkdir(dataDir, { mode: 0o700 });
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  if (process.getuid?.() === 0) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: group } = await run('id', ['-g', 'postgres']);
    for (const path of [dir, dataDir, passwordFile]) await chown(path, Number(stdout.trim()), Number(group.trim()));
  }
  const superuser = process.getuid?.() === 0 ? 'postgres' : userInfo().username;
  const [initdb, initdbArgs] = asPostgresUser(join(bin, 'initdb'), [
    '-D',
    dataDir,
    '-U',
    superuser,
    `--pwfile=${passwordFile}`,
    '--auth-local=trust',
    '--auth-host=scram-sha-256',
    '-E',
    'UTF8',
    '--no-locale',
  ]);
  await run(initdb, initdbArgs, { cwd: dir });

  const port = await findFreePort();
  const [command, args] = asPostgresUser(join(bin, 'postgres'), [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    `unix_socket_directories=${dir}`,
    '-c',
    'max_connections=300',
    '-c',
    'fsync=off',
    '-c',
    'synchronous_commit=off',
    '-c',
    'full_page_writes=off',
    '-c',
    'shared_buffers=256MB',
  ]);
  const server = startChild('postgres', command, args, { cwd: dir, logFile: join(dir, 'postgres.log') });
  const urlFor = (database: string) => `postgres://${superuser}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  // SIGINT is PostgreSQL's fast shutdown: it rolls back open transactions and exits cleanly.
  const stop = () => server.stop('SIGINT', 15_000);
  try {
    await waitUntil(
      'PostgreSQL to accept connections',
      async () => {
        if (server.child.exitCode !== null) throw new Error(`postgres exited (${server.child.exitCode}); see ${join(dir, 'postgres.log')}`);
        const sql = postgres(urlFor('postgres'), { max: 1, connect_timeout: 2, onnotice: () => {} });
        try {
          await sql`select 1`;
          return true;
        } finally {
          await sql.end({ timeout: 1 });
        }
      },
      30_000,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, urlFor, stop };
}
