// `pnpm db:migrate`: apply the committed migrations to DATABASE_URL, or to the embedded
// PostgreSQL in DATA_DIR (started for the purpose and stopped again).
import { runMigrations } from '@kopir/db';
import { ConfigError, parseEnvironment } from '../config.ts';
import { ensureDataDir } from '../stack/data-dir.ts';
import { startKopirDatabase } from '../stack/embedded-postgres.ts';
import { LaunchError } from '../stack/launch-error.ts';

try {
  const env = parseEnvironment(process.env);
  if (env.DATABASE_URL) {
    await runMigrations(env.DATABASE_URL);
  } else {
    await ensureDataDir(env.DATA_DIR);
    const cluster = await startKopirDatabase(env.DATA_DIR, env.EMBEDDED_POSTGRES_PORT);
    try {
      await runMigrations(cluster.databaseUrl);
    } finally {
      await cluster.stop();
    }
  }
  console.log('[kopir] Migrations applied.');
} catch (error) {
  if (error instanceof ConfigError || error instanceof LaunchError) {
    console.error(`[kopir] ${error.message}`);
    process.exit(error instanceof ConfigError ? 2 : 1);
  }
  console.error(`[kopir] Migration failed and was rolled back, nothing was changed: ${(error as Error).message}`);
  process.exit(1);
}
