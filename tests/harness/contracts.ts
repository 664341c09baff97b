import { collaborations, labs, needs } from '@kopir/db';
import type { FundingSource, RegionCode } from '@kopir/shared';
import type { App } from '@kopir/server';
import { createOrganisation, createUser } from './factories.ts';

export interface ContractSpec {
  regionCode: RegionCode;
  sector: string;
  field?: string;
  budgetKzt: number;
  fundingSource: FundingSource;
  /** When the contract was signed: 1 March 2026 unless told (the need is published 10 January). */
  contractedOn?: string;
  /** Days from the need's publication to the contract; 50 unless told. */
  daysToContract?: number;
  needTitle?: string;
  visibility?: 'public' | 'confidential';
  companyName?: string;
  labName?: string;
}

/**
 * One contracted collaboration per spec, each with its own need, company and lab (named as told),
 * inserted directly as the analytics read them: exact contracts for disclosure tests, where the
 * generated collaborations of collaborations.ts are too random to reason about.
 */
export async function createContracts(app: App, specs: ContractSpec[]) {
  const created = [];
  for (const spec of specs) {
    const contractedAt = new Date(`${spec.contractedOn ?? '2026-03-01'}T10:00:00Z`);
    const publishedAt = new Date(contractedAt.getTime() - (spec.daysToContract ?? 50) * 86_400_000);
    const company = await createOrganisation(app, { kind: 'company', ...(spec.companyName && { name: { en: spec.companyName } }) });
    const creator = await createUser(app, 'company', { organisationId: company.id });
    const university = await createOrganisation(app, { kind: 'university', regionCode: spec.regionCode });
    const [lab] = await app.db
      .insert(labs)
      .values({
        organisationId: university.id,
        regionCode: spec.regionCode,
        researchFields: [spec.field ?? '2.7'],
        name: { en: spec.labName ?? 'Lab' },
        description: { en: 'Lab' },
        trlMin: 2,
        trlMax: 7,
      })
      .returning();
    const [need] = await app.db
      .insert(needs)
      .values({
        organisationId: company.id,
        regionCode: 'KZ-71',
        sectors: [spec.sector],
        title: spec.needTitle ?? 'Need',
        description: { en: 'Need' },
        trlTarget: 5,
        publishedAt,
        visibility: spec.visibility ?? 'public',
      })
      .returning();
    const [collaboration] = await app.db
      .insert(collaborations)
      .values({
        needId: need!.id,
        labId: lab!.id,
        initiatedBy: 'company',
        createdBy: creator.user.id,
        status: 'contracted',
        createdAt: publishedAt,
        acceptedAt: publishedAt,
        contractedAt,
        contractBudgetKzt: spec.budgetKzt,
        fundingSource: spec.fundingSource,
        contractStartOn: spec.contractedOn ?? '2026-03-01',
      })
      .returning();
    created.push({ company, university, lab: lab!, need: need!, collaboration: collaboration! });
  }
  return created;
}
