import t from 'tap';
import { collaborations, labs, needs, organisations } from '@kopir/db';
import { eq } from 'drizzle-orm';
import { analyticsBreakdownSchema, analyticsSummarySchema, collaborationIndicatorCodes } from '@kopir/shared';
import type { App } from '@kopir/server';
import { createOrganisation, createUser } from '../../harness/factories.ts';
import { createTestApp } from '../../harness/test-app.ts';

const at = (iso: string) => new Date(`${iso}T10:00:00Z`);

/**
 * A small world whose figures are known by hand, for 2026:
 * - Astana (KZ-71): a verified university with two labs (one hidden), a verified company with three
 *   needs (agro, energy; one closed in March), a company registered in 2027.
 * - Almaty (KZ-75): an unverified university with one lab, an unverified company with one need.
 */
async function knownWorld(app: App) {
  const verifiedUniversity = await createOrganisation(app, { kind: 'university', regionCode: 'KZ-71', verifiedAt: at('2026-02-01') });
  const almatyUniversity = await createOrganisation(app, { kind: 'university', regionCode: 'KZ-75' });
  const company = await createOrganisation(app, { kind: 'company', regionCode: 'KZ-71', verifiedAt: at('2026-03-01') });
  const almatyCompany = await createOrganisation(app, { kind: 'company', regionCode: 'KZ-75' });
  await createOrganisation(app, { kind: 'company', regionCode: 'KZ-71', createdAt: at('2027-01-10') });
  const creator = await createUser(app, 'company', { organisationId: company.id });

  const lab = (organisationId: string, regionCode: string, researchFields: string[], status: 'active' | 'hidden' = 'active') => ({
    organisationId,
    regionCode,
    researchFields,
    status,
    name: { en: 'Lab' },
    description: { en: 'Lab' },
    trlMin: 2,
    trlMax: 7,
  });
  const [agroLab, , almatyLab] = await app.db
    .insert(labs)
    .values([lab(verifiedUniversity.id, 'KZ-71', ['4.1']), lab(verifiedUniversity.id, 'KZ-71', ['2.7'], 'hidden'), lab(almatyUniversity.id, 'KZ-75', ['2.7'])])
    .returning();

  const need = (organisationId: string, regionCode: string, sectors: string[], publishedAt: string, closedAt?: string) => ({
    organisationId,
    regionCode,
    sectors,
    title: 'Need',
    description: { en: 'Need' },
    trlTarget: 5,
    publishedAt: at(publishedAt),
    ...(closedAt && { status: 'closed' as const, closedReason: 'company' as const, closedAt: at(closedAt) }),
  });
  const [agroNeed, energyNeed, closedNeed, almatyNeed] = await app.db
    .insert(needs)
    .values([
      need(company.id, 'KZ-71', ['A'], '2026-01-01'),
      need(company.id, 'KZ-71', ['D'], '2026-02-01'),
      need(company.id, 'KZ-71', ['C'], '2026-01-15', '2026-03-01'),
      need(almatyCompany.id, 'KZ-75', ['A'], '2026-05-01'),
    ])
    .returning();

  const base = { initiatedBy: 'company' as const, createdBy: creator.user.id };
  await app.db.insert(collaborations).values([
    // The agro need: first proposal after 10 days, contracted in April.
    {
      ...base,
      needId: agroNeed!.id,
      labId: agroLab!.id,
      status: 'contracted',
      createdAt: at('2026-01-11'),
      acceptedAt: at('2026-01-20'),
      contractedAt: at('2026-04-01'),
      contractBudgetKzt: 5_000_000,
      fundingSource: 'company',
      contractStartOn: '2026-04-01',
    },
    // The energy need: first proposal after 30 days, still open.
    { ...base, needId: energyNeed!.id, labId: almatyLab!.id, status: 'proposed', createdAt: at('2026-03-03') },
    // The Almaty need: a proposal after 20 days, declined.
    {
      ...base,
      needId: almatyNeed!.id,
      labId: almatyLab!.id,
      status: 'declined',
      createdAt: at('2026-05-21'),
      declinedAt: at('2026-05-25'),
      closingReasonCode: 'budget_mismatch',
    },
  ]);
  return { closedNeed, company };
}

const get = async (app: App, authorization: string, url: string) => app.inject({ method: 'GET', url, headers: { authorization } });

t.test('the catalogue and need-to-contract indicators, against figures known by hand', async (t) => {
  const app = await createTestApp(t);
  await knownWorld(app);
  const { authorization } = await createUser(app, 'ministry'); // makes no organisation
  const summary = async (query: string, to = '2026-12-31') =>
    analyticsSummarySchema.parse((await get(app, authorization, `/api/v1/analytics/summary?from=2026-01-01&to=${to}${query}`)).json()).values;

  const national = await summary('');
  // createUser('company') above joined an existing company, so no extra organisation exists.
  t.match(
    national,
    { universities: 2, universitiesVerified: 1, companies: 2, companiesVerified: 1 },
    'organisations registered in 2026, verified or not; the 2027 one is not counted',
  );
  t.equal(national.labs, 2, 'active labs only (the hidden one is not counted)');
  t.equal(national.openNeeds, 3, 'open at the end of 2026: the closed need is not');
  t.equal(national.needsPublished, 4, 'needs published in 2026');
  t.equal(national.needsProposed, 3, 'needs with a proposal');
  t.equal(national.needsContracted, 1, 'needs that reached a contract');
  t.equal(national.shareNeedsContracted, 0.25, 'share of needs reaching a contract: 1 of 4');
  t.equal(national.medianDaysToFirstProposal, 20, 'median of 10, 30 and 20 days to a first proposal');
  t.equal(national.companiesWithContract, 1, 'one company has a contract');
  t.equal(national.shareCompaniesWithContract, 0.5, 'one of two companies');
  t.equal(national.companiesContractingInPeriod, 1, 'the company contracted in 2026');
  t.equal(national.universitiesContractingInPeriod, 1, 'the Astana university contracted in 2026');
  t.equal(national.giiCollaborationProxy, 0.5, 'mean of 1/2 companies and 1/2 universities');

  const astana = await summary('&region=KZ-71');
  t.match(
    astana,
    { universities: 1, companies: 1, labs: 1, needsPublished: 3, openNeeds: 2, shareCompaniesWithContract: 1, giiCollaborationProxy: 1 },
    'Astana’s own organisations, labs and needs',
  );
  const almaty = await summary('&region=KZ-75');
  t.match(
    almaty,
    { universities: 1, companies: 1, labs: 1, needsPublished: 1, needsContracted: 0, shareNeedsContracted: 0, giiCollaborationProxy: 0 },
    'Almaty’s',
  );
  for (const code of ['labs', 'universities', 'companies', 'needsPublished', 'needsContracted', 'companiesWithContract']) {
    t.equal((astana[code] ?? 0) + (almaty[code] ?? 0), national[code], `${code}: the regions sum to the nation`);
  }

  const agro = await summary('&priority=agro');
  t.equal(agro.needsPublished, 2, 'the agro priority area: the two sector-A needs');
  t.equal(agro.labs, 1, 'and the agricultural-science lab');

  const before = await summary('', '2026-01-31');
  t.match(before, { needsPublished: 2, openNeeds: 2, needsProposed: 1, universitiesVerified: 0 }, 'as of the end of January');

  const breakdown = analyticsBreakdownSchema.parse(
    (await get(app, authorization, '/api/v1/analytics/breakdown?by=region&from=2026-01-01&to=2026-12-31')).json(),
  );
  t.same(Object.keys(breakdown.total).sort(), [...collaborationIndicatorCodes].sort(), 'a breakdown carries the collaboration indicators only');
});

t.test('a period before anything existed has zero counts and no shares', async (t) => {
  const app = await createTestApp(t);
  await knownWorld(app);
  const { authorization } = await createUser(app, 'ministry');
  const values = analyticsSummarySchema.parse((await get(app, authorization, '/api/v1/analytics/summary?from=2020-01-01&to=2020-12-31')).json()).values;
  t.match(
    values,
    { labs: 0, companies: 0, needsPublished: 0, shareNeedsContracted: null, medianDaysToFirstProposal: null, giiCollaborationProxy: null },
    'nothing to divide by gives null, not 0 or NaN',
  );
});

t.test('closing a need removes it from the open needs of later periods only', async (t) => {
  const app = await createTestApp(t);
  const { closedNeed } = await knownWorld(app);
  const { authorization } = await createUser(app, 'ministry');
  const openIn = async (to: string) =>
    analyticsSummarySchema.parse((await get(app, authorization, `/api/v1/analytics/summary?from=2026-01-01&to=${to}`)).json()).values.openNeeds;
  t.equal(await openIn('2026-02-15'), 3, 'open in mid-February, before it closed');
  t.equal(await openIn('2026-03-31'), 2, 'not open at the end of March');
  await app.db.update(needs).set({ status: 'open', closedAt: null, closedReason: null }).where(eq(needs.id, closedNeed!.id));
  t.equal(await openIn('2026-03-31'), 3, 'reopened, it counts again');
  await app.db.update(organisations).set({ verifiedAt: null });
  t.equal(
    analyticsSummarySchema.parse((await get(app, authorization, '/api/v1/analytics/summary?from=2026-01-01&to=2026-12-31')).json()).values.companiesVerified,
    0,
    'verification withdrawn: not verified',
  );
});
