import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { runMigrations } from '@kopir/db';
import { useSearchHttpPool } from '@kopir/server';
import { findFreePort, locateMeilisearchBinary, startEmbeddedPostgres, startMeilisearch } from '@kopir/server/stack';

export interface BenchServices {
  databaseUrl: string;
  meili: { url: string; key: string | undefined };
  stop(): Promise<void>;
}

/**
 * A fresh, migrated database and a Meilisearch for one benchmark run: throw-away embedded ones,
 * or the servers named by DATABASE_URL / MEILI_URL (a new database is created on them).
 */
export async function startBenchServices(name: string): Promise<BenchServices> {
  // A benchmark is a process of its own: it installs the pool the launcher installs (see http-pool.ts).
  useSearchHttpPool();
  const scratch = await mkdtemp(join(tmpdir(), `kopir-bench-${name}-`));
  await chmod(scratch, 0o755);
  const stops: (() => Promise<void>)[] = [async () => rm(scratch, { recursive: true, force: true })];
  const stop = async () => {
    for (const one of stops.reverse()) await one().catch(() => {});
  };
  try {
    let adminUrl = process.env.DATABASE_URL;
    if (!adminUrl) {
      const cluster = await startEmbeddedPostgres({
        clusterDir: join(scratch, 'postgres'),
        password: 'bench',
        port: 0,
        serverFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'shared_buffers=512MB'],
      });
      stops.push(cluster.stop);
      adminUrl = cluster.urlFor('postgres');
    }
    const database = `bench_${name}_${Date.now()}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${database}`);
    stops.push(async () => {
      await admin.unsafe(`drop database if exists ${database} with (force)`);
      await admin.end();
    });
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    await runMigrations(url.toString());

    let meili = { url: process.env.MEILI_URL ?? '', key: process.env.MEILI_MASTER_KEY };
    if (!meili.url) {
      const running = await startMeilisearch({
        binary: locateMeilisearchBinary(process.env.MEILI_BIN, scratch),
        dbPath: join(scratch, 'meilisearch'),
        port: await findFreePort(),
        masterKey: 'bench-master-key-0123456789abcdef',
        logFile: join(scratch, 'meilisearch.log'),
      });
      stops.push(running.stop);
      meili = { url: running.url, key: running.masterKey };
    }
    return { databaseUrl: url.toString(), meili, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
