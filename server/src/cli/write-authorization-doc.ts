// `pnpm docs:authorization`: regenerates docs/authorization.md from the routes' access rules.
import { writeFile } from 'node:fs/promises';
import { renderAuthorizationDoc } from '../access/authorization-doc.ts';
import { buildApp } from '../app.ts';
import { buildAppConfig, parseEnvironment } from '../config.ts';
import { runCommand } from './run-command.ts';

const docPath = new URL('../../../docs/authorization.md', import.meta.url);

await runCommand(async () => {
  // Building the app opens no connection until a query runs, so placeholders suffice here.
  const env = parseEnvironment({ LOG_LEVEL: 'silent', SEARCH_OUTBOX_WORKER: 'false', BACKGROUND_WORKERS: 'false', EMAIL_TRANSPORT: 'log' });
  const app = await buildApp(
    buildAppConfig(env, {
      databaseUrl: 'postgres://unused@127.0.0.1:1/unused',
      meilisearch: { url: 'http://127.0.0.1:1', apiKey: undefined, indexPrefix: '' },
      jwtSecret: 'x'.repeat(32),
    }),
  );
  await app.ready();
  await writeFile(docPath, renderAuthorizationDoc(app.accessTable));
  await app.close();
  return `Wrote ${docPath.pathname}`;
});
