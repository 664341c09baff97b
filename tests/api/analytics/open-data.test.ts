import t from 'tap';
import type { Test } from 'tap';
import { collaborations, labs, needs } from '@kopir/db';
import { analyticsBreakdownSchema, analyticsSummarySchema, indicators, openIndicatorsSchema, type IndicatorValues } from '@kopir/shared';
import type { App } from '@kopir/server';
import { createOrganisation, createUser } from '../../harness/factories.ts';
import { createTestApp } from '../../harness/test-app.ts';

const at = (iso: string) => new Date(`${iso}T10:00:00Z`);

/**
 * Contracts in 2026 per region and sector: Astana 5 (sector C), Almaty 4 (sector A), Shymkent 1
 * (sector A), Karaganda 3 and 2 proposals that went nowhere (sector D).
 */
async function contractsByRegion(app: App) {
  const company = await createOrganisation(app, { kind: 'company' });
  const creator = await createUser(app, 'company', { organisationId: company.id });
  const plan = [
    { regionCode: 'KZ-71', sector: 'C', contracted: 5, proposed: 0 },
    { regionCode: 'KZ-75', sector: 'A', contracted: 4, proposed: 0 },
    { regionCode: 'KZ-79', sector: 'A', contracted: 1, proposed: 0 },
    { regionCode: 'KZ-35', sector: 'D', contracted: 3, proposed: 2 },
  ];
  for (const { regionCode, sector, contracted, proposed } of plan) {
    const university = await createOrganisation(app, { kind: 'university', regionCode });
    const [lab] = await app.db.insert(labs).values({ organisationId: university.id, regionCode, researchFields: ['2.7'], name: { en: 'Lab' }, description: { en: 'Lab' }, trlMin: 2, trlMax: 7 }).returning();
    for (let i = 0; i < contracted + proposed; i++) {
      const [need] = await app.db.insert(needs).values({ organisationId: company.id, regionCode: 'KZ-71', sectors: [sector], title: 'Need', description: { en: 'Need' }, trlTarget: 5, publishedAt: at('2026-01-10') }).returning();
      const isContract = i < contracted;
      await app.db.insert(collaborations).values({
        needId: need!.id, labId: lab!.id, initiatedBy: 'company', createdBy: creator.user.id, createdAt: at('2026-02-01'),
        ...(isContract
          ? { status: 'contracted' as const, acceptedAt: at('2026-02-10'), contractedAt: at('2026-03-01'), contractBudgetKzt: 10_000_000 + i, fundingSource: 'company' as const, contractStartOn: '2026-03-01' }
          : { status: 'proposed' as const }),
      });
    }
  }
}

/** Every figure in `published` that rests on fewer than 3 cases in `raw` is null. */
function assertSuppressed(t: Test, where: string, published: IndicatorValues, raw: IndicatorValues) {
  for (const indicator of indicators) {
    if (!(indicator.code in published) || indicator.basis === null) continue;
    if ((raw[indicator.basis] ?? 0) < 3) t.equal(published[indicator.code], null, `${where}: ${indicator.code} hidden (rests on ${raw[indicator.basis] ?? 0})`);
  }
}

t.test('open data: no sign-in, aggregates only, every cell under 3 suppressed, and no total gives one away', async (t) => {
  const app = await createTestApp(t);
  await contractsByRegion(app);
  const response = await app.inject({ method: 'GET', url: '/api/v1/public/indicators?year=2026' });
  t.equal(response.statusCode, 200, 'anyone may read it');
  t.match(response.headers['cache-control'], /public/, 'cacheable by proxies');
  const published = openIndicatorsSchema.parse(response.json());

  const { authorization } = await createUser(app, 'ministry');
  const raw = async (url: string) => (await app.inject({ method: 'GET', url, headers: { authorization } })).json();
  const national = analyticsSummarySchema.parse(await raw('/api/v1/analytics/summary?from=2026-01-01&to=2026-12-31')).values;
  const byRegion = analyticsBreakdownSchema.parse(await raw('/api/v1/analytics/breakdown?by=region&from=2026-01-01&to=2026-12-31'));
  const bySector = analyticsBreakdownSchema.parse(await raw('/api/v1/analytics/breakdown?by=sector&from=2026-01-01&to=2026-12-31'));

  t.equal(published.national.contracted, 13, 'the national count is published');
  t.equal(published.national.contractedVolumeKzt, national.contractedVolumeKzt, 'and the national volume');
  t.equal(published.national.companies, national.companies, 'catalogue counts are public');
  assertSuppressed(t, 'national', published.national, national);
  for (const [name, breakdown, publishedRows] of [['region', byRegion, published.byRegion], ['sector', bySector, published.bySector]] as const) {
    t.same(publishedRows.map((row) => row.key), breakdown.rows.map((row) => row.key), `by ${name}: the same groups`);
    for (const row of publishedRows) assertSuppressed(t, `${name} ${row.key}`, row.values, breakdown.rows.find((candidate) => candidate.key === row.key)!.values);
    for (const indicator of indicators.filter((candidate) => candidate.additive && candidate.basis)) {
      const hidden = publishedRows.filter((row) => indicator.code in row.values && row.values[indicator.code] === null).length;
      t.not(hidden, 1, `by ${name}: ${indicator.code} is never hidden in exactly one group`);
    }
  }

  const region = (key: string) => published.byRegion.find((row) => row.key === key)!.values;
  t.equal(region('KZ-79').contracted, null, 'Shymkent’s single contract is hidden');
  t.equal(region('KZ-79').contractedVolumeKzt, null, 'and so is its budget');
  t.equal(region('KZ-35').contracted, null, 'Karaganda’s three, the next smallest, are hidden too, or the total would reveal Shymkent’s');
  t.equal(region('KZ-75').contracted, 4, 'Almaty’s four are published');
  t.equal(region('KZ-71').contracted, 5, 'Astana’s five are published');
  t.equal(region('KZ-79').proposals, null, 'Shymkent’s single proposal is hidden');
  t.equal(region('KZ-75').proposals, null, 'and Almaty’s four proposals, the next smallest');
  t.equal(region('KZ-35').proposals, 5, 'Karaganda’s five proposals are published');
  t.equal(published.bySector.find((row) => row.key === 'A')!.values.contracted, 5, 'sector A (Almaty 4 + Shymkent 1) is published');

  const text = JSON.stringify(published);
  t.notMatch(text, /"id"|organisationId|labId|needId|title|email/, 'no identifiers or names of anything, only aggregates');
});

t.test('open data refuses a bad year, naming it', async (t) => {
  const app = await createTestApp(t);
  for (const year of ['1999', 'abc', '2026.5']) {
    const response = await app.inject({ method: 'GET', url: `/api/v1/public/indicators?year=${year}` });
    t.equal(response.statusCode, 400, `year=${year}: 400`);
    t.equal(response.json().fields?.[0]?.path, 'query.year', 'names query.year');
  }
});
