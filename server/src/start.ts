// `pnpm start`: the whole product on one machine. Starts (or connects to) PostgreSQL and
// Meilisearch, migrates, loads demo data on the first start, serves API and web client.
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.ts';
import { ConfigError, parseEnvironment } from './config.ts';
import { loadDemoDataIfEmpty } from './demo/load-demo-data.ts';
import { LaunchError } from './stack/launch-error.ts';
import { writeRunningStackNote } from './stack/running-stack-file.ts';
import { startStack, type RunningStack } from './stack/start-stack.ts';

const say = (line: string) => console.log(`[kopir] ${line}`);

let stack: RunningStack | undefined;
try {
  const env = parseEnvironment(process.env);
  stack = await startStack(env, say);
  const app = await buildApp(stack.config);

  if (env.DEMO_DATA && (await loadDemoDataIfEmpty(app.db))) say('Loaded the demo data (first start).');

  try {
    await app.listen({ port: env.PORT, host: env.HOST });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new LaunchError(`Port ${env.PORT} is already in use: stop the program using it, or choose another port, e.g. PORT=${env.PORT + 1} pnpm start.`);
    }
    throw error;
  }

  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  for (const line of stack.summary) say(line);
  say(`Kopir is running at http://localhost:${port}  (API docs: http://localhost:${port}/docs; Ctrl-C stops everything)`);

  const running = stack;
  const removeNote = writeRunningStackNote(env.DATA_DIR, stack.config);
  closeWithGrace({ delay: 15_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'stopping after an unexpected error');
    say(`Stopping${signal ? ` (${signal})` : ''} …`);
    removeNote();
    await app.close();
    await running.stop();
    say('Stopped.');
  });
} catch (error) {
  await stack?.stop();
  if (error instanceof LaunchError || error instanceof ConfigError) {
    console.error(`[kopir] ${error.message}`);
    process.exit(error instanceof ConfigError ? 2 : 1);
  }
  throw error;
}
