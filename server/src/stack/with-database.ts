import type { Environment } from '../config.ts';
import { ensureDataDir } from './data-dir.ts';
import { startKopirDatabase } from './embedded-postgres.ts';

/**
 * Runs `work` against Kopir's database: DATABASE_URL, or the embedded cluster in DATA_DIR,
 * started for the purpose and stopped afterwards. For one-off commands (migrate, create-admin).
 */
export async function withDatabase<T>(env: Environment, work: (databaseUrl: string) => Promise<T>): Promise<T> {
  if (env.DATABASE_URL) return work(env.DATABASE_URL);
  await ensureDataDir(env.DATA_DIR);
  const cluster = await startKopirDatabase(env.DATA_DIR, env.EMBEDDED_POSTGRES_PORT);
  try {
    return await work(cluster.databaseUrl);
  } finally {
    await cluster.stop();
  }
}
