import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { Test } from 'tap';
import {
  buildApp,
  buildAppConfig,
  createSearchClient,
  parseEnvironment,
  useSearchHttpPool,
  type App,
  type AppConfig,
  type BuildAppOptions,
} from '@kopir/server';

import { checkConformance } from './openapi-conformance.ts';
import { suiteEnvironment } from './suite-environment.ts';

// Test files are processes of their own: each installs the pool the launcher installs (see http-pool.ts).
useSearchHttpPool();

export const TEST_JWT_SECRET = 'test-jwt-secret-that-is-long-enough-0123456789';

/** A name no other test file will pick: file-safe, and valid as a database name and an index prefix. */
export const uniqueName = (prefix: string) => `${prefix}_${randomBytes(5).toString('hex')}`;

function databaseUrl(name: string): string {
  const url = new URL(suiteEnvironment().adminDatabaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A database of its own for one test: a copy of the migrated template (or empty), dropped when
 * the test ends.
 */
export async function createTestDatabase(t: Test, options: { empty?: boolean } = {}): Promise<string> {
  const { adminDatabaseUrl, templateDatabase } = suiteEnvironment();
  const name = uniqueName('test');
  const admin = postgres(adminDatabaseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(options.empty ? `create database ${name}` : `create database ${name} template ${templateDatabase}`);
  t.teardown(async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  });
  return databaseUrl(name);
}

/** The configuration a test app runs with: its own database and index prefix, quiet logs. */
export function testConfig(database: string, overrides: Partial<AppConfig> = {}): AppConfig {
  const { meiliUrl, meiliKey, scratchDir } = suiteEnvironment();
  const env = parseEnvironment({
    LOG_LEVEL: 'silent',
    DATABASE_POOL_SIZE: '5',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    PUBLIC_URL: 'http://kopir.test',
    // Off unless a test is about search: tests that inspect the outbox must see its rows.
    SEARCH_OUTBOX_WORKER: 'false',
    BACKGROUND_WORKERS: 'false',
    EMAIL_FROM: 'Kopir tests <tests@kopir.local>',
    // Emails land in <DATA_DIR>/mail: one folder per test app.
    DATA_DIR: `${scratchDir}/app-${uniqueName('m')}`,
  });
  const services = { databaseUrl: database, meilisearch: { url: meiliUrl, apiKey: meiliKey, indexPrefix: `${uniqueName('t')}_` }, jwtSecret: TEST_JWT_SECRET };
  return { ...buildAppConfig(env, services), webDistDir: undefined, ...overrides };
}

/**
 * The whole API as production builds it, on a fresh database and index prefix, ready for
 * `app.inject`, every answer checked against the served OpenAPI document. Everything it created
 * is removed when the test ends.
 */
export async function createTestApp(t: Test, overrides: Partial<AppConfig> = {}, options: BuildAppOptions = {}): Promise<App> {
  const config = testConfig(await createTestDatabase(t), overrides);
  const app = await buildApp(config, options);
  checkConformance(t, app);
  t.teardown(async () => {
    await app.close();
    await deleteIndexes(config.meilisearch.indexPrefix);
  });
  return app;
}

/** Polls `check` until it returns a value that is not undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Removes every Meilisearch index a test created under its prefix; patient, since a busy machine can take seconds to delete. */
export async function deleteIndexes(prefix: string): Promise<void> {
  const { meiliUrl, meiliKey } = suiteEnvironment();
  const client = createSearchClient(meiliUrl, meiliKey);
  const { results } = await client.getIndexes({ limit: 1000 });
  await Promise.all(results.filter((index) => index.uid.startsWith(prefix)).map((index) => client.deleteIndex(index.uid).waitTask({ timeout: 60_000 })));
}
