import { join } from 'node:path';
import type { Test } from 'tap';
import { findFreePort } from '@kopir/server/stack';
import { runLauncher, type LauncherRun } from '../launcher.ts';
import { suiteEnvironment } from '../suite-environment.ts';
import { TEST_JWT_SECRET, uniqueName } from '../test-app.ts';

/**
 * The API as its own process, started exactly as `pnpm start` starts it, on the given database
 * and index prefix (external services, so the launcher starts none). A fault that would bring a
 * process down shows here as an exit, which an in-process app would hide or take the test with.
 */
export async function spawnApi(
  t: Test,
  { databaseUrl, indexPrefix, env = {}, detached = false }: { databaseUrl: string; indexPrefix: string; env?: Record<string, string>; detached?: boolean },
) {
  const { meiliUrl, meiliKey, scratchDir } = suiteEnvironment();
  const run: LauncherRun = runLauncher(
    {
      DATABASE_URL: databaseUrl,
      MEILI_URL: meiliUrl,
      ...(meiliKey && { MEILI_MASTER_KEY: meiliKey }),
      MEILI_INDEX_PREFIX: indexPrefix,
      JWT_SECRET: TEST_JWT_SECRET,
      PORT: String(await findFreePort()),
      DATA_DIR: join(scratchDir, uniqueName('api')),
      DEMO_DATA: 'false',
      SEARCH_VERIFY_AFTER_MS: '1000',
      LOG_LEVEL: 'warn',
      ...env,
    },
    { detached },
  );
  t.teardown(() => {
    if (run.child.exitCode === null) run.child.kill('SIGKILL');
  });
  return { ...run, baseUrl: await run.url };
}
