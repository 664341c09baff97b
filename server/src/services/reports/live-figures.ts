import { and, desc, eq, gte, isNotNull, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { collaborations, labs, needs, organisations, type DbOrTransaction } from '@kopir/db';
import type { ReportFigures } from '@kopir/shared';
import { computeBreakdown, computeSummary } from '../analytics/analytics.ts';
import { contributionBreakdown, contributionTotals } from '../analytics/contribution-facts.ts';
import { calendarYear } from '../analytics/facts.ts';

/** How many of the largest contracts a report lists, regional or national. */
export const TOP_COLLABORATIONS = 10;
/** The year's largest contracts performed in the region (or anywhere), largest first. */
async function topCollaborations(db: DbOrTransaction, regionCode: string | null, year: number) {
  const university = alias(organisations, 'university');
  const company = alias(organisations, 'company');
  const rows = await db
    .select({ collaboration: collaborations, lab: labs, need: needs, university, company })
    .from(collaborations)
    .innerJoin(labs, eq(labs.id, collaborations.labId))
    .innerJoin(university, eq(university.id, labs.organisationId))
    .innerJoin(needs, eq(needs.id, collaborations.needId))
    .innerJoin(company, eq(company.id, needs.organisationId))
    .where(
      and(
        isNotNull(collaborations.contractedAt),
        gte(collaborations.contractedAt, new Date(`${year}-01-01T00:00:00Z`)),
        lt(collaborations.contractedAt, new Date(`${year + 1}-01-01T00:00:00Z`)),
        regionCode ? eq(labs.regionCode, regionCode) : undefined,
      ),
    )
    .orderBy(sql`${collaborations.contractBudgetKzt} desc nulls last`, desc(collaborations.contractedAt))
    .limit(TOP_COLLABORATIONS);
  return rows.map(({ collaboration, lab, need, university, company }) => ({
    id: collaboration.id,
    labName: lab.name as Record<string, string>,
    universityName: university.name as Record<string, string>,
    companyName: company.name as Record<string, string>,
    regionCode: lab.regionCode,
    // A confidential need's title is for the company, its invited labs and the ministry only.
    needTitle: need.visibility === 'public' ? need.title : null,
    budgetKzt: collaboration.contractBudgetKzt,
    fundingSource: collaboration.fundingSource,
    contractedAt: collaboration.contractedAt!.toISOString(),
  }));
}

/**
 * A region's (or, with no region, the whole country's) figures for a year from live data: every
 * indicator, the year before for comparison, the breakdowns by sector and field, the largest
 * contracts, and each cell's contributions (for the disclosure control of the national report).
 * Run inside a repeatable-read transaction, the parts agree with each other.
 */
export async function liveFigures(db: DbOrTransaction, regionCode: string | null, year: number, asOf: Date): Promise<ReportFigures> {
  const filters = calendarYear(year, regionCode);
  const before = calendarYear(year - 1, regionCode);
  const [current, previousYear, bySector, byField, top, contributions] = await Promise.all([
    computeSummary(db, filters),
    computeSummary(db, before),
    computeBreakdown(db, filters, 'sector'),
    computeBreakdown(db, filters, 'field'),
    topCollaborations(db, regionCode, year),
    Promise.all([
      contributionTotals(db, filters),
      contributionTotals(db, before),
      contributionBreakdown(db, filters, 'sector'),
      contributionBreakdown(db, filters, 'field'),
    ]),
  ]);
  const [values, previous, sectors, fields] = contributions;
  const rows = (map: Map<string, Record<string, number | null>>) => [...map.entries()].map(([key, row]) => ({ key, values: row }));
  return {
    year,
    regionCode,
    asOf: asOf.toISOString(),
    values: current.values,
    previousYear: previousYear.values,
    bySector: bySector.rows,
    byField: byField.rows,
    topCollaborations: top,
    contributions: { values, previousYear: previous, bySector: rows(sectors), byField: rows(fields) },
  };
}
