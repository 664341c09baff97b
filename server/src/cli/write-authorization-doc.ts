// `pnpm docs:authorization`: regenerates docs/authorization.md from the routes' access rules.
import { writeFile } from 'node:fs/promises';
import { renderAuthorizationDoc } from '../access/authorization-doc.ts';
import { buildApp } from '../app.ts';
import { runCommand } from './run-command.ts';

const docPath = new URL('../../../docs/authorization.md', import.meta.url);

await runCommand(async () => {
  // Building the app opens no connection until a query runs, so placeholders suffice here.
  const app = await buildApp({
    databaseUrl: 'postgres://unused@127.0.0.1:1/unused',
    databasePoolSize: 1,
    meilisearch: { url: 'http://127.0.0.1:1', apiKey: undefined, indexPrefix: '' },
    logLevel: 'silent',
    bodyLimitBytes: 1024,
    webDistDir: undefined,
    auth: { jwtSecret: 'x'.repeat(32), accessTokenTtlSeconds: 60, refreshTokenTtlDays: 1, rateLimitPerMinute: 1 },
    corsOrigins: [],
    trustProxy: false,
    publicUrl: 'http://localhost:3000',
    searchOutboxWorker: false,
    backgroundWorkers: false,
    matchNotifyThreshold: 0.5,
    mail: { transport: 'log', from: 'x@example.kz', smtpUrl: undefined, fileDir: '/tmp' },
  });
  await app.ready();
  await writeFile(docPath, renderAuthorizationDoc(app.accessTable));
  await app.close();
  return `Wrote ${docPath.pathname}`;
});
