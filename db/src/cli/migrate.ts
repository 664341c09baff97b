// `pnpm db:migrate`: apply the committed migrations to the database named by DATABASE_URL.
import { runMigrations } from '../migrate.ts';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL is not set: point it at the PostgreSQL database to migrate (postgres://user:pass@host:5432/db).');
  process.exit(2);
}
try {
  await runMigrations(databaseUrl);
  console.log('Migrations applied.');
} catch (error) {
  console.error(`Migration failed, nothing was changed: ${(error as Error).message}`);
  process.exit(1);
}
