// `pnpm bench:analytics [--sizes 100000,1000000,10000000] [--max 1000000] [--requests 100] [--warmup 5]
//   [--raw-requests 10] [--raw-max 1000000] [--triggers] [--explain] [--sql STATEMENT]`
//
// p95 of GET /api/v1/analytics/summary and …/breakdown?by=region (a signed-in ministry user, over
// HTTP) beside the p95 of the same service functions (computeSummary / computeBreakdown, which read
// the analytics rollup) run directly on the same pool, in the same run, at each size; the data
// grows in place from one size to the next (set-based, generate_series), loaded as a bulk import
// is: with the rollup's insert trigger off, then `rebuildRollup` (what `pnpm analytics:rebuild`
// runs), timed. `--triggers` inserts through the trigger instead, as the API's inserts do (about
// 75 s per 100,000 collaborations on this machine against 20–25 s without: nothing for the API's
// one row at a time, two hours at ten million). tests/api/analytics/rollup.test.ts holds
// both ways to the same rollup and the rollup to the raw rows. Requests are sequential (one at a time, the cases shuffled every
// iteration): per-query latency, not throughput. Up to --raw-max collaborations, the raw
// aggregation the rollup replaced is measured too (--raw-requests iterations), as the baseline.
// Goals: ten times the data costing less than twice the time; p95 under 150 ms at a million; the
// API within 1.1× of the direct call. Prints a table, then the figures as one JSON line.
// `--max 1000000` skips the ten million (generation, rebuild and settling take most of an hour on
// a 2-core VM, and some 10 GB of disk).
// Smoke check: `pnpm bench:analytics --sizes 2000,20000 --requests 20 --warmup 2`.
// `--explain` prints EXPLAIN (ANALYZE, BUFFERS) of every query the functions send, at each size;
// `--sql` runs statements after the migrations (e.g. `--sql "create index …"`), to measure an
// index before writing its migration.
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { drizzle } from 'drizzle-orm/postgres-js';
import { createDatabase, schema } from '@kopir/db';
import { buildApp, computeBreakdown, computeSummary } from '@kopir/server';
import { periodOf } from '../../server/src/services/analytics/facts.ts';
import { platformCounts } from '../../server/src/services/analytics/platform-facts.ts';
import { rawBreakdown, rawPlatformCollaborationCounts, rawTotals } from '../../server/src/services/analytics/raw-analytics.ts';
import { rebuildRollup } from '../../server/src/services/analytics/rollup-rebuild.ts';
import { analyticsFiltersSchema } from '@kopir/shared';
import { benchAppConfig } from './lib/app-config.ts';
import { generateAnalyticsBase, generateCollaborations, settleTables, type AnalyticsShape } from './lib/generate-collaborations.ts';
import { random } from './lib/generate-labs.ts';
import { runSequential, type Latencies } from './lib/load.ts';
import { startBenchServices } from './lib/services.ts';
import { signedInSession } from '../harness/factories.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100000,1000000,10000000' },
    max: { type: 'string', default: 'Infinity' },
    'raw-requests': { type: 'string', default: '10' },
    'raw-max': { type: 'string', default: '1000000' },
    requests: { type: 'string', default: '100' },
    warmup: { type: 'string', default: '5' },
    labs: { type: 'string', default: '3000' },
    needs: { type: 'string', default: '20000' },
    from: { type: 'string', default: '2025-01-01' },
    to: { type: 'string', default: '2025-12-31' },
    triggers: { type: 'boolean', default: false },
    explain: { type: 'boolean', default: false },
    sql: { type: 'string', multiple: true, default: [] },
  },
});
const sizes = values.sizes
  .split(',')
  .map(Number)
  .filter((size) => size <= Number(values.max));
if (sizes.some((size, i) => !(size > 0) || (i > 0 && size <= sizes[i - 1]!)))
  throw new Error('--sizes takes growing collaboration counts, e.g. 100000,1000000');
const [requests, warmup, rawRequests, rawMax] = [Number(values.requests), Number(values.warmup), Number(values['raw-requests']), Number(values['raw-max'])];
const shape: AnalyticsShape = { universities: 160, companies: 2_000, labs: Number(values.labs), needs: Number(values.needs) };
if (sizes.at(-1)! > shape.needs * shape.labs)
  throw new Error(`at most ${shape.needs * shape.labs} collaborations with ${shape.needs} needs and ${shape.labs} labs`);
const filters = analyticsFiltersSchema.parse({ from: values.from, to: values.to });
const query = new URLSearchParams({ from: values.from, to: values.to }).toString();
const say = (line: string) => console.log(`# ${line}`);
const seconds = (started: number) => Math.round((performance.now() - started) / 100) / 10;
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

type Case = 'summaryApi' | 'summaryDirect' | 'breakdownApi' | 'breakdownDirect';
type RawCase = 'summaryRaw' | 'breakdownRaw';
interface SizeFigures {
  collaborations: number;
  events: number;
  generateSeconds: number;
  /** The rollup rebuilt after the bulk load (null with --triggers). */
  rebuildSeconds: number | null;
  rollupRows: { detail: number; dimension: number };
  queries: { summary: number; breakdown: number };
  latencies: Record<Case, Latencies>;
  /** The raw aggregation the rollup replaced, up to --raw-max. */
  raw: Record<RawCase, Latencies> | null;
}

const services = await startBenchServices('analytics');
const database = createDatabase(services.databaseUrl, { maxConnections: 2 });
for (const statement of values.sql) {
  say(`extra SQL: ${statement}`);
  await database.sql.unsafe(statement);
}
// The same driver and settings as the app's, with a logger: which SQL the service functions send.
const captured: { sql: string; params: unknown[] }[] = [];
const recordingDb = drizzle(database.sql, { schema, casing: 'snake_case', logger: { logQuery: (sql, params) => captured.push({ sql, params }) } });
const captureQueries = async (run: (db: typeof recordingDb) => Promise<unknown>) => {
  captured.length = 0;
  await run(recordingDb);
  return [...captured];
};

const rng = random(2026);
const shuffle = <T>(items: T[]) => {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
};

const app = await buildApp(benchAppConfig(services, 'bench_'));
try {
  const apiUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  let started = performance.now();
  say(`generating ${shape.universities} universities and institutes, ${shape.companies} companies, ${shape.labs} labs, ${shape.needs} needs …`);
  const { ministryUserId } = await generateAnalyticsBase(database.sql, shape);
  say(`… in ${seconds(started)} s`);
  const { accessToken: token } = await signedInSession(app, ministryUserId);
  const headers = { authorization: `Bearer ${token}` };
  const get = async (path: string) => {
    const response = await fetch(`${apiUrl}${path}`, { headers });
    const body = await response.text();
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${body}`);
    return JSON.parse(body) as unknown;
  };
  const cases: Record<Case, () => Promise<unknown>> = {
    summaryApi: () => get(`/api/v1/analytics/summary?${query}`),
    summaryDirect: () => computeSummary(app.db, filters),
    breakdownApi: () => get(`/api/v1/analytics/breakdown?by=region&${query}`),
    breakdownDirect: () => computeBreakdown(app.db, filters, 'region'),
  };
  // The baseline: what computeSummary and computeBreakdown sent before the rollup (the platform
  // counts as today, for the catalogue, plus their collaboration probes over the raw rows).
  const rawCases: Record<RawCase, () => Promise<unknown>> = {
    summaryRaw: () =>
      Promise.all([rawTotals(app.db, filters), platformCounts(app.db, filters, periodOf(filters)), rawPlatformCollaborationCounts(app.db, filters)]),
    breakdownRaw: () => Promise.all([rawBreakdown(app.db, filters, 'region'), rawTotals(app.db, filters)]),
  };

  const results: SizeFigures[] = [];
  let generated = 0;
  for (const size of sizes) {
    started = performance.now();
    say(`generating collaborations ${generated + 1} to ${size} and their events …`);
    if (!values.triggers) await database.sql`alter table collaborations disable trigger collaboration_rollup_insert`;
    for (let from = generated; from < size; from += 100_000) {
      const to = Math.min(size, from + 100_000);
      const chunkStarted = performance.now();
      const events = await generateCollaborations(database.sql, shape, from, to);
      say(`  ${to} collaborations (+${events} events) after ${seconds(started)} s (chunk ${seconds(chunkStarted)} s)`);
    }
    generated = size;
    let rebuildSeconds: number | null = null;
    if (!values.triggers) {
      await database.sql`alter table collaborations enable trigger collaboration_rollup_insert`;
      rebuildSeconds = (await rebuildRollup(app.db)).seconds;
      say(`rollup rebuilt from ${size} collaborations in ${rebuildSeconds} s`);
    }
    const settleStarted = performance.now();
    const visible = await settleTables(database.sql);
    say(`vacuum and analyze ${seconds(settleStarted)} s`);
    const generateSeconds = seconds(started);
    const [counts] = await database.sql<{ collaborations: number; events: number }[]>`
      select (select count(*) from collaborations)::int as collaborations, (select count(*) from collaboration_events)::int as events`;
    const [rollupRows] = await database.sql<{ detail: number; dimension: number }[]>`
      select (select count(*) from collaboration_rollup)::int as detail, (select count(*) from collaboration_rollup_dimension)::int as dimension`;
    say(`rollup: ${rollupRows!.detail} detail groups, ${rollupRows!.dimension} per-dimension groups`);
    const mix = await database.sql<{ status: string; share: number }[]>`
      select status, round(100.0 * count(*) / sum(count(*)) over (), 1)::float as share from collaborations group by status order by 2 desc`;
    say(
      `${counts!.collaborations} collaborations, ${counts!.events} events, generated in ${generateSeconds} s; ${visible} % of the table's pages ` +
        `all-visible; ${mix.map((row) => `${row.status} ${row.share} %`).join(', ')}`,
    );

    // The API must answer what the functions compute (through JSON, as a client reads it).
    const same = (api: unknown, direct: unknown) => isDeepStrictEqual(api, JSON.parse(JSON.stringify(direct)));
    const [summaryApi, summaryDirect, breakdownApi, breakdownDirect] = [
      await cases.summaryApi(),
      await cases.summaryDirect(),
      await cases.breakdownApi(),
      await cases.breakdownDirect(),
    ];
    if (!same(summaryApi, summaryDirect) || !same(breakdownApi, breakdownDirect)) say('WARNING: the API answered differently from the service functions');
    const [rawSummary, rawRows] = [await rawTotals(app.db, filters), await rawBreakdown(app.db, filters, 'region')];
    const rollupSummary = (summaryDirect as { values: Record<string, unknown> }).values;
    if (
      !isDeepStrictEqual(Object.fromEntries(Object.keys(rawSummary).map((code) => [code, rollupSummary[code]])), rawSummary) ||
      !isDeepStrictEqual((breakdownDirect as { rows: unknown }).rows, rawRows)
    )
      say('WARNING: the rollup answered differently from the raw aggregation');
    say(`summary ${values.from}…${values.to}: ${JSON.stringify((summaryApi as { values: unknown }).values)}`);
    say(`breakdown by region: ${(breakdownApi as { rows: unknown[] }).rows.length} rows`);

    const summaryQueries = await captureQueries((db) => computeSummary(db, filters));
    const breakdownQueries = await captureQueries((db) => computeBreakdown(db, filters, 'region'));
    if (values.explain) {
      for (const [name, list] of [
        ['summary', summaryQueries],
        ['breakdown', breakdownQueries],
      ] as const) {
        for (const [i, one] of list.entries()) {
          const plan = await database.sql.unsafe<{ 'QUERY PLAN': string }[]>(`explain (analyze, buffers) ${one.sql}`, one.params as never[]);
          say(`EXPLAIN ANALYZE, ${name} query ${i + 1} of ${list.length}, ${size} collaborations:`);
          for (const row of plan) console.log(`#   ${row['QUERY PLAN']}`);
        }
      }
    }

    say(`${warmup} warm-up and ${requests} measured iterations, each running the four cases (rollup) one at a time in shuffled order …`);
    const measureStarted = performance.now();
    const latencies = await runSequential(cases, { iterations: requests, warmup, shuffle });
    say(
      `… in ${seconds(measureStarted)} s: ${Object.entries(latencies)
        .map(([name, l]) => `${name} p50 ${l.p50Ms} p95 ${l.p95Ms} ms`)
        .join('; ')}`,
    );
    let raw: SizeFigures['raw'] = null;
    if (size <= rawMax && rawRequests > 0) {
      say(`the raw aggregation (the baseline): 1 warm-up and ${rawRequests} measured iterations …`);
      raw = await runSequential(rawCases, { iterations: rawRequests, warmup: 1, shuffle });
      say(`… summaryRaw p95 ${raw.summaryRaw.p95Ms} ms; breakdownRaw p95 ${raw.breakdownRaw.p95Ms} ms`);
    }
    results.push({
      ...counts!,
      generateSeconds,
      rebuildSeconds,
      rollupRows: rollupRows!,
      queries: { summary: summaryQueries.length, breakdown: breakdownQueries.length },
      latencies,
      raw,
    });
  }

  const perSize = results.map((result) => ({
    collaborations: result.collaborations,
    events: result.events,
    generateSeconds: result.generateSeconds,
    rebuildSeconds: result.rebuildSeconds,
    rollupRows: result.rollupRows,
    queries: result.queries,
    summary: {
      api: pick(result.latencies.summaryApi),
      direct: pick(result.latencies.summaryDirect),
      raw: result.raw && pick(result.raw.summaryRaw),
      p95ApiOverDirect: ratio(result.latencies.summaryApi.p95Ms, result.latencies.summaryDirect.p95Ms),
    },
    breakdownByRegion: {
      api: pick(result.latencies.breakdownApi),
      direct: pick(result.latencies.breakdownDirect),
      raw: result.raw && pick(result.raw.breakdownRaw),
      p95ApiOverDirect: ratio(result.latencies.breakdownApi.p95Ms, result.latencies.breakdownDirect.p95Ms),
    },
  }));
  // Each step against the one before (the sizes grow tenfold by default).
  const growth = results.slice(1).map((last, i) => {
    const first = results[i]!;
    return {
      from: first.collaborations,
      to: last.collaborations,
      collaborations: ratio(last.collaborations, first.collaborations),
      summaryApi: ratio(last.latencies.summaryApi.p95Ms, first.latencies.summaryApi.p95Ms),
      summaryDirect: ratio(last.latencies.summaryDirect.p95Ms, first.latencies.summaryDirect.p95Ms),
      breakdownApi: ratio(last.latencies.breakdownApi.p95Ms, first.latencies.breakdownApi.p95Ms),
      breakdownDirect: ratio(last.latencies.breakdownDirect.p95Ms, first.latencies.breakdownDirect.p95Ms),
    };
  });
  const atMillion = perSize.filter((size) => size.collaborations === 1_000_000);
  const figures = {
    benchmark: 'analytics',
    period: { from: values.from, to: values.to },
    labs: shape.labs,
    needs: shape.needs,
    mode: 'sequential',
    extraSql: values.sql,
    requestsPerCase: requests,
    warmup,
    rawRequestsPerCase: rawRequests,
    sizes: perSize,
    growthP95: growth,
    goals: {
      apiWithin1_1xOfDirect: perSize.every((size) => size.summary.p95ApiOverDirect <= 1.1 && size.breakdownByRegion.p95ApiOverDirect <= 1.1),
      tenfoldDataUnderTwiceTheTime: growth.every((step) =>
        [step.summaryApi, step.summaryDirect, step.breakdownApi, step.breakdownDirect].every((factor) => factor < Math.max(2, step.collaborations / 5)),
      ),
      p95Under150MsAtAMillion:
        atMillion.length === 0 ? null : atMillion.every((size) => size.summary.api.p95Ms < 150 && size.breakdownByRegion.api.p95Ms < 150),
    },
  };

  const n = (value: number) => value.toLocaleString('en-US');
  console.log('');
  console.log(
    '| collaborations | rollup groups (detail / per dimension) | request | raw p95 | direct p50 | direct p95 | API p50 | API p95 | API / direct (p95) |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const size of perSize) {
    for (const [label, one] of [
      ['summary', size.summary],
      ['breakdown by region', size.breakdownByRegion],
    ] as const) {
      console.log(
        `| ${[
          n(size.collaborations),
          `${n(size.rollupRows.detail)} / ${n(size.rollupRows.dimension)}`,
          label,
          one.raw ? `${one.raw.p95Ms} ms` : '–',
          `${one.direct.p50Ms} ms`,
          `${one.direct.p95Ms} ms`,
          `${one.api.p50Ms} ms`,
          `${one.api.p95Ms} ms`,
          one.p95ApiOverDirect,
        ].join(' | ')} |`,
      );
    }
  }
  for (const step of growth) {
    console.log('');
    console.log(`| p95 growth, ${n(step.from)} → ${n(step.to)} (${step.collaborations}× the data) | direct | API |`);
    console.log('|---|---|---|');
    console.log(`| summary | ${step.summaryDirect}× | ${step.summaryApi}× |`);
    console.log(`| breakdown by region | ${step.breakdownDirect}× | ${step.breakdownApi}× |`);
  }
  console.log('');
  console.log(JSON.stringify(figures));
} finally {
  await app.close();
  await database.close();
  await services.stop();
}

function pick(latencies: Latencies) {
  return { p50Ms: latencies.p50Ms, p95Ms: latencies.p95Ms };
}
