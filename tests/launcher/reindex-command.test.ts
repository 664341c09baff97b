import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { createSearchClient } from '@kopir/server';
import { labInput } from '../harness/catalogue.ts';
import { createUser } from '../harness/factories.ts';
import { suiteEnvironment } from '../harness/suite-environment.ts';
import { createTestApp } from '../harness/test-app.ts';

const serverDir = fileURLToPath(new URL('../../server', import.meta.url));

t.test('`pnpm reindex` rebuilds the indexes from PostgreSQL and says what it did', async (t) => {
  const app = await createTestApp(t);
  const { authorization } = await createUser(app, 'researcher');
  for (let i = 0; i < 5; i++)
    await app.inject({ method: 'POST', url: '/api/v1/labs', headers: { authorization }, payload: labInput({ name: { en: `Lab ${i}` } }) });
  const { meiliUrl, meiliKey } = suiteEnvironment();
  const prefix = app.meilisearch.indexPrefix;

  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/reindex.ts'], {
    cwd: serverDir,
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: app.config.databaseUrl,
      MEILI_URL: meiliUrl,
      MEILI_MASTER_KEY: meiliKey ?? '',
      MEILI_INDEX_PREFIX: prefix,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  t.equal(code, 0, `exits 0 (${output.trim()})`);
  t.match(output, new RegExp(`${prefix}labs: 5 documents`), 'reports the labs it indexed');
  t.match(output, new RegExp(`${prefix}needs: 0 documents`), 'and the needs');

  const documents = await createSearchClient(meiliUrl, meiliKey).index(`${prefix}labs`).getDocuments({ limit: 10 });
  t.equal(documents.total, 5, 'the index holds the five labs');
});
