import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const serverDir = fileURLToPath(new URL('../../server', import.meta.url));

export interface LauncherRun {
  child: ChildProcess;
  /** Everything printed so far, stdout and stderr. */
  output(): string;
  /** Resolves with the printed URL once the product is up; rejects if it exits first. */
  url: Promise<string>;
  /** Resolves with the exit code (or signal name). */
  exited: Promise<number | string>;
}

/** Runs the launcher exactly as `pnpm start` does (node --import tsx src/start.ts), with the given environment. */
export function runLauncher(env: Record<string, string>, options: { serverDir?: string; detached?: boolean } = {}): LauncherRun {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/start.ts'], {
    cwd: options.serverDir ?? serverDir,
    // A clean environment: nothing from the suite (DATABASE_URL, MEILI_URL …) leaks in.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // A process group of its own, as a terminal gives `pnpm start`: a signal to -pid reaches all of it.
    detached: options.detached ?? false,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const url = new Promise<string>((resolve, reject) => {
    const onData = () => {
      const match = output.match(/running at (http:\/\/localhost:\d+)/);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    void exited.then((code) => reject(new Error(`the launcher exited (${code}) before printing its URL:\n${output}`)));
  });
  url.catch(() => {}); // a test that expects a failed start never awaits the URL
  return { child, output: () => output, url, exited };
}

/** Pids of live processes whose command line mentions `needle` (e.g. a data folder). */
export function processesMentioning(needle: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      const state = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]?.[0];
      if (commandLine.includes(needle) && state !== 'Z') pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

/** Waits until no live process mentions `needle`, for at most `timeoutMs`; returns what is left. */
export async function waitForNoProcesses(needle: string, timeoutMs = 15_000): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  let left = processesMentioning(needle);
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    left = processesMentioning(needle);
  }
  return left;
}
