// `pnpm bench:cluster [--labs 10000] [--needs 3000] [--seconds 8] [--rounds 2] [--connections 16] [--match-connections 4]`
//
// The cluster of `pnpm test:cluster` (Debian's PostgreSQL, one Meilisearch, three API replicas
// behind HAProxy) with a generated catalogue: throughput and p95 of search (GET /api/v1/labs?q=…)
// and of matches (GET /api/v1/needs/:id/matches) through the balancer with 1, 2 and 3 replicas
// in rotation, beside Meilisearch queried directly with the same queries, all in one run. Prints a
// table with ratios against the direct baseline, then the figures as one JSON line. On a 2-core
// machine every replica shares the same cores with Meilisearch and PostgreSQL: read the ratios.
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { createDatabase, needs } from '@kopir/db';
import { candidateQueries, createSearchClient, labSearchRequest, readNeedForMatching, reindex, systemContext, TaxonomyCache } from '@kopir/server';
import { labSearchQuerySchema } from '@kopir/shared';
import { registerPerson } from '../cluster/accounts.ts';
import { waitUntil } from '../cluster/child-process.ts';
import { startCluster } from '../cluster/cluster.ts';
import { clientAt } from '../cluster/http-client.ts';
import { benchTaxonomy, generateCatalogue, indexCatalogue } from './lib/catalogue.ts';
import { generateNeeds } from './lib/generate-needs.ts';
import { median, runLoad, type LoadRequest, type LoadResult } from './lib/load.ts';

const { values } = parseArgs({
  options: {
    labs: { type: 'string', default: '10000' },
    needs: { type: 'string', default: '3000' },
    seconds: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '16' },
    'match-connections': { type: 'string', default: '4' },
  },
});
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const say = (line: string) => console.log(`# ${line}`);
const PREFIX = 'kopir_'; // the replicas' default MEILI_INDEX_PREFIX

const searches = (
  [
    { q: 'hydrogen electrolysis' },
    { q: 'precision irrigation', sector: 'A' },
    { q: 'машинное обучение', trl: '4' },
    { q: 'сутегі' },
    { q: 'corrosion testing' },
  ] as Record<string, string>[]
).map((query) => new URLSearchParams(query).toString());

const needTexts = [
  {
    title: 'Electrolyser pilot for a wind farm',
    description: { en: 'Design and test a 1 MW alkaline electrolyser fed by wind power.' },
    capabilities: ['hydrogen-electrolysis'],
    sectors: ['D'],
  },
  {
    title: 'Computer vision for ore sorting',
    description: { en: 'Machine learning on conveyor camera images to sort copper ore.' },
    capabilities: ['computer-vision', 'machine-learning'],
    sectors: ['B'],
  },
  {
    title: 'Вакцина для животноводства',
    description: { ru: 'Доклинические испытания вакцины против бруцеллёза крупного рогатого скота.' },
    capabilities: ['vaccine-development'],
    sectors: ['A', 'M'],
  },
];

const cluster = await startCluster({ replicas: 3, env: { ACCESS_TOKEN_TTL_SECONDS: '3600', AUTH_RATE_LIMIT_PER_MINUTE: '1000' }, say });
const database = createDatabase(cluster.databaseUrl, { maxConnections: 8, applicationName: 'bench-cluster' });
const search = createSearchClient(cluster.meili.url, cluster.meili.key);
try {
  // 1. A company with an account (its own needs are the ones it may match), the catalogue straight into PostgreSQL, indexed by reindex.
  const company = await registerPerson(clientAt(cluster.url, '127.0.0.31'), cluster.replicas, { role: 'company', email: 'bench@company.cluster.kz' });
  say(`generating ${values.labs} labs and ${values.needs} needs …`);
  await generateCatalogue(database, Number(values.labs));
  await generateNeeds(database, Number(values.needs), company.organisationId);
  const needIds: string[] = [];
  for (const need of needTexts) {
    // Confidential: its own company matches it all the same, and no announcement job runs during the measurement.
    const answer = await company.client.send({
      method: 'POST',
      path: '/api/v1/needs',
      authorization: company.authorization,
      body: { ...need, trlTarget: 5, visibility: 'confidential' },
    });
    if (answer.status !== 201) throw new Error(`creating a need answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    needIds.push((answer.body as { id: string }).id);
  }
  const labsIndexed = await indexCatalogue(database, search, PREFIX);
  const needsIndexed = await reindex({ db: database.db, client: search, prefix: PREFIX, taxonomy: benchTaxonomy, name: 'needs' });
  say(`indexed ${labsIndexed.documents} labs in ${labsIndexed.seconds} s, ${needsIndexed.documents} needs in ${needsIndexed.seconds} s`);

  // 2. The requests: through the balancer, and the same queries straight to Meilisearch.
  const meiliHeaders = { 'content-type': 'application/json', authorization: `Bearer ${cluster.meili.key}` };
  const apiSearch: LoadRequest[] = searches.map((query) => ({ method: 'GET', path: `/api/v1/labs?${query}` }));
  const directSearch: LoadRequest[] = searches.map((query) => {
    const { q, parameters } = labSearchRequest(labSearchQuerySchema.parse(Object.fromEntries(new URLSearchParams(query))));
    return { method: 'POST', path: `/indexes/${PREFIX}labs/search`, body: JSON.stringify({ q, ...parameters }), headers: meiliHeaders };
  });
  const apiMatches: LoadRequest[] = needIds.map((id) => ({
    method: 'GET',
    path: `/api/v1/needs/${id}/matches?limit=10`,
    headers: { authorization: company.authorization },
  }));
  // The text query each match starts from, read by the product's own code (as bench:matching does).
  const ctx = systemContext(
    {
      db: database.db,
      search: { client: search, indexPrefix: PREFIX },
      taxonomy: new TaxonomyCache(database.db),
      now: () => new Date(),
      publicUrl: 'http://localhost',
    },
    'bench',
  );
  const directMatches: LoadRequest[] = [];
  for (const id of needIds) {
    const [need] = await database.db.select().from(needs).where(eq(needs.id, id));
    const { request } = await readNeedForMatching(ctx, need!);
    const { indexUid: _index, ...textQuery } = candidateQueries(request)[0]!;
    directMatches.push({ method: 'POST', path: `/indexes/${PREFIX}labs/search`, body: JSON.stringify(textQuery), headers: meiliHeaders });
  }
  for (const request of [...apiSearch, ...apiMatches]) {
    const answer = await company.client.send({ path: request.path, ...(request.headers && { headers: request.headers }) });
    if (answer.status !== 200) throw new Error(`${request.path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  }

  // 3. Rotation: the first n replicas in the balancer, the others in maintenance.
  const useReplicas = async (n: number) => {
    for (const [i, replica] of cluster.replicas.entries()) await cluster.balancer.setEnabled(replica.name, i < n);
    await waitUntil(`${n} replicas in rotation`, async () => {
      const states = await cluster.balancer.states();
      return cluster.replicas.every((replica, i) => (i < n ? states[replica.name] === 'UP' : states[replica.name]?.startsWith('MAINT')));
    });
  };
  type Case = { name: string; kind: 'search' | 'matches'; replicas: number | 'direct'; run: () => Promise<LoadResult> };
  const connections = Number(values.connections);
  const matchConnections = Number(values['match-connections']);
  const cases: Case[] = [
    { name: 'search direct', kind: 'search', replicas: 'direct', run: () => runLoad(cluster.meili.url, directSearch, { connections, seconds }) },
    ...[1, 2, 3].map((n) => ({
      name: `search ${n}`,
      kind: 'search' as const,
      replicas: n,
      run: () => runLoad(cluster.url, apiSearch, { connections, seconds }),
    })),
    {
      name: 'matches direct',
      kind: 'matches',
      replicas: 'direct',
      run: () => runLoad(cluster.meili.url, directMatches, { connections: matchConnections, seconds }),
    },
    ...[1, 2, 3].map((n) => ({
      name: `matches ${n}`,
      kind: 'matches' as const,
      replicas: n,
      run: () => runLoad(cluster.url, apiMatches, { connections: matchConnections, seconds }),
    })),
  ];
  // A search the API gave up on (503 after its queue wait) still runs inside Meilisearch, so each
  // case starts only once a lone query is about as fast as when idle, as bench:matching does.
  const once = async () => {
    const request = directMatches[0]!;
    const started = performance.now();
    await (await fetch(`${cluster.meili.url}${request.path}`, { method: 'POST', headers: request.headers!, body: request.body! })).arrayBuffer();
    return performance.now() - started;
  };
  const idleMs = median([await once(), await once(), await once()]);
  const settle = async () => {
    for (const until = Date.now() + 30_000; Date.now() < until; ) if ((await once()) < 2 * idleMs + 50) return;
  };
  say(`one match text query alone: ${Math.round(idleMs)} ms`);
  const results = new Map<string, LoadResult[]>(cases.map((one) => [one.name, []]));
  say(`warming up, then ${rounds} rounds of ${seconds} s per case …`);
  await runLoad(cluster.url, apiSearch, { connections, seconds: 2 });
  await runLoad(cluster.url, apiMatches, { connections: matchConnections, seconds: 2 });
  for (let round = 0; round < rounds; round++) {
    for (const one of cases) {
      if (one.replicas !== 'direct') await useReplicas(one.replicas);
      await settle();
      const result = await one.run();
      results.get(one.name)!.push(result);
      say(`round ${round + 1}, ${one.name}: ${result.requestsPerSecond} req/s, p95 ${result.p95Ms} ms, statuses ${JSON.stringify(result.statuses)}`);
    }
  }
  await useReplicas(3);

  // 4. The table: medians over the rounds, ratios against the direct query of the same kind.
  const tenths = (value: number) => Math.round(value * 10) / 10;
  const summary = (name: string) => {
    const list = results.get(name)!;
    // Answers that served the request: a 503 shed in a millisecond is not throughput.
    const served = (r: LoadResult) => Object.entries(r.statuses).reduce((sum, [status, n]) => sum + (Number(status) < 300 ? n : 0), 0);
    return {
      requestsPerSecond: tenths(median(list.map((r) => served(r) / seconds))),
      shed: list.reduce((sum, r) => sum + (r.statuses[503] ?? 0), 0),
      p50Ms: tenths(median(list.map((r) => r.p50Ms))),
      p95Ms: tenths(median(list.map((r) => r.p95Ms))),
      failed: list.reduce((sum, r) => sum + r.errors + r.non2xx - (r.statuses[503] ?? 0), 0),
    };
  };
  const rows = cases.map((one) => {
    const figures = summary(one.name);
    const direct = summary(`${one.kind} direct`);
    return {
      case: one.kind,
      replicas: one.replicas,
      ...figures,
      throughputOverDirect: direct.requestsPerSecond ? Math.round((figures.requestsPerSecond / direct.requestsPerSecond) * 100) / 100 : null,
      p95OverDirect: direct.p95Ms ? Math.round((figures.p95Ms / direct.p95Ms) * 100) / 100 : null,
    };
  });
  console.log('');
  console.log('| request | through | answered req/s | p50 (ms) | p95 (ms) | 503 shed | failed | req/s ÷ direct | p95 ÷ direct |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const row of rows)
    console.log(
      `| ${row.case} | ${row.replicas === 'direct' ? 'Meilisearch direct' : `HAProxy, ${row.replicas} replica${row.replicas > 1 ? 's' : ''}`} | ${row.requestsPerSecond} | ` +
        `${row.p50Ms} | ${row.p95Ms} | ${row.shed} | ${row.failed} | ${row.throughputOverDirect} | ${row.p95OverDirect} |`,
    );
  console.log('');
  console.log(
    JSON.stringify({
      benchmark: 'cluster',
      labs: Number(values.labs),
      needs: Number(values.needs) + needIds.length,
      connections: { search: connections, matches: matchConnections },
      secondsPerRound: seconds,
      rounds,
      rows,
    }),
  );
} finally {
  await database.close();
  await cluster.stop();
}
