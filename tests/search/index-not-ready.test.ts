import t from 'tap';
import { createSearchClient } from '@kopir/server';
import { apiErrorSchema } from '@kopir/shared';
import { suiteEnvironment } from '../harness/suite-environment.ts';
import { createTestApp } from '../harness/test-app.ts';

/**
 * Between Meilisearch creating an index (the outbox's first upsert does that) and the settings kept
 * in code reaching it, the index refuses our filters and facets: "attribute is not filterable". That
 * window is the index not being ready, not a bug of the caller's: 503 with Retry-After, never 500.
 */
t.test('a search against an index still without its settings answers 503 SEARCH_UNAVAILABLE', async (t) => {
  // No outbox worker: nothing applies the settings, so the bare index stays bare.
  const app = await createTestApp(t, { searchOutboxWorker: false });
  const { meiliUrl, meiliKey } = suiteEnvironment();
  const client = createSearchClient(meiliUrl, meiliKey);
  for (const name of ['labs', 'needs']) {
    await client
      .index(`${app.config.meilisearch.indexPrefix}${name}`)
      .addDocuments([{ id: 'bare' }], { primaryKey: 'id' })
      .waitTask({ timeout: 30_000 });
  }
  for (const url of ['/api/v1/labs?q=water&region=KZ-71', '/api/v1/needs?q=water', '/api/v1/labs']) {
    const response = await app.inject({ method: 'GET', url });
    t.equal(response.statusCode, 503, `${url}: 503, not 500`);
    const body = apiErrorSchema.parse(response.json());
    t.equal(body.code, 'SEARCH_UNAVAILABLE', `${url}: says search is briefly unavailable`);
    t.equal(response.headers['retry-after'], '5', `${url}: with Retry-After`);
  }
});
