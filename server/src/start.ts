// `pnpm start`: the whole product on one machine. Starts (or connects to) PostgreSQL and
// Meilisearch, migrates, loads demo data on the first start, serves API and web client.
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.ts';
import { ConfigError, parseEnvironment } from './config.ts';
import { loadDemoDataIfEmpty } from './demo/load-demo-data.ts';
import { isPortFree } from './stack/free-port.ts';
import { LaunchError } from './stack/launch-error.ts';
import { writeRunningStackNote } from './stack/running-stack-file.ts';
import { startStack, type RunningStack } from './stack/start-stack.ts';

const say = (line: string) => console.log(`[kopir] ${line}`);

const portInUse = (port: number) =>
  new LaunchError(`Port ${port} is already in use: stop the program using it, or choose another port, e.g. PORT=${port + 1} pnpm start.`);

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
  for (const line of stack.summary) say(line);
  say(`Kopir is running at http://localhost:${port}  (API docs: http://localhost:${port}/docs; Ctrl-C stops everything)`);

  const running = stack;
  const started = app;
  const removeNote = writeRunningStackNote(env.DATA_DIR, stack.config);
  closeWithGrace({ delay: 15_000 }, async ({ signal, err }) => {
    if (err) started.log.error({ err }, 'stopping after an unexpected error');
    say(`Stopping${signal ? ` (${signal})` : ''} …`);
    removeNote();
    await started.close();
    await running.stop();
    say('Stopped.');
  });
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
