import { eq } from 'drizzle-orm';
import { annualReports } from '@kopir/db';
import { AppError, notYourRegion } from '../../errors.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { reportChecksum } from './checksum.ts';
import { isLate, yearIsOver } from './deadlines.ts';
import { liveFigures } from './live-figures.ts';
import { findReportRow, freezing, lockReportRow, toReport, type ReportKey } from './report-rows.ts';

type Input = { ctx: ServiceContext; input: { region: string; year: number } };
const keyOf = ({ region, year }: Input['input']): ReportKey => ({ scope: 'region', regionCode: region, year });

/** Region officers work on their own region's report only; the ministry and admins read every region's. */
function assertMayRead(ctx: ServiceContext, region: string) {
  const actor = signedInActor(ctx);
  if (actor.role === 'region' && actor.regionCode !== region) {
    throw notYourRegion('Region officers see their own region’s report only', actor.regionCode);
  }
}

function assertMayWrite(ctx: ServiceContext, region: string) {
  const actor = signedInActor(ctx);
  if (actor.role !== 'region' || actor.regionCode !== region) {
    throw notYourRegion('Only the region’s own officer writes and submits its report', actor.regionCode);
  }
}

const frozenError = () => new AppError('REPORT_FROZEN', 'The report has been submitted; its figures and narrative are frozen');

/** The report: frozen once submitted; until then a draft with the figures as they are now. */
export async function getRegionReport({ ctx, input }: Input) {
  assertMayRead(ctx, input.region);
  const row = await findReportRow(ctx.db, keyOf(input));
  const draft = row && row.status !== 'draft' ? null : await liveFigures(ctx.db, input.region, input.year, ctx.now());
  return toReport(keyOf(input), row, draft);
}

/** Saves the narrative of a draft; a submitted report refuses. */
export async function saveRegionNarrative({ ctx, input }: { ctx: ServiceContext; input: Input['input'] & { narrative: string } }) {
  assertMayWrite(ctx, input.region);
  await ctx.db.transaction(async (tx) => {
    const row = await lockReportRow(tx, keyOf(input));
    if (row.status !== 'draft') throw frozenError();
    await tx.update(annualReports).set({ narrative: input.narrative, updatedAt: ctx.now() }).where(eq(annualReports.id, row.id));
  });
  return getRegionReport({ ctx, input });
}

/**
 * Submits the report: the figures are taken from live data in one consistent snapshot, frozen
 * with the narrative under a checksum, and marked late after 1 April. Nothing changes them after.
 */
export async function submitRegionReport({ ctx, input }: Input) {
  assertMayWrite(ctx, input.region);
  const actor = signedInActor(ctx);
  const now = ctx.now();
  if (!yearIsOver(input.year, now)) throw new AppError('REPORT_YEAR_NOT_OVER', `The ${input.year} report can be submitted once the year is over`);
  await freezing(() =>
    ctx.db.transaction(
      async (tx) => {
        const row = await lockReportRow(tx, keyOf(input));
        if (row.status !== 'draft') throw frozenError();
        if (!row.narrative?.trim()) throw new AppError('NARRATIVE_REQUIRED', 'Write the narrative the Concept asks for before submitting');
        const figures = await liveFigures(tx, input.region, input.year, now);
        await tx
          .update(annualReports)
          .set({
            status: 'submitted',
            figures,
            checksum: reportChecksum(figures, row.narrative),
            submittedAt: now,
            submittedBy: actor.id,
            isLate: isLate('region', input.year, now),
            updatedAt: now,
          })
          .where(eq(annualReports.id, row.id));
      },
      { isolationLevel: 'repeatable read' },
    ),
  );
  return getRegionReport({ ctx, input });
}
