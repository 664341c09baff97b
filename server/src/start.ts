// `pnpm start`: the whole product on one machine. Starts (or connects to) PostgreSQL and
// Meilisearch, migrates, loads demo data on the first start, serves API and web client.
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.ts';
import { ConfigError, parseEnvironment } from './config.ts';
import { loadDemoDataIfEmpty } from './demo/load-demo-data.ts';
import { isPortFree } from './stack/free-port.ts';
import { LaunchError } from './stack/launch-error.ts';
import { writeRunningStackNote } from './stack/running-stack-file.ts';
import { onStopSignal, STOP_SIGNALS } from './stack/stop-signals.ts';
import { startStack, type RunningStack } from './stack/start-stack.ts';
import { useSearchHttpPool } from './search/http-pool.ts';

const say = (line: string) => console.log(`[kopir] ${line}`);

const portInUse = (port: number) =>
  new LaunchError(`Port ${port} is already in use: stop the program using it, or choose another port, e.g. PORT=${port + 1} pnpm start.`);

useSearchHttpPool();

let stack: RunningStack | undefined;
let app: Awaited<ReturnType<typeof buildApp>> | undefined;
try {
  const env = parseEnvironment(process.env);
  // Fail in a second, not after starting PostgreSQL and Meilisearch.
  if (env.PORT !== 0 && !(await isPortFree(env.HOST, env.PORT))) throw portInUse(env.PORT);
  stack = await startStack(env, say);
  app = await buildApp(stack.config);

  if (env.DEMO_DATA && (await loadDemoDataIfEmpty(app.db))) say('Loaded the demo data (first start).');

  try {
    await app.listen({ port: env.PORT, host: env.HOST });
  } catch (error) {
    // Someone took the port since the check above.
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw portInUse(env.PORT);
    throw error;
  }

  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  // Written before the start is announced: whoever reads that line (reindex, a test) finds the note.
  const removeNote = writeRunningStackNote(env.DATA_DIR, stack.config);
  for (const line of stack.summary) say(line);
  say(`Kopir is running at http://localhost:${port}  (API docs: http://localhost:${port}/docs; Ctrl-C stops everything)`);

  const running = stack;
  const started = app;
  let stopSignal: (typeof STOP_SIGNALS)[number] | undefined;
  // Stop signals are handled here rather than by close-with-grace, which would take the echo
  // of a Ctrl-C for a second request and exit with 1 (see stop-signals.ts). It still runs the
  // stop, exits 0 once everything stopped, and handles unexpected errors.
  const grace = closeWithGrace({ delay: 15_000, skip: [...STOP_SIGNALS] }, async ({ signal, err }) => {
    if (err) started.log.error({ err }, 'stopping after an unexpected error');
    const cause = signal ?? stopSignal;
    say(`Stopping${cause ? ` (${cause})` : ''} …`);
    removeNote();
    await started.close();
    await running.stop();
    say('Stopped.');
  });
  onStopSignal(
    (signal) => {
      stopSignal = signal;
      void grace.close();
    },
    () => say('Stopping now, without waiting.'),
  );
} catch (error) {
  // The API first (its worker uses the database), then the services under it.
  await app?.close().catch(() => {});
  await stack?.stop();
  if (error instanceof LaunchError || error instanceof ConfigError) {
    console.error(`[kopir] ${error.message}`);
    process.exit(error instanceof ConfigError ? 2 : 1);
  }
  throw error;
}
