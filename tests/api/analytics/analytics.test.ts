import t from 'tap';
import {
  analyticsBreakdownSchema,
  analyticsSummarySchema,
  analyticsTimeseriesSchema,
  apiErrorSchema,
  breakdownDimensions,
  indicators,
  whyMatchesFailIndicators,
  type IndicatorValues,
} from '@kopir/shared';
import type { App } from '@kopir/server';
import { createUser } from '../../harness/factories.ts';
import { generateCollaborations } from '../../harness/collaborations.ts';
import { createTestApp } from '../../harness/test-app.ts';

const additive = indicators.filter((indicator) => indicator.additive && indicator.scope === 'collaborations').map((indicator) => indicator.code);
const get = async (app: App, authorization: string, url: string) => app.inject({ method: 'GET', url, headers: { authorization } });

/** The declines and cancellations of a cell counted by reason. */
const byReason = (values: IndicatorValues) => whyMatchesFailIndicators.reduce((total, indicator) => total + (values[indicator.code] ?? 0), 0);

t.test('why matches fail: the declines and cancellations by reason sum to all of them, in the summary, every group and every month', async (t) => {
  const app = await createTestApp(t);
  await generateCollaborations(app);
  const { authorization } = await createUser(app, 'ministry');
  const query = 'from=2026-01-01&to=2026-12-31';
  const summary = analyticsSummarySchema.parse((await get(app, authorization, `/api/v1/analytics/summary?${query}`)).json());
  t.ok((summary.values.cancelled ?? 0) > 0, `there are declines and cancellations to explain (${summary.values.cancelled})`);
  t.equal(byReason(summary.values), summary.values.cancelled, 'the reasons sum to the declines and cancellations of the year');
  const reasonsSeen = whyMatchesFailIndicators.filter((indicator) => (summary.values[indicator.code] ?? 0) > 0).length;
  t.ok(reasonsSeen > 1, `more than one reason is counted (${reasonsSeen})`);
  for (const by of breakdownDimensions) {
    const breakdown = analyticsBreakdownSchema.parse((await get(app, authorization, `/api/v1/analytics/breakdown?${query}&by=${by}`)).json());
    const wrong = breakdown.rows.filter((row) => byReason(row.values) !== row.values.cancelled).map((row) => row.key);
    t.same(wrong, [], `by ${by}: in every group the reasons sum to its declines and cancellations`);
  }
  const series = analyticsTimeseriesSchema.parse((await get(app, authorization, `/api/v1/analytics/timeseries?${query}&interval=month`)).json());
  t.same(
    series.rows.filter((row) => byReason(row.values) !== row.values.cancelled).map((row) => row.start),
    [],
    'and in every month',
  );
  const filtered = analyticsSummarySchema.parse((await get(app, authorization, `/api/v1/analytics/summary?${query}&sector=C`)).json());
  t.equal(byReason(filtered.values), filtered.values.cancelled, 'and under a filter (sector C)');
});

t.test('every breakdown and the time series sum to the summary, to the unit', async (t) => {
  const app = await createTestApp(t);
  await generateCollaborations(app);
  const { authorization } = await createUser(app, 'ministry');
  const query = 'from=2026-01-01&to=2026-12-31';
  const summary = analyticsSummarySchema.parse((await get(app, authorization, `/api/v1/analytics/summary?${query}`)).json());
  t.equal(summary.values.proposals, 120, 'all 120 proposals in 2026');
  t.ok((summary.values.contractedVolumeKzt ?? 0) > 0, `contracted volume ${summary.values.contractedVolumeKzt} KZT`);
  t.equal(
    summary.values.contractedVolumeKzt,
    (summary.values.volumeCompanyKzt ?? 0) +
      (summary.values.volumeStateGrantKzt ?? 0) +
      (summary.values.volumeCoFundedKzt ?? 0) +
      (summary.values.volumeOtherKzt ?? 0),
    'the volume by funding source sums to the contracted volume',
  );
  t.ok(summary.values.medianDaysToContract !== null, `median days to contract ${summary.values.medianDaysToContract}`);

  for (const by of breakdownDimensions) {
    const breakdown = analyticsBreakdownSchema.parse((await get(app, authorization, `/api/v1/analytics/breakdown?${query}&by=${by}`)).json());
    t.ok(breakdown.rows.length > 1, `${by}: ${breakdown.rows.length} groups`);
    for (const code of additive) {
      const sum = breakdown.rows.reduce((total, row) => total + (row.values[code] ?? 0), 0);
      t.equal(sum, summary.values[code], `${by}: ${code} sums to the summary`);
    }
  }
  for (const interval of ['month', 'quarter', 'year']) {
    const series = analyticsTimeseriesSchema.parse((await get(app, authorization, `/api/v1/analytics/timeseries?${query}&interval=${interval}`)).json());
    for (const code of additive) {
      t.equal(
        series.rows.reduce((total, row) => total + (row.values[code] ?? 0), 0),
        summary.values[code],
        `${interval}ly ${code} sums to the summary`,
      );
    }
  }

  // Filters narrow summary and breakdown alike.
  const filtered = analyticsSummarySchema.parse((await get(app, authorization, `/api/v1/analytics/summary?${query}&sector=D&priority=green_energy`)).json());
  const filteredByRegion = analyticsBreakdownSchema.parse(
    (await get(app, authorization, `/api/v1/analytics/breakdown?${query}&sector=D&priority=green_energy&by=region`)).json(),
  );
  t.ok((filtered.values.proposals ?? 0) < 120 && (filtered.values.proposals ?? 0) > 0, `sector D: ${filtered.values.proposals} proposals`);
  t.equal(
    filteredByRegion.rows.reduce((total, row) => total + (row.values.proposals ?? 0), 0),
    filtered.values.proposals,
    'a filtered breakdown sums to the filtered summary',
  );
});

t.test('each bucket of the one-query time series is the summary of its own dates', async (t) => {
  const app = await createTestApp(t);
  await generateCollaborations(app);
  const { authorization } = await createUser(app, 'ministry');
  const collaborationCodes = indicators.filter((indicator) => indicator.scope === 'collaborations').map((indicator) => indicator.code);
  // A period that starts and ends inside a quarter: the first and last buckets are partial.
  const series = analyticsTimeseriesSchema.parse(
    (await get(app, authorization, '/api/v1/analytics/timeseries?from=2026-02-15&to=2026-11-10&interval=quarter')).json(),
  );
  t.same(
    series.rows.map((row) => row.start),
    ['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01'],
    'one row per quarter, empty ones included',
  );
  const bounds = [
    ['2026-02-15', '2026-03-31'],
    ['2026-04-01', '2026-06-30'],
    ['2026-07-01', '2026-09-30'],
    ['2026-10-01', '2026-11-10'],
  ];
  for (const [index, row] of series.rows.entries()) {
    const [from, to] = bounds[index]!;
    const summary = analyticsSummarySchema.parse((await get(app, authorization, `/api/v1/analytics/summary?from=${from}&to=${to}`)).json());
    for (const code of collaborationCodes.filter((code) => code in row.values)) {
      t.equal(row.values[code], summary.values[code], `${row.start}: ${code} is the summary of ${from}…${to}`);
    }
  }
  const empty = analyticsTimeseriesSchema.parse(
    (await get(app, authorization, '/api/v1/analytics/timeseries?from=2030-01-01&to=2030-03-31&interval=month')).json(),
  );
  t.same(
    empty.rows.map((row) => [row.start, row.values.proposals]),
    [
      ['2030-01-01', 0],
      ['2030-02-01', 0],
      ['2030-03-01', 0],
    ],
    'months without events answer zeros',
  );
});

t.test('the period is bounded: sane years, at most ten years, in order', async (t) => {
  const app = await createTestApp(t);
  const { authorization } = await createUser(app, 'ministry');
  for (const [query, path, rule] of [
    ['from=2026-01-01&to=9999-12-31&interval=month', 'query.to', 'date_out_of_range'],
    ['from=0000-01-01&to=2026-12-31', 'query.from', 'date_out_of_range'],
    ['from=2020-01-01&to=2031-01-01&interval=month', 'query.to', 'period_too_long'],
    ['to=2100-12-31&interval=month', 'query.to', 'period_too_long'],
  ] as const) {
    // Refused by the query's schema (the rule names it), so no bucket is ever computed; how long
    // that takes is not asserted, since a busy machine is not a bug.
    const response = await get(app, authorization, `/api/v1/analytics/timeseries?${query}`);
    t.equal(response.statusCode, 400, `${query}: 400`);
    t.match(apiErrorSchema.parse(response.json()).fields, [{ path, rule }], `${query}: names ${path} (${rule})`);
  }
  const tenYears = await get(app, authorization, '/api/v1/analytics/timeseries?from=2026-01-01&to=2035-12-31&interval=month');
  t.equal(analyticsTimeseriesSchema.parse(tenYears.json()).rows.length, 120, 'ten years is 120 monthly buckets, in one answer');
});

t.test('a region officer sees their own region only', async (t) => {
  const app = await createTestApp(t);
  await generateCollaborations(app);
  const officer = await createUser(app, 'region', { regionCode: 'KZ-35' });
  const ministry = await createUser(app, 'ministry');
  const own = analyticsSummarySchema.parse((await get(app, officer.authorization, '/api/v1/analytics/summary?from=2026-01-01&to=2026-12-31')).json());
  const asMinistry = analyticsSummarySchema.parse(
    (await get(app, ministry.authorization, '/api/v1/analytics/summary?from=2026-01-01&to=2026-12-31&region=KZ-35')).json(),
  );
  t.same(own.values, asMinistry.values, 'without a region filter, the officer gets their own region’s figures');
  for (const url of [
    '/api/v1/analytics/summary?region=KZ-71',
    '/api/v1/analytics/breakdown?by=sector&region=KZ-75',
    '/api/v1/analytics/timeseries?region=KZ-39',
  ]) {
    const response = await get(app, officer.authorization, url);
    t.equal(response.statusCode, 403, `${url}: 403`);
    t.equal(apiErrorSchema.parse(response.json()).code, 'NOT_YOUR_REGION', 'NOT_YOUR_REGION');
  }
  const breakdown = analyticsBreakdownSchema.parse(
    (await get(app, officer.authorization, '/api/v1/analytics/breakdown?by=region&from=2026-01-01&to=2026-12-31')).json(),
  );
  t.same(
    breakdown.rows.map((row) => row.key),
    ['KZ-35'],
    'a breakdown by region shows only theirs',
  );
});

t.test('bad filters are refused, naming them', async (t) => {
  const app = await createTestApp(t);
  const { authorization } = await createUser(app, 'ministry');
  for (const [query, path] of [
    ['from=2026-12-01&to=2026-01-01', 'query.to'],
    ['region=KZ-00', 'query.region'],
    ['sector=Z', 'query.sector'],
    ['from=31.12.2026', 'query.from'],
    ['by=planet', 'query.by'],
    ['unknown=1', 'query'],
  ] as const) {
    const url = query.startsWith('by=') ? `/api/v1/analytics/breakdown?${query}` : `/api/v1/analytics/summary?${query}`;
    const response = await get(app, authorization, url);
    t.equal(response.statusCode, 400, `${query}: 400`);
    t.ok(
      apiErrorSchema.parse(response.json()).fields?.some((field) => field.path.startsWith(path!)),
      `${query}: names ${path}`,
    );
  }
});

t.test('docs/indicators.md is exactly what the code defines', async (t) => {
  const { readFileSync } = await import('node:fs');
  const { renderIndicatorsDoc } = await import('@kopir/shared');
  t.equal(readFileSync(new URL('../../../docs/indicators.md', import.meta.url), 'utf8'), renderIndicatorsDoc(), 'up to date (run `pnpm docs:indicators`)');
});
