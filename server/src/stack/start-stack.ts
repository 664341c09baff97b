import { join } from 'node:path';
import { runMigrations } from '@kopir/db';
import { buildAppConfig, type AppConfig, type Environment } from '../config.ts';
import { ensureDataDir, readOrCreateSecret } from './data-dir.ts';
import { startKopirDatabase } from './embedded-postgres.ts';
import { checkExternalMeilisearch, checkExternalPostgres } from './external-services.ts';
import { locateMeilisearchBinary, startMeilisearch } from './meilisearch-process.ts';

export interface RunningStack {
  config: AppConfig;
  /** Human-readable lines saying what runs where. */
  summary: string[];
  /** Stops what this stack started (never an external server). */
  stop(): Promise<void>;
}

/**
 * Brings up what the API needs: the PostgreSQL at DATABASE_URL or an embedded one, the
 * Meilisearch at MEILI_URL or the bundled one, with migrations applied. On failure it stops
 * whatever it had already started.
 */
export async function startStack(env: Environment, log: (line: string) => void): Promise<RunningStack> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const stopOne of stops.reverse()) await stopOne().catch(() => {});
    stops.length = 0;
  };
  const summary: string[] = [];
  try {
    await ensureDataDir(env.DATA_DIR);

    let databaseUrl = env.DATABASE_URL;
    if (databaseUrl) {
      await checkExternalPostgres(databaseUrl);
      summary.push('PostgreSQL: external (DATABASE_URL)');
    } else {
      log('Starting the embedded PostgreSQL …');
      const embedded = await startKopirDatabase(env.DATA_DIR, env.EMBEDDED_POSTGRES_PORT);
      stops.push(embedded.stop);
      databaseUrl = embedded.databaseUrl;
      summary.push(`PostgreSQL: embedded, 127.0.0.1:${embedded.port}, data in ${embedded.clusterDir}`);
    }

    let meilisearch: AppConfig['meilisearch'];
    if (env.MEILI_URL) {
      await checkExternalMeilisearch(env.MEILI_URL, env.MEILI_MASTER_KEY);
      meilisearch = { url: env.MEILI_URL, apiKey: env.MEILI_MASTER_KEY, indexPrefix: env.MEILI_INDEX_PREFIX };
      summary.push('Meilisearch: external (MEILI_URL)');
    } else {
      const binary = locateMeilisearchBinary(env.MEILI_BIN, env.DATA_DIR);
      const dbPath = join(env.DATA_DIR, 'meilisearch');
      log(`Starting Meilisearch (${binary}) with its data in ${dbPath} …`);
      const running = await startMeilisearch({
        binary,
        dbPath,
        port: env.EMBEDDED_MEILI_PORT,
        masterKey: env.MEILI_MASTER_KEY ?? (await readOrCreateSecret(env.DATA_DIR, 'meili-master-key')),
        logFile: join(env.DATA_DIR, 'meilisearch.log'),
      });
      stops.push(running.stop);
      meilisearch = { url: running.url, apiKey: running.masterKey, indexPrefix: env.MEILI_INDEX_PREFIX };
      summary.push(`Meilisearch: bundled, ${running.url}, data in ${dbPath}`);
    }

    log('Applying database migrations …');
    await runMigrations(databaseUrl);

    // Generated once per data folder; replicas behind a load balancer must share JWT_SECRET.
    const jwtSecret = env.JWT_SECRET ?? (await readOrCreateSecret(env.DATA_DIR, 'jwt-secret'));
    const config = buildAppConfig(env, { databaseUrl, meilisearch, jwtSecret });
    return { config, summary, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
