/**
 * What `run-suite.ts` tells every test file about the shared services, through the environment.
 * Test files never start PostgreSQL or Meilisearch for themselves, except the few that must stop one.
 */
export interface SuiteEnvironment {
  /** A superuser URL on the suite's PostgreSQL, to create and drop per-file databases. */
  adminDatabaseUrl: string;
  /** A migrated database that per-file databases are copied from. */
  templateDatabase: string;
  meiliUrl: string;
  meiliKey: string | undefined;
  /** A folder for files that outlive one test (launcher data dirs, browser profiles). */
  scratchDir: string;
}

const KEY = 'KOPIR_TEST_SUITE';

export function encodeSuiteEnvironment(environment: SuiteEnvironment): Record<string, string> {
  return { [KEY]: JSON.stringify(environment) };
}

export function suiteEnvironment(): SuiteEnvironment {
  const raw = process.env[KEY];
  if (!raw) {
    throw new Error('Run the tests with `pnpm test` (tests/harness/run-suite.ts starts PostgreSQL and Meilisearch for them).');
  }
  return JSON.parse(raw) as SuiteEnvironment;
}
