import { and, eq, inArray, or } from 'drizzle-orm';
import { annualReports } from '@kopir/db';
import { regionCodes } from '@kopir/shared';
import { signedInActor, type ServiceContext } from '../context.ts';
import { dueOn } from './deadlines.ts';
import { seesInternal } from './national-report.ts';
import { publicNationalReport } from './public-report.ts';
import { toReport, type ReportRow } from './report-rows.ts';

/** The checksum a reader can verify: the public view's for a national report read outside the ministry. */
function checksumFor(row: ReportRow, internal: boolean) {
  if (row.status === 'draft') return null;
  if (row.scope === 'region' || internal) return row.checksum;
  return publicNationalReport(toReport({ scope: 'national', regionCode: null, year: row.year }, row, null)).checksum;
}

const statusRow = (scope: 'region' | 'national', regionCode: string | null, year: number, row: ReportRow | undefined, internal: boolean) => ({
  scope,
  regionCode,
  year,
  status: row?.status ?? ('not_started' as const),
  dueOn: row?.dueOn ?? dueOn(scope, year),
  submittedAt: row?.submittedAt?.toISOString() ?? null,
  publishedAt: row?.publishedAt?.toISOString() ?? null,
  isLate: row?.isLate ?? false,
  checksum: row ? checksumFor(row, internal) : null,
});

/** Where each report of a year stands: every region's for the ministry, their own for a region officer; and the national one. */
export async function listReports({ ctx, input: { year } }: { ctx: ServiceContext; input: { year: number } }) {
  const actor = signedInActor(ctx);
  const regions = actor.role === 'region' ? [actor.regionCode!] : regionCodes;
  const rows = await ctx.db
    .select()
    .from(annualReports)
    .where(and(eq(annualReports.year, year), or(eq(annualReports.scope, 'national'), inArray(annualReports.regionCode, regions))));
  const national = rows.find((row) => row.scope === 'national');
  return {
    year,
    reports: [
      ...regions.map((code) =>
        statusRow(
          'region',
          code,
          year,
          rows.find((row) => row.regionCode === code),
          true,
        ),
      ),
      statusRow('national', null, year, actor.role === 'region' && national?.status !== 'published' ? undefined : national, seesInternal(ctx)),
    ],
  };
}

/** The published national reports, newest first: what the open-data page lists. */
export async function publishedReports({ ctx }: { ctx: ServiceContext }) {
  const rows = await ctx.db
    .select()
    .from(annualReports)
    .where(and(eq(annualReports.scope, 'national'), eq(annualReports.status, 'published')))
    .orderBy(annualReports.year);
  return { reports: rows.reverse().map((row) => statusRow('national', null, row.year, row, seesInternal(ctx))) };
}
