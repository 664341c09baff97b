import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { findFreePort, locateMeilisearchBinary, startMeilisearch } from '@kopir/server/stack';
import { startHaproxy, type Balancer } from './haproxy.ts';
import { launchReplica, type Replica } from './replica.ts';
import { startSystemPostgres } from './system-postgres.ts';

const CLUSTER_JWT_SECRET = 'cluster-jwt-secret-shared-by-every-replica-0123';
const MEILI_KEY = 'cluster-master-key-0123456789abcdef';

export interface Cluster {
  /** Where clients go: the balancer. */
  url: string;
  databaseUrl: string;
  meili: { url: string; key: string };
  replicas: Replica[];
  balancer: Balancer;
  scratchDir: string;
  stop(): Promise<void>;
}

export interface ClusterOptions {
  replicas?: number;
  /** Settings every replica gets on top of the shared ones (e.g. AUTH_RATE_LIMIT_PER_MINUTE). */
  env?: Record<string, string>;
  say?: (line: string) => void;
}

/**
 * PostgreSQL (Debian's server), one Meilisearch, N API replicas started at the same moment and
 * HAProxy in front, each a child process of ours in one fresh scratch folder. `stop` ends them
 * all, newest first, and removes the folder; it also runs on Ctrl-C or SIGTERM, so a run that is
 * interrupted leaves no server behind.
 */
export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const say = options.say ?? (() => {});
  const scratchDir = await mkdtemp(join(tmpdir(), 'kopir-cluster-'));
  await chmod(scratchDir, 0o755); // the postgres system user must be able to enter it
  const stops: (() => Promise<void>)[] = [];
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
      for (const one of stops.reverse()) await one().catch((error) => console.error(`# [cluster] stop failed: ${error}`));
      await rm(scratchDir, { recursive: true, force: true }).catch(() => {});
    })();
    return stopping;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`# [cluster] ${signal}: stopping everything …`);
    void stop().then(() => process.exit(130));
  };
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
  try {
    await mkdir(join(scratchDir, 'postgres'));
    const database = await startSystemPostgres(join(scratchDir, 'postgres'), 'cluster-password');
    stops.push(database.stop);
    const admin = postgres(database.urlFor('postgres'), { max: 1, onnotice: () => {} });
    await admin`create database kopir`;
    await admin.end();
    const databaseUrl = database.urlFor('kopir');
    say(`PostgreSQL (Debian) on 127.0.0.1:${database.port}`);

    await mkdir(join(scratchDir, 'meilisearch'));
    const meilisearch = await startMeilisearch({
      binary: locateMeilisearchBinary(process.env.MEILI_BIN, scratchDir),
      dbPath: join(scratchDir, 'meilisearch'),
      port: await findFreePort(),
      masterKey: MEILI_KEY,
      logFile: join(scratchDir, 'meilisearch.log'),
    });
    stops.push(meilisearch.stop);
    say(`Meilisearch at ${meilisearch.url}`);

    const count = options.replicas ?? 3;
    const sharedEnv = {
      DATABASE_URL: databaseUrl,
      MEILI_URL: meilisearch.url,
      MEILI_MASTER_KEY: MEILI_KEY,
      JWT_SECRET: CLUSTER_JWT_SECRET,
      TRUST_PROXY: 'true',
      // No demo data: every row the test counts is one it made.
      DEMO_DATA: 'false',
      BACKGROUND_WORKERS: 'true',
      SEARCH_OUTBOX_WORKER: 'true',
      EMAIL_TRANSPORT: 'file',
      SEARCH_VERIFY_AFTER_MS: '1000',
      LOG_LEVEL: 'warn',
      ...options.env,
    };
    // All at the same moment: their migrations race for the advisory lock.
    const replicas = await Promise.all(Array.from({ length: count }, (_, i) => launchReplica(`api${i + 1}`, scratchDir, sharedEnv)));
    for (const replica of replicas) stops.push(replica.stop);
    await Promise.all(replicas.map((replica) => replica.run.url));
    say(`${count} replicas up on ports ${replicas.map((replica) => replica.port).join(', ')}`);

    const balancer = await startHaproxy(scratchDir, replicas);
    stops.push(balancer.stop);
    say(`HAProxy at ${balancer.url}`);
    return { url: balancer.url, databaseUrl, meili: { url: meilisearch.url, key: MEILI_KEY }, replicas, balancer, scratchDir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
