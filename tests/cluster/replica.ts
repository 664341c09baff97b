import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { findFreePort } from '@kopir/server/stack';
import { runLauncher, type LauncherRun } from '../harness/launcher.ts';
import { stopProcess } from './child-process.ts';

export interface Replica {
  /** The server's name in the balancer (api1, api2 …). */
  name: string;
  port: number;
  /** Its own data folder: emails land as .eml files in `<dataDir>/mail`. */
  dataDir: string;
  run: LauncherRun;
  /** Ends it at once, as a crash or an OOM kill would. */
  kill(): Promise<void>;
  /** Stops it the way an orchestrator does (SIGTERM), SIGKILL if it takes too long. */
  stop(): Promise<void>;
}

/**
 * One API replica started exactly as `pnpm start` starts it (node --import tsx src/start.ts),
 * on the shared services: with DATABASE_URL and MEILI_URL set, the launcher starts neither and
 * only migrates, which the replicas do together, taking turns on the advisory lock.
 */
export async function launchReplica(name: string, scratchDir: string, sharedEnv: Record<string, string>): Promise<Replica> {
  const dataDir = join(scratchDir, name);
  await mkdir(dataDir, { recursive: true });
  const port = await findFreePort();
  const run = runLauncher({ ...sharedEnv, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir });
  return {
    name,
    port,
    dataDir,
    run,
    kill: () => stopProcess(run.child, run.exited, 'SIGKILL', 0),
    stop: () => stopProcess(run.child, run.exited, 'SIGTERM', 15_000),
  };
}
