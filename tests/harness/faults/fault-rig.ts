import type { Test } from 'tap';
import { buildApp, type App, type AppConfig } from '@kopir/server';
import { createUser } from '../factories.ts';
import { createTestDatabase, deleteIndexes, testConfig } from '../test-app.ts';
import type { IndexComparison } from './index-comparison.ts';
import type { WriteFigures, Writers } from './write-load.ts';

/**
 * The API as a replica runs it (outbox worker, verifier and background jobs on, listening on a
 * port so that writes go through real sockets with real timeouts), with a researcher and a
 * company to write as. Pass a Meilisearch of the test's own to stop or pause it.
 */
export async function faultRig(t: Test, overrides: Partial<AppConfig> = {}): Promise<{ app: App; baseUrl: string; writers: Writers }> {
  const base = testConfig(await createTestDatabase(t));
  const config: AppConfig = {
    ...base,
    searchOutboxWorker: true,
    backgroundWorkers: true,
    // Checked soon after delivery, so a test waits seconds, not the production default, for the verifier.
    searchVerifyAfterMs: 1_000,
    searchIndexCheckMs: 1_000,
    ...overrides,
  };
  const app = await buildApp(config);
  t.teardown(async () => {
    await app.close();
    if (!overrides.meilisearch) await deleteIndexes(config.meilisearch.indexPrefix);
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  await app.searchSettingsApplied;
  const address = app.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const researcher = await createUser(app, 'researcher');
  const company = await createUser(app, 'company');
  const writers = {
    researcher: { authorization: researcher.authorization, organisationId: researcher.user.organisationId! },
    company: { authorization: company.authorization, organisationId: company.user.organisationId! },
  };
  return { app, baseUrl, writers };
}

/** Prints a fault's figures on one line and asserts its zeros: nothing failed, hung, lost, stale or left over. */
export function assertNothingLost(t: Test, fault: string, writes: WriteFigures, comparison: IndexComparison & { seconds?: number }) {
  t.comment(
    `${fault}: ${writes.writes} writes (${writes.succeeded} done, ${writes.unavailable} answered 503, ${writes.failed.length} failed, ${writes.hung} hung, ` +
      `slowest ${writes.slowestMs} ms, ${writes.organisationRenames} organisation renames); ${comparison.compared} documents compared: ` +
      `${comparison.lost.length} lost, ${comparison.stale.length} stale, ${comparison.extra.length} left over` +
      (comparison.seconds === undefined ? '' : `, converged in ${comparison.seconds} s`),
  );
  t.same(writes.failed, [], 'no write failed with anything but 503 and Retry-After');
  t.equal(writes.hung, 0, 'no write went unanswered past the client timeout');
  t.ok(writes.succeeded > 0, 'writes went through');
  t.same(comparison.lost, [], 'no document lost');
  t.same(comparison.stale, [], 'no document stale: every field equals PostgreSQL');
  t.same(comparison.extra, [], 'no deleted entity left in the index');
}
