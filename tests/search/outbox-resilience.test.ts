import t from 'tap';
import { labs } from '@kopir/db';
import { buildApp, createSearchClient } from '@kopir/server';
import { labSchema, readinessSchema } from '@kopir/shared';
import { labInput } from '../harness/catalogue.ts';
import { createUser } from '../harness/factories.ts';
import { ownMeilisearch } from '../harness/own-meilisearch.ts';
import { createTestDatabase, testConfig, waitFor } from '../harness/test-app.ts';

t.test('with Meilisearch stopped, 50 writes succeed, and once it is back the index holds exactly the database', async (t) => {
  const meili = await ownMeilisearch(t);
  const config = testConfig(await createTestDatabase(t), {
    meilisearch: { url: meili.url, apiKey: meili.masterKey, indexPrefix: 'resilience_' },
    searchOutboxWorker: true,
  });
  const app = await buildApp(config);
  t.teardown(() => app.close());
  await app.ready();
  await app.searchSettingsApplied;
  const { authorization } = await createUser(app, 'researcher');

  await meili.stop();
  const statuses: number[] = [];
  const created: string[] = [];
  for (let i = 0; i < 30; i++) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/labs',
      headers: { authorization },
      payload: labInput({ name: { en: `Offline lab ${i}` } }),
    });
    statuses.push(response.statusCode);
    created.push(labSchema.parse(response.json()).id);
  }
  for (const id of created.slice(0, 10)) {
    statuses.push(
      (await app.inject({ method: 'PATCH', url: `/api/v1/labs/${id}`, headers: { authorization }, payload: { keywords: ['edited offline'] } })).statusCode,
    );
  }
  for (const id of created.slice(20, 30)) {
    statuses.push((await app.inject({ method: 'DELETE', url: `/api/v1/labs/${id}`, headers: { authorization } })).statusCode);
  }
  const offlineSearch = await app.inject({ method: 'GET', url: '/api/v1/labs?q=offline' });
  t.equal(offlineSearch.statusCode, 503, 'a search while Meilisearch is down answers 503, not 500');
  t.equal(offlineSearch.json<{ code: string }>().code, 'SEARCH_UNAVAILABLE', 'with its own code');
  t.equal(offlineSearch.headers['retry-after'], '5', 'and Retry-After');
  t.equal(statuses.length, 50, '50 writes');
  t.ok(
    statuses.every((status) => status < 300),
    'all succeeded while Meilisearch was down',
  );
  const lagWhileDown = readinessSchema.parse((await app.inject({ method: 'GET', url: '/ready' })).json()).searchOutbox;
  t.ok((lagWhileDown?.pending ?? 0) > 0, `/ready reports the outbox lag (${lagWhileDown?.pending} pending)`);

  await meili.restart();
  const started = Date.now();
  const client = createSearchClient(meili.url, meili.masterKey);
  const documents = await waitFor(
    'the index to catch up',
    async () => {
      const lag = await app.searchOutbox.lag();
      if (lag.pending > 0) return undefined;
      const { results, total } = await client
        .index('resilience_labs')
        .getDocuments<{ id: string; version: number; keywords: string[] }>({ limit: 1000, fields: ['id', 'version', 'keywords'] });
      return total === 20 && results;
    },
    20_000,
  );
  // How long it took is reported, not asserted: timing depends on the machine (bench:* measure speed).
  t.comment(`caught up ${((Date.now() - started) / 1000).toFixed(1)} s after Meilisearch returned`);
  const inDatabase = await app.db.select({ id: labs.id, version: labs.version }).from(labs);
  t.same(
    documents.map((document) => [document.id, document.version]).sort(),
    inDatabase.map((row) => [row.id, row.version]).sort(),
    'every id and version in the index equals the database, none twice, none deleted',
  );
  t.equal(documents.filter((document) => document.keywords.includes('edited offline')).length, 10, 'the offline edits are there');
  const search = await app.inject({ method: 'GET', url: '/api/v1/labs?q=offline' });
  t.equal(search.json<{ total: number }>().total, 20, 'and search through the API sees them');
});
