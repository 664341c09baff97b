import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Test } from 'tap';
import { findFreePort, locateMeilisearchBinary, startMeilisearch, type RunningMeilisearch } from '@kopir/server/stack';
import { suiteEnvironment } from './suite-environment.ts';
import { uniqueName } from './test-app.ts';

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

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
    /** Kills the server at once (SIGKILL): no shutdown, as when a machine or container dies. */
    kill: async () => {
      const pid = running?.pid;
      running = undefined;
      if (pid === undefined) return;
      process.kill(pid, 'SIGKILL');
      while (isAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 50));
    },
    /** Starts it again on its data, or on an empty data folder (a lost volume) with `empty`. */
    restart: async ({ empty = false }: { empty?: boolean } = {}) => {
      if (empty) await rm(options.dbPath, { recursive: true, force: true });
      running = await startMeilisearch(options);
    },
    /** Freezes the server (SIGSTOP): connections are accepted by the kernel but nothing is read or answered. */
    pause: () => process.kill(running!.pid, 'SIGSTOP'),
    resume: () => process.kill(running!.pid, 'SIGCONT'),
  };
}
