import type { Environment } from '../config.ts';
import { ensureDataDir } from './data-dir.ts';
import { startKopirDatabase } from './embedded-postgres.ts';
import { readRunningStackNote } from './running-stack-file.ts';

/**
 * Runs `work` against Kopir's database: DATABASE_URL, else the embedded cluster of a running
 * `pnpm start`, else the embedded cluster in DATA_DIR, started for the purpose and stopped after. For one-off commands (migrate, create-admin).
 */
export async function withDatabase<T>(env: Environment, work: (databaseUrl: string) => Promise<T>): Promise<T> {
  if (env.DATABASE_URL) return work(env.DATABASE_URL);
  const running = readRunningStackNote(env.DATA_DIR);
  if (running) return work(running.databaseUrl);
  await ensureDataDir(env.DATA_DIR);
  const cluster = await startKopirDatabase(env.DATA_DIR, env.EMBEDDED_POSTGRES_PORT);
  try {
    return await work(cluster.databaseUrl);
  } finally {
    await cluster.stop();
  }
}
