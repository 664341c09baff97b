// `pnpm bench:search [--labs 100000] [--seconds 15] [--rounds 3] [--connections 32]`
//
// Measures GET /api/v1/labs against the same search sent straight to Meilisearch, in the same
// run on the same machine, and the time to reindex every lab from PostgreSQL against the time
// Meilisearch itself takes to index the same documents sent directly. Prints a table, then the
// figures as one JSON line. Machines are shared and noisy: read the ratios, not the absolutes.
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { createDatabase, labs, organisations } from '@kopir/db';
import { applyIndexSettings, buildApp, createSearchClient, labDocument, labSearchRequest } from '@kopir/server';
import { labSearchQuerySchema } from '@kopir/shared';
import { benchTaxonomy, generateCatalogue, indexCatalogue } from './lib/catalogue.ts';
import { median, runLoad, type LoadRequest, type LoadResult } from './lib/load.ts';
import { startBenchServices } from './lib/services.ts';
import { benchAppConfig } from './lib/app-config.ts';

const { values } = parseArgs({
  options: {
    labs: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '15' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '32' },
  },
});
const labCount = Number(values.labs);
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const connections = Number(values.connections);
const say = (line: string) => console.log(`# ${line}`);

// What people search for: words alone, words with filters, filters alone — all with facets.
// Encoded here: a load generator sends the path's bytes as they are, unlike fetch.
const queries = (
  [
    { q: 'hydrogen electrolysis' },
    { q: 'precision irrigation', sector: 'A' },
    { q: 'машинное обучение', trl: '4' },
    { sector: 'C', capability: 'finite-element-analysis' },
    { q: 'сутегі' },
  ] as Record<string, string>[]
).map((query) => new URLSearchParams(query).toString());

const services = await startBenchServices('search');
const database = createDatabase(services.databaseUrl, { maxConnections: 8 });
const client = createSearchClient(services.meili.url, services.meili.key);
const taxonomy = benchTaxonomy;
try {
  // 1. The catalogue, straight into PostgreSQL.
  say(`generating ${labCount} labs …`);
  await generateCatalogue(database, labCount);

  // 2. Indexing: Meilisearch alone on the same documents, then our reindex from PostgreSQL.
  say('indexing the same documents directly into Meilisearch …');
  const rows = await database.db.select().from(labs).innerJoin(organisations, eq(organisations.id, labs.organisationId));
  const documents = rows.map((row) => labDocument(row.labs, row.organisations, taxonomy));
  rows.length = 0;
  await applyIndexSettings(client, 'direct_labs', 'labs', taxonomy);
  const directStarted = performance.now();
  const tasks: number[] = [];
  for (let start = 0; start < documents.length; start += 2_000)
    tasks.push((await client.index('direct_labs').addDocuments(documents.slice(start, start + 2_000), { primaryKey: 'id' })).taskUid);
  await client.tasks.waitForTasks(tasks, { timeout: 1_800_000, interval: 200 });
  const directIndexSeconds = (performance.now() - directStarted) / 1000;
  documents.length = 0;
  await client.deleteIndex('direct_labs').waitTask();

  say('reindexing from PostgreSQL through the product’s reindex …');
  const report = await indexCatalogue(database, client, 'bench_');
  const reindexSeconds = report.seconds;

  // 3. Search under load: the API (one process, as deployed) and Meilisearch directly.
  const app = await buildApp(benchAppConfig(services, 'bench_'));
  const apiUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  const apiRequests: LoadRequest[] = queries.map((query) => ({ method: 'GET', path: `/api/v1/labs?${query}` }));
  const directRequests: LoadRequest[] = queries.map((query) => {
    const parsed = labSearchQuerySchema.parse(Object.fromEntries(new URLSearchParams(query)));
    const { q, parameters } = labSearchRequest(parsed);
    return {
      method: 'POST',
      path: '/indexes/bench_labs/search',
      body: JSON.stringify({ q, ...parameters }),
      headers: { 'content-type': 'application/json', ...(services.meili.key && { authorization: `Bearer ${services.meili.key}` }) },
    };
  });
  for (const request of apiRequests) {
    const started = performance.now();
    const response = await fetch(`${apiUrl}${request.path}`);
    if (!response.ok) throw new Error(`${request.path} answered ${response.status}: ${await response.text()}`);
    const body = (await response.json()) as { total: number; processingTimeMs: number };
    say(`${request.path}: ${body.total} hits, Meilisearch ${body.processingTimeMs} ms, API ${Math.round(performance.now() - started)} ms`);
  }
  say(`warming up, then ${rounds} rounds of ${seconds} s each, ${connections} connections …`);
  await runLoad(services.meili.url, directRequests, { connections, seconds: 3 });
  await runLoad(apiUrl, apiRequests, { connections, seconds: 3 });
  const direct: LoadResult[] = [];
  const api: LoadResult[] = [];
  for (let round = 0; round < rounds; round++) {
    direct.push(await runLoad(services.meili.url, directRequests, { connections, seconds }));
    api.push(await runLoad(apiUrl, apiRequests, { connections, seconds }));
    say(`round ${round + 1}: statuses direct ${JSON.stringify(direct.at(-1)!.statuses)}, API ${JSON.stringify(api.at(-1)!.statuses)}`);
    say(
      `round ${round + 1}: direct ${direct.at(-1)!.requestsPerSecond} req/s p95 ${direct.at(-1)!.p95Ms} ms; API ${api.at(-1)!.requestsPerSecond} ` +
        `req/s p95 ${api.at(-1)!.p95Ms} ms`,
    );
  }
  await app.close();
  const failures = [...direct, ...api].reduce((sum, result) => sum + result.errors + result.non2xx, 0);

  const summary = (results: LoadResult[]) => ({
    requestsPerSecond: median(results.map((r) => r.requestsPerSecond)),
    p50Ms: median(results.map((r) => r.p50Ms)),
    p95Ms: median(results.map((r) => r.p95Ms)),
  });
  const figures = {
    benchmark: 'search',
    labs: labCount,
    connections,
    secondsPerRound: seconds,
    rounds,
    direct: summary(direct),
    api: summary(api),
    ratios: {
      p95ApiOverDirect: Math.round((median(api.map((r) => r.p95Ms)) / median(direct.map((r) => r.p95Ms))) * 100) / 100,
      throughputApiOverDirect: Math.round((median(api.map((r) => r.requestsPerSecond)) / median(direct.map((r) => r.requestsPerSecond))) * 100) / 100,
      reindexOverDirectIndexing: Math.round((reindexSeconds / directIndexSeconds) * 100) / 100,
    },
    indexing: { directSeconds: Math.round(directIndexSeconds * 10) / 10, reindexSeconds },
    failedRequests: failures,
  };
  console.log('');
  console.log('|                      | Meilisearch direct | API GET /api/v1/labs | ratio |');
  console.log('|---|---|---|---|');
  console.log(`| throughput (req/s)   | ${figures.direct.requestsPerSecond} | ${figures.api.requestsPerSecond} | ${figures.ratios.throughputApiOverDirect} |`);
  console.log(`| p50 (ms)             | ${figures.direct.p50Ms} | ${figures.api.p50Ms} | |`);
  console.log(`| p95 (ms)             | ${figures.direct.p95Ms} | ${figures.api.p95Ms} | ${figures.ratios.p95ApiOverDirect} |`);
  console.log(`| index ${labCount} labs (s) | ${figures.indexing.directSeconds} | ${reindexSeconds} (reindex) | ${figures.ratios.reindexOverDirectIndexing} |`);
  console.log('');
  console.log(JSON.stringify(figures));
} finally {
  await database.close();
  await services.stop();
}
