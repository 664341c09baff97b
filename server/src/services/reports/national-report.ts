import { and, eq } from 'drizzle-orm';
import { annualReports } from '@kopir/db';
import type { ReportFigures } from '@kopir/shared';
import { readsEverything } from '../../access/actor.ts';
import { AppError, notFound } from '../../errors.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { reportChecksum } from './checksum.ts';
import { consolidate } from './consolidate.ts';
import { isLate, yearIsOver } from './deadlines.ts';
import { publicNationalReport } from './public-report.ts';
import { findReportRow, freezing, lockReportRow, toReport, type ReportKey } from './report-rows.ts';
import type { DbOrTransaction } from '@kopir/db';

type Input = { ctx: ServiceContext; input: { year: number } };
const keyOf = ({ year }: Input['input']): ReportKey => ({ scope: 'national', regionCode: null, year });
/** The ministry and admins: the draft consolidation, and the published report whole. */
export const seesInternal = (ctx: ServiceContext) => readsEverything(ctx.actor);

/** The regions' frozen figures for the year, as submitted. */
async function submittedRegionalFigures(db: DbOrTransaction, year: number): Promise<ReportFigures[]> {
  const rows = await db
    .select({ figures: annualReports.figures })
    .from(annualReports)
    .where(and(eq(annualReports.scope, 'region'), eq(annualReports.year, year), eq(annualReports.status, 'submitted')))
    .orderBy(annualReports.regionCode);
  return rows.map((row) => row.figures as ReportFigures);
}

/**
 * The national report: once published, for everyone (the ministry and admins read it whole,
 * everyone else its public, disclosure-controlled view); before that, the ministry's draft
 * consolidation.
 */
export async function getNationalReport({ ctx, input }: Input) {
  const row = await findReportRow(ctx.db, keyOf(input));
  if (row?.status === 'published') {
    const report = toReport(keyOf(input), row, null);
    return seesInternal(ctx) ? report : publicNationalReport(report);
  }
  if (!seesInternal(ctx)) throw notFound(`The national report for ${input.year}`);
  return toReport(keyOf(input), row, consolidate(input.year, await submittedRegionalFigures(ctx.db, input.year), ctx.now()));
}

export async function saveNationalNarrative({ ctx, input }: { ctx: ServiceContext; input: Input['input'] & { narrative: string } }) {
  await ctx.db.transaction(async (tx) => {
    const row = await lockReportRow(tx, keyOf(input));
    if (row.status !== 'draft') throw new AppError('REPORT_FROZEN', 'The national report has been published; it is frozen');
    await tx.update(annualReports).set({ narrative: input.narrative, updatedAt: ctx.now() }).where(eq(annualReports.id, row.id));
  });
  return getNationalReport({ ctx, input });
}

/**
 * Publishes the national report: the regions' frozen figures summed as they stand now, frozen
 * with the ministry's narrative under a checksum, late after 1 May. Regions that have not
 * submitted are named in the figures.
 */
export async function publishNationalReport({ ctx, input }: Input) {
  const actor = signedInActor(ctx);
  const now = ctx.now();
  if (!yearIsOver(input.year, now)) throw new AppError('REPORT_YEAR_NOT_OVER', `The ${input.year} report can be published once the year is over`);
  await freezing(() =>
    ctx.db.transaction(
      async (tx) => {
        const row = await lockReportRow(tx, keyOf(input));
        if (row.status !== 'draft') throw new AppError('REPORT_FROZEN', 'The national report has already been published');
        if (!row.narrative?.trim()) throw new AppError('NARRATIVE_REQUIRED', 'Write the ministry’s narrative before publishing');
        const regional = await submittedRegionalFigures(tx, input.year);
        if (regional.length === 0) throw new AppError('NOTHING_TO_CONSOLIDATE', 'No region has submitted its report for this year yet');
        const figures = consolidate(input.year, regional, now);
        await tx
          .update(annualReports)
          .set({
            status: 'published',
            figures,
            checksum: reportChecksum(figures, row.narrative),
            submittedAt: now,
            submittedBy: actor.id,
            publishedAt: now,
            publishedBy: actor.id,
            isLate: isLate('national', input.year, now),
            updatedAt: now,
          })
          .where(eq(annualReports.id, row.id));
      },
      { isolationLevel: 'repeatable read' },
    ),
  );
  return getNationalReport({ ctx, input });
}
