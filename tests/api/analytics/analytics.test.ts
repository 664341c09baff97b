import t from 'tap';
import { collaborations, labs, needs } from '@kopir/db';
import { analyticsBreakdownSchema, analyticsSummarySchema, analyticsTimeseriesSchema, apiErrorSchema, breakdownDimensions, fundingSources, indicators } from '@kopir/shared';
import type { App } from '@kopir/server';
import { createOrganisation, createUser } from '../../harness/factories.ts';
import { createTestApp } from '../../harness/test-app.ts';
import { random } from '../../bench/lib/generate-labs.ts';

const additive = indicators.filter((indicator) => indicator.additive && indicator.scope === 'collaborations').map((indicator) => indicator.code);
const regionsUsed = ['KZ-71', 'KZ-75', 'KZ-35', 'KZ-39'] as const;
const day = (month: number, dayOfMonth: number) => new Date(Date.UTC(2026, month, dayOfMonth, 10));

/** 120 collaborations in every state, across four regions, five sectors, fields and territories, dated through 2026. */
async function generatedCollaborations(app: App) {
  const rng = random(42);
  const universities = await Promise.all(regionsUsed.map((regionCode) => createOrganisation(app, { kind: 'university', regionCode })));
  const company = await createOrganisation(app, { kind: 'company' });
  const creator = await createUser(app, 'company', { organisationId: company.id });
  const labRows = await app.db
    .insert(labs)
    .values(
      Array.from({ length: 12 }, (_, i) => ({
        organisationId: universities[i % universities.length]!.id,
        name: { en: `Lab ${i}` },
        description: { en: 'Generated' },
        researchFields: [rng.pick(['2.7', '4.1', '1.2', '2.9'])],
        trlMin: 2,
        trlMax: 7,
        regionCode: regionsUsed[i % regionsUsed.length]!,
        territoryCode: i % 3 === 0 ? 'astana-hub' : null,
      })),
    )
    .returning();
  const needRows = await app.db
    .insert(needs)
    .values(Array.from({ length: 120 }, (_, i) => ({ organisationId: company.id, title: `Need ${i}`, description: { en: 'Generated' }, sectors: rng.some(['A', 'C', 'D', 'J', 'M'], 1, 2), trlTarget: 5, regionCode: 'KZ-71', publishedAt: day(0, 2) })))
    .returning();
  const statuses = ['proposed', 'accepted', 'declined', 'contracted', 'completed', 'cancelled'] as const;
  await app.db.insert(collaborations).values(
    needRows.map((need, i) => {
      const status = statuses[i % statuses.length]!;
      const month = Math.floor(rng.next() * 10);
      const reached = (step: number) => ['accepted', 'contracted', 'completed', 'cancelled'].includes(status) && step >= 0;
      const contracted = status === 'contracted' || status === 'completed';
      return {
        needId: need.id,
        labId: labRows[i % labRows.length]!.id,
        status,
        initiatedBy: 'company' as const,
        createdBy: creator.user.id,
        createdAt: day(month, 5),
        acceptedAt: reached(1) ? day(month, 10) : null,
        declinedAt: status === 'declined' ? day(month, 12) : null,
        cancelledAt: status === 'cancelled' ? day(month + 1, 3) : null,
        contractedAt: contracted ? day(month + 1, 15) : null,
        contractBudgetKzt: contracted ? 1_000_000 * (1 + Math.floor(rng.next() * 90)) : null,
        fundingSource: contracted ? rng.pick(fundingSources) : null,
        contractStartOn: contracted ? '2026-06-01' : null,
        completedAt: status === 'completed' ? day(month + 2, 20) : null,
        outcomePublications: status === 'completed' ? Math.floor(rng.next() * 4) : 0,
        outcomePatents: status === 'completed' ? Math.floor(rng.next() * 2) : 0,
      };
    }),
  );
}

const get = async (app: App, authorization: string, url: string) => app.inject({ method: 'GET', url, headers: { authorization } });

t.test('every breakdown and the time series sum to the summary, to the unit', async (t) => {
  const app = await createTestApp(t);
  await generatedCollaborations(app);
  const { authorization } = await createUser(app, 'ministry');
  const query = 'from=2026-01-01&to=2026-12-31';
  const summary = analyticsSummarySchema.parse((await get(app, authorization, `/api/v1/analytics/summary?${query}`)).json());
  t.equal(summary.values.proposals, 120, 'all 120 proposals in 2026');
  t.ok((summary.values.contractedVolumeKzt ?? 0) > 0, `contracted volume ${summary.values.contractedVolumeKzt} KZT`);
  t.equal(
    summary.values.contractedVolumeKzt,
    (summary.values.volumeCompanyKzt ?? 0) + (summary.values.volumeStateGrantKzt ?? 0) + (summary.values.volumeCoFundedKzt ?? 0) + (summary.values.volumeOtherKzt ?? 0),
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
      t.equal(series.rows.reduce((total, row) => total + (row.values[code] ?? 0), 0), summary.values[code], `${interval}ly ${code} sums to the summary`);
    }
  }

  // Filters narrow summary and breakdown alike.
  const filtered = analyticsSummarySchema.parse((await get(app, authorization, `/api/v1/analytics/summary?${query}&sector=D&priority=green_energy`)).json());
  const filteredByRegion = analyticsBreakdownSchema.parse((await get(app, authorization, `/api/v1/analytics/breakdown?${query}&sector=D&priority=green_energy&by=region`)).json());
  t.ok((filtered.values.proposals ?? 0) < 120 && (filtered.values.proposals ?? 0) > 0, `sector D: ${filtered.values.proposals} proposals`);
  t.equal(filteredByRegion.rows.reduce((total, row) => total + (row.values.proposals ?? 0), 0), filtered.values.proposals, 'a filtered breakdown sums to the filtered summary');
});

t.test('a region officer sees their own region only', async (t) => {
  const app = await createTestApp(t);
  await generatedCollaborations(app);
  const officer = await createUser(app, 'region', { regionCode: 'KZ-35' });
  const ministry = await createUser(app, 'ministry');
  const own = analyticsSummarySchema.parse((await get(app, officer.authorization, '/api/v1/analytics/summary?from=2026-01-01&to=2026-12-31')).json());
  const asMinistry = analyticsSummarySchema.parse((await get(app, ministry.authorization, '/api/v1/analytics/summary?from=2026-01-01&to=2026-12-31&region=KZ-35')).json());
  t.same(own.values, asMinistry.values, 'without a region filter, the officer gets their own region’s figures');
  for (const url of ['/api/v1/analytics/summary?region=KZ-71', '/api/v1/analytics/breakdown?by=sector&region=KZ-75', '/api/v1/analytics/timeseries?region=KZ-39']) {
    const response = await get(app, officer.authorization, url);
    t.equal(response.statusCode, 403, `${url}: 403`);
    t.equal(apiErrorSchema.parse(response.json()).code, 'NOT_YOUR_REGION', 'NOT_YOUR_REGION');
  }
  const breakdown = analyticsBreakdownSchema.parse((await get(app, officer.authorization, '/api/v1/analytics/breakdown?by=region&from=2026-01-01&to=2026-12-31')).json());
  t.same(breakdown.rows.map((row) => row.key), ['KZ-35'], 'a breakdown by region shows only theirs');
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
    t.ok(apiErrorSchema.parse(response.json()).fields?.some((field) => field.path.startsWith(path!)), `${query}: names ${path}`);
  }
});

t.test('docs/indicators.md is exactly what the code defines', async (t) => {
  const { readFileSync } = await import('node:fs');
  const { renderIndicatorsDoc } = await import('@kopir/shared');
  t.equal(readFileSync(new URL('../../../docs/indicators.md', import.meta.url), 'utf8'), renderIndicatorsDoc(), 'up to date (run `pnpm docs:indicators`)');
});
