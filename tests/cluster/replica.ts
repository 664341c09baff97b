import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { findFreePort } from '@kopir/server/stack';
import { runLauncher, type LauncherRun } from '../harness/launcher.ts';

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
  const ended = async (signal: NodeJS.Signals, graceMs: number) => {
    if (run.child.exitCode !== null || run.child.signalCode !== null) return;
    run.child.kill(signal);
    const timer = setTimeout(() => run.child.kill('SIGKILL'), graceMs);
    await run.exited;
    clearTimeout(timer);
  };
  return { name, port, dataDir, run, kill: () => ended('SIGKILL', 0), stop: () => ended('SIGTERM', 15_000) };
}
