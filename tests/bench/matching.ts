// `pnpm bench:matching [--labs 100000] [--seconds 15] [--rounds 3] [--connections 16] [--overload 32,64]`
//
// p95 of GET /api/v1/needs/:id/matches under load, beside the p95 of the single Meilisearch
// query the matching starts from (its text query of the need's most salient words, sent directly), in the same run, with the
// status counts of both. Goals: no failed request at --connections, and matching within 1.5× that
// query's p95. Then the API alone under --overload connections: it should shed with 503 and
// Retry-After (admission control, server/src/search/admission.ts), never answer 500.
// Prints tables, then the figures as one JSON line.
import { parseArgs } from 'node:util';
import { createDatabase, needs } from '@kopir/db';
import { eq } from 'drizzle-orm';
import { buildApp, candidateQueries, createSearchClient, importCatalogue, readNeedForMatching, systemContext, TaxonomyCache } from '@kopir/server';
import { createUser, validBin } from '../harness/factories.ts';
import { benchAppConfig } from './lib/app-config.ts';
import { generateCatalogue, indexCatalogue } from './lib/catalogue.ts';
import { median, runLoad, type LoadRequest, type LoadResult } from './lib/load.ts';
import { runOverload, type OverloadResult } from './lib/overload.ts';
import { startBenchServices } from './lib/services.ts';

const { values } = parseArgs({
  options: {
    labs: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '15' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '16' },
    overload: { type: 'string', default: '32,64' },
  },
});
const overloadLevels = values.overload.split(',').filter(Boolean).map(Number);
const [labCount, seconds, rounds, connections] = [values.labs, values.seconds, values.rounds, values.connections].map(Number) as [
  number,
  number,
  number,
  number,
];
const say = (line: string) => console.log(`# ${line}`);
const addStatuses = (all: Record<string | number, number>[]) => {
  const sum: Record<string, number> = {};
  for (const one of all) for (const [status, count] of Object.entries(one)) sum[status] = (sum[status] ?? 0) + count;
  return sum;
};

// Needs as companies write them, in the three languages, with the tags they would accept.
const needTexts: { title: string; description: Record<string, string>; capabilities: string[]; sectors: ('A' | 'B' | 'C' | 'D' | 'M')[] }[] = [
  {
    title: 'Pilot electrolyser for a wind farm',
    description: { en: 'Test a 1 MW PEM electrolyser on desalinated water and estimate membrane degradation.' },
    capabilities: ['hydrogen-electrolysis'],
    sectors: ['D'],
  },
  {
    title: 'Точное орошение хлопка',
    description: { ru: 'Капельное орошение и датчики влажности почвы на 2 000 га, расчёт графика полива.' },
    capabilities: ['drip-irrigation', 'precision-irrigation'],
    sectors: ['A'],
  },
  {
    title: 'Құбыр коррозиясын бақылау',
    description: { kk: 'Мұнай құбырларының коррозиясын ингибиторлармен азайту және бұзбайтын бақылау.' },
    capabilities: ['corrosion-protection', 'non-destructive-testing'],
    sectors: ['B', 'C'],
  },
  {
    title: 'Computer vision for ore sorting',
    description: { en: 'Machine learning on conveyor camera images to sort copper ore before flotation.' },
    capabilities: ['computer-vision', 'machine-learning', 'mineral-processing'],
    sectors: ['B'],
  },
  {
    title: 'Вакцина для животноводства',
    description: { ru: 'Разработка и доклинические испытания вакцины против бруцеллёза крупного рогатого скота.' },
    capabilities: ['vaccine-development', 'veterinary-diagnostics'],
    sectors: ['A', 'M'],
  },
];

const services = await startBenchServices('matching');
const database = createDatabase(services.databaseUrl, { maxConnections: 8 });
const client = createSearchClient(services.meili.url, services.meili.key);
try {
  say(`generating and indexing ${labCount} labs …`);
  await generateCatalogue(database, labCount);
  const { needIds } = await importCatalogue(database.db, {
    organisations: [{ key: 'company', kind: 'company', name: { en: 'Bench Company LLP' }, regionCode: 'KZ-71', bin: validBin() }],
    labs: [],
    needs: needTexts.map((need) => ({ organisation: 'company', need: { ...need, trlTarget: 5 } })),
  });
  const report = await indexCatalogue(database, client, 'bench_');
  say(`indexed ${report.documents} labs in ${report.seconds} s`);

  const app = await buildApp(benchAppConfig(services, 'bench_'));
  const apiUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  const [company] = await database.db.select({ organisationId: needs.organisationId }).from(needs).limit(1);
  const { accessToken: token } = await createUser(app, 'company', { organisationId: company!.organisationId });
  const apiRequests: LoadRequest[] = needIds.map((id) => ({
    method: 'GET',
    path: `/api/v1/needs/${id}/matches?limit=10`,
    headers: { authorization: `Bearer ${token}` },
  }));
  // The text query each match sends (its ten most salient words, with the same filter and
  // parameters), read by the product's own code so the comparison stays like with like.
  const taxonomy = new TaxonomyCache(database.db);
  const ctx = systemContext(
    { db: database.db, search: { client, indexPrefix: 'bench_' }, taxonomy, now: () => new Date(), publicUrl: 'http://localhost' },
    'bench',
  );
  const directRequests: LoadRequest[] = [];
  for (const id of needIds) {
    const [need] = await database.db.select().from(needs).where(eq(needs.id, id));
    const { request } = await readNeedForMatching(ctx, need!);
    const { indexUid: _index, ...textQuery } = candidateQueries(request)[0]!;
    say(`direct text query: ${textQuery.q}`);
    directRequests.push({
      method: 'POST',
      path: '/indexes/bench_labs/search',
      body: JSON.stringify(textQuery),
      headers: { 'content-type': 'application/json', ...(services.meili.key && { authorization: `Bearer ${services.meili.key}` }) },
    });
  }
  for (const request of apiRequests) {
    const response = await fetch(`${apiUrl}${request.path}`, { headers: request.headers! });
    if (!response.ok) throw new Error(`${request.path} answered ${response.status}: ${await response.text()}`);
    const { matches } = (await response.json()) as { matches: { score: number }[] };
    say(`${request.path}: ${matches.length} matches, best ${matches[0]?.score}`);
  }

  // Meilisearch keeps working on searches whose client has gone (a load run's last requests, or
  // ones timed out), so a run starts only once a lone query is about as fast as when idle.
  const once = async () => {
    const request = directRequests[0]!;
    const started = performance.now();
    await (await fetch(`${services.meili.url}${request.path}`, { method: 'POST', headers: request.headers!, body: request.body! })).arrayBuffer();
    return performance.now() - started;
  };
  const idleMs = median([await once(), await once(), await once()]);
  const settle = async () => {
    for (const until = Date.now() + 60_000; Date.now() < until; ) if ((await once()) < 2 * idleMs + 50) return;
  };
  say(`one text query alone: ${Math.round(idleMs)} ms`);

  say(`warming up, then ${rounds} rounds of ${seconds} s, ${connections} connections …`);
  await runLoad(services.meili.url, directRequests, { connections, seconds: 3 });
  await settle();
  await runLoad(apiUrl, apiRequests, { connections, seconds: 3 });
  await settle();
  const direct: LoadResult[] = [];
  const api: LoadResult[] = [];
  for (let round = 0; round < rounds; round++) {
    direct.push(await runLoad(services.meili.url, directRequests, { connections, seconds }));
    await settle();
    api.push(await runLoad(apiUrl, apiRequests, { connections, seconds }));
    await settle();
    say(
      `round ${round + 1}: direct query p95 ${direct.at(-1)!.p95Ms} ms ${JSON.stringify(direct.at(-1)!.statuses)}; matches p95 ${api.at(-1)!.p95Ms} ` +
        `ms ${JSON.stringify(api.at(-1)!.statuses)}`,
    );
  }
  const overload: OverloadResult[] = [];
  for (const level of overloadLevels) {
    overload.push(await runOverload(apiUrl, apiRequests, { connections: level, seconds }));
    await settle();
    say(`overload, ${level} connections: ${JSON.stringify(overload.at(-1)!.statuses)}, p95 ${overload.at(-1)!.p95Ms} ms`);
  }
  await new Promise((resolve) => setTimeout(resolve, 3_000)); // let the last requests finish
  await app.close();

  const round = (value: number) => Math.round(value * 100) / 100;
  const summary = (results: LoadResult[]) => ({
    requestsPerSecond: round(median(results.map((r) => r.requestsPerSecond))),
    p50Ms: round(median(results.map((r) => r.p50Ms))),
    p95Ms: round(median(results.map((r) => r.p95Ms))),
  });
  const figures = {
    benchmark: 'matching',
    labs: labCount,
    connections,
    secondsPerRound: seconds,
    rounds,
    directQuery: summary(direct),
    matches: summary(api),
    ratios: { p95MatchesOverDirectQuery: Math.round((median(api.map((r) => r.p95Ms)) / median(direct.map((r) => r.p95Ms))) * 100) / 100 },
    failedRequests: [...direct, ...api].reduce((sum, result) => sum + result.errors + result.non2xx, 0),
    statuses: { directQuery: addStatuses(direct.map((r) => r.statuses)), matches: addStatuses(api.map((r) => r.statuses)) },
    overload: overload.map(({ connections, requests, statuses, unavailableWithoutRetryAfter, p95Ms }) => ({
      connections,
      requests,
      statuses,
      unavailableWithoutRetryAfter,
      p95Ms,
    })),
  };
  console.log('');
  console.log('|  | the text query, Meilisearch direct | GET /api/v1/needs/:id/matches | ratio |');
  console.log('|---|---|---|---|');
  console.log(`| p50 (ms) | ${figures.directQuery.p50Ms} | ${figures.matches.p50Ms} | |`);
  console.log(`| p95 (ms) | ${figures.directQuery.p95Ms} | ${figures.matches.p95Ms} | ${figures.ratios.p95MatchesOverDirectQuery} |`);
  console.log(`| throughput (req/s) | ${figures.directQuery.requestsPerSecond} | ${figures.matches.requestsPerSecond} | |`);
  console.log(`| statuses | ${JSON.stringify(figures.statuses.directQuery)} | ${JSON.stringify(figures.statuses.matches)} | |`);
  console.log(`| failed requests | | ${figures.failedRequests} (both columns) | |`);
  console.log('');
  console.log('| connections | GET /api/v1/needs/:id/matches statuses | 503 without Retry-After | p95 (ms) |');
  console.log('|---|---|---|---|');
  for (const level of figures.overload) {
    console.log(`| ${level.connections} | ${JSON.stringify(level.statuses)} | ${level.unavailableWithoutRetryAfter} | ${level.p95Ms} |`);
  }
  console.log('');
  console.log(JSON.stringify(figures));
} finally {
  await database.close();
  await services.stop();
}
