import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Test } from 'tap';
import { findFreePort, locateMeilisearchBinary, startMeilisearch, type RunningMeilisearch } from '@kopir/server/stack';
import { suiteEnvironment } from './suite-environment.ts';
import { uniqueName } from './test-app.ts';

/**
 * A Meilisearch of the test's own, for tests that stop and restart it (the suite's is shared).
 * It keeps its data folder and port across restarts, like a real server coming back.
 */
export async function ownMeilisearch(t: Test) {
  const dir = join(suiteEnvironment().scratchDir, uniqueName('meili'));
  await mkdir(dir, { recursive: true });
  const options = {
    binary: locateMeilisearchBinary(process.env.MEILI_BIN, dir),
    dbPath: join(dir, 'data'),
    port: await findFreePort(),
    masterKey: 'own-meilisearch-master-key-0000',
    logFile: join(dir, 'meilisearch.log'),
  };
  let running: RunningMeilisearch | undefined = await startMeilisearch(options);
  t.teardown(() => {
    if (running) process.kill(running.pid, 'SIGCONT'); // a paused server would ignore SIGTERM
    return running?.stop();
  });
  return {
    url: running.url,
    masterKey: options.masterKey,
    stop: async () => {
      await running?.stop();
      running = undefined;
    },
    restart: async () => {
      running = await startMeilisearch(options);
    },
    /** Freezes the server (SIGSTOP): connections are accepted by the kernel but nothing is read or answered. */
    pause: () => process.kill(running!.pid, 'SIGSTOP'),
    resume: () => process.kill(running!.pid, 'SIGCONT'),
  };
}
