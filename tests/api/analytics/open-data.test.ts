import t from 'tap';
import type { Test } from 'tap';
import { collaborations, labs, needs } from '@kopir/db';
import { analyticsBreakdownSchema, analyticsSummarySchema, indicators, openIndicatorsSchema, type IndicatorValues } from '@kopir/shared';
import type { App } from '@kopir/server';
import { createOrganisation, createUser } from '../../harness/factories.ts';
import { createTestApp } from '../../harness/test-app.ts';
import { createContracts } from '../../harness/contracts.ts';
import { recoverWithheld } from '../../harness/recover-withheld.ts';

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
    const [lab] = await app.db
      .insert(labs)
      .values({ organisationId: university.id, regionCode, researchFields: ['2.7'], name: { en: 'Lab' }, description: { en: 'Lab' }, trlMin: 2, trlMax: 7 })
      .returning();
    for (let i = 0; i < contracted + proposed; i++) {
      const [need] = await app.db
        .insert(needs)
        .values({
          organisationId: company.id,
          regionCode: 'KZ-71',
          sectors: [sector],
          title: 'Need',
          description: { en: 'Need' },
          trlTarget: 5,
          publishedAt: at('2026-01-10'),
        })
        .returning();
      const isContract = i < contracted;
      await app.db.insert(collaborations).values({
        needId: need!.id,
        labId: lab!.id,
        initiatedBy: 'company',
        createdBy: creator.user.id,
        createdAt: at('2026-02-01'),
        ...(isContract
          ? {
              status: 'contracted' as const,
              acceptedAt: at('2026-02-10'),
              contractedAt: at('2026-03-01'),
              contractBudgetKzt: 10_000_000 + i,
              fundingSource: 'company' as const,
              contractStartOn: '2026-03-01',
            }
          : { status: 'proposed' as const }),
      });
    }
  }
}

/**
 * Every figure in `published` that rests on fewer than 3 cases in `raw` (a median: fewer than 5)
 * is null, and every published median is in whole days. Bases the analytics API does not answer
 * (contracts per funding source) are checked by the tests below.
 */
function assertSuppressed(t: Test, where: string, published: IndicatorValues, raw: IndicatorValues) {
  for (const indicator of indicators) {
    if (!(indicator.code in published) || indicator.basis === null || !(indicator.basis in raw)) continue;
    const cases = raw[indicator.basis] ?? 0;
    if (cases < (indicator.unit === 'days' ? 5 : 3)) t.equal(published[indicator.code], null, `${where}: ${indicator.code} hidden (rests on ${cases})`);
    if (indicator.unit === 'days' && published[indicator.code] != null)
      t.ok(Number.isInteger(published[indicator.code]), `${where}: ${indicator.code} is rounded to whole days`);
  }
}

/** The published open data as the table an attacker works on. */
const asTable = (published: ReturnType<typeof openIndicatorsSchema.parse>) => ({
  total: published.national,
  breakdowns: [
    { name: 'region', rows: published.byRegion },
    { name: 'sector', rows: published.bySector },
  ],
});

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
  for (const [name, breakdown, publishedRows] of [
    ['region', byRegion, published.byRegion],
    ['sector', bySector, published.bySector],
  ] as const) {
    t.same(
      publishedRows.map((row) => row.key),
      breakdown.rows.map((row) => row.key),
      `by ${name}: the same groups`,
    );
    for (const row of publishedRows)
      assertSuppressed(t, `${name} ${row.key}`, row.values, breakdown.rows.find((candidate) => candidate.key === row.key)!.values);
    for (const indicator of indicators.filter((candidate) => candidate.additive && candidate.basis)) {
      const hidden = publishedRows.filter((row) => indicator.code in row.values && row.values[indicator.code] === null).length;
      t.not(hidden, 1, `by ${name}: ${indicator.code} is never hidden in exactly one group`);
    }
  }
  t.same(recoverWithheld(asTable(published)), [], 'no withheld figure can be worked out from the published ones');

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

t.test('the attacker of these tests does recover what a careless table gives away', async (t) => {
  const careless = {
    total: { contracted: 13, contractedVolumeKzt: 144, volumeCompanyKzt: 52, volumeStateGrantKzt: 25, volumeCoFundedKzt: 0, volumeOtherKzt: 67 },
    breakdowns: [
      {
        name: 'region',
        rows: [
          { key: 'KZ-79', values: { contracted: null } },
          { key: 'KZ-75', values: { contracted: 12 } },
        ],
      },
    ],
  };
  t.match(recoverWithheld(careless), [{ cell: 'region KZ-79', code: 'contracted', value: 1 }], 'the total minus the visible rows gives the hidden one');
  const bySource = { total: { ...careless.total, volumeOtherKzt: null }, breakdowns: [] };
  t.match(
    recoverWithheld(bySource),
    [{ cell: 'total', code: 'volumeOtherKzt', value: 67 }],
    'the volume minus the other funding sources gives the hidden source',
  );
});

t.test('open data: a sum by funding source, a dominated sum and a median over few contracts give no contract away', async (t) => {
  const app = await createTestApp(t);
  await createContracts(app, [
    // The attack: Almaty's three contracts, one of each source, published its three budgets.
    { regionCode: 'KZ-75', sector: 'A', budgetKzt: 52_000_000, fundingSource: 'company' },
    { regionCode: 'KZ-75', sector: 'A', budgetKzt: 25_000_000, fundingSource: 'state_grant' },
    { regionCode: 'KZ-75', sector: 'A', budgetKzt: 67_000_000, fundingSource: 'other' },
    // Astana: one contract is 91 % of the volume.
    { regionCode: 'KZ-71', sector: 'C', budgetKzt: 100_000_000, fundingSource: 'company', visibility: 'confidential' },
    { regionCode: 'KZ-71', sector: 'C', budgetKzt: 5_000_000, fundingSource: 'company' },
    { regionCode: 'KZ-71', sector: 'C', budgetKzt: 5_000_000, fundingSource: 'company' },
    // Karaganda: five contracts, 30 to 75 days from need to contract (median 50).
    ...[30, 40, 50, 60, 75].map((daysToContract) => ({
      regionCode: 'KZ-35' as const,
      sector: 'D',
      budgetKzt: 10_000_000,
      fundingSource: 'company' as const,
      daysToContract,
    })),
    // Kostanay: four state grants, no single one dominant.
    ...[20, 21, 22, 23].map((millions) => ({
      regionCode: 'KZ-39' as const,
      sector: 'J',
      budgetKzt: millions * 1_000_000,
      fundingSource: 'state_grant' as const,
    })),
  ]);
  const response = await app.inject({ method: 'GET', url: '/api/v1/public/indicators?year=2026' });
  t.equal(response.statusCode, 200, 'open data answers');
  const published = openIndicatorsSchema.parse(response.json());
  const region = (key: string) => published.byRegion.find((row) => row.key === key)!.values;
  const sector = (key: string) => published.bySector.find((row) => row.key === key)!.values;

  const { authorization } = await createUser(app, 'ministry');
  const raw = analyticsBreakdownSchema.parse(
    (await app.inject({ method: 'GET', url: '/api/v1/analytics/breakdown?by=region&from=2026-01-01&to=2026-12-31', headers: { authorization } })).json(),
  );
  t.equal(
    raw.rows.find((row) => row.key === 'KZ-75')?.values.volumeCompanyKzt,
    52_000_000,
    'the ministry’s analytics still see Almaty’s company funding (the analytics API is unchanged)',
  );

  t.equal(region('KZ-75').contracted, 3, 'Almaty’s three contracts are counted');
  for (const code of ['volumeCompanyKzt', 'volumeStateGrantKzt', 'volumeOtherKzt', 'volumeCoFundedKzt'])
    t.equal(region('KZ-75')[code], null, `Almaty’s ${code} rests on fewer than three contracts of that source: withheld`);
  t.equal(region('KZ-75').medianDaysToContract, null, 'a median over three contracts is one contract’s value: withheld');
  for (const [where, values] of [
    ['Astana', region('KZ-71')],
    ['sector C', sector('C')],
  ] as const) {
    t.equal(values.contracted, 3, `${where}: three contracts, counted`);
    t.equal(values.contractedVolumeKzt, null, `${where}: the volume is 91 % one contract: withheld`);
    t.equal(values.volumeCompanyKzt, null, `${where}: and so is the company funding`);
  }
  t.equal(region('KZ-35').medianDaysToContract, 50, 'a median over five contracts is published, in whole days');
  t.equal(region('KZ-39').medianDaysToContract, null, 'over four it is not');
  t.equal(region('KZ-39').volumeStateGrantKzt, 86_000_000, 'four state grants, none dominant, are published');
  t.equal(published.national.volumeOtherKzt, null, 'the nation’s one “other” contract is withheld too');

  const text = JSON.stringify(published);
  for (const budget of [52_000_000, 25_000_000, 67_000_000, 100_000_000])
    t.notMatch(text, new RegExp(`\\b${budget}\\b`), `no published figure is the ${budget.toLocaleString('en')} contract’s budget`);
  t.same(
    recoverWithheld(asTable(published)),
    [],
    'no withheld figure can be worked out: totals minus rows, regions against sectors, funding sources against the volume',
  );
});
