import { defineConfig } from 'drizzle-kit';

// `pnpm db:generate` diffs the schema against the committed migrations and writes the next one.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './migrations',
  casing: 'snake_case',
  strict: true,
});
