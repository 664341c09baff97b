// `pnpm db:migrate`: apply the committed migrations to DATABASE_URL, or to the embedded
// PostgreSQL in DATA_DIR (started for the purpose and stopped again). A failing migration is
// rolled back whole.
import { runMigrations } from '@kopir/db';
import { parseEnvironment } from '../config.ts';
import { withDatabase } from '../stack/with-database.ts';
import { runCommand } from './run-command.ts';

await runCommand(async () => {
  await withDatabase(parseEnvironment(process.env), (databaseUrl) => runMigrations(databaseUrl));
  return 'Migrations applied.';
});
