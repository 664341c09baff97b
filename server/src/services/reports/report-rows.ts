import { and, eq, isNull } from 'drizzle-orm';
import { annualReports, type DbOrTransaction } from '@kopir/db';
import type { Report, ReportFigures } from '@kopir/shared';
import { AppError } from '../../errors.ts';
import { dueOn } from './deadlines.ts';

export type ReportRow = typeof annualReports.$inferSelect;
export type ReportKey = { scope: 'region'; regionCode: string; year: number } | { scope: 'national'; regionCode: null; year: number };

const whereKey = (key: ReportKey) =>
  and(
    eq(annualReports.scope, key.scope),
    key.regionCode === null ? isNull(annualReports.regionCode) : eq(annualReports.regionCode, key.regionCode),
    eq(annualReports.year, key.year),
  );

/** The report's row, locked for the rest of the transaction; created as an empty draft if there is none. */
export async function lockReportRow(tx: DbOrTransaction, key: ReportKey): Promise<ReportRow> {
  await tx
    .insert(annualReports)
    .values({ scope: key.scope, regionCode: key.regionCode, year: key.year, dueOn: dueOn(key.scope, key.year), narrative: '' })
    .onConflictDoNothing();
  const [row] = await tx.select().from(annualReports).where(whereKey(key)).for('update');
  return row!;
}

export async function findReportRow(db: DbOrTransaction, key: ReportKey): Promise<ReportRow | undefined> {
  const [row] = await db.select().from(annualReports).where(whereKey(key));
  return row;
}

/** A report as the API answers it: frozen figures once submitted or published, else `draftFigures`. */
export function toReport(key: ReportKey, row: ReportRow | undefined, draftFigures: ReportFigures | null): Report {
  const frozen = row && row.status !== 'draft';
  return {
    scope: key.scope,
    regionCode: key.regionCode,
    year: key.year,
    status: row?.status ?? 'not_started',
    dueOn: row?.dueOn ?? dueOn(key.scope, key.year),
    narrative: row?.narrative ?? '',
    figures: (frozen ? row.figures : draftFigures) as ReportFigures,
    checksum: frozen ? row.checksum : null,
    submittedAt: row?.submittedAt?.toISOString() ?? null,
    publishedAt: row?.publishedAt?.toISOString() ?? null,
    isLate: row?.isLate ?? false,
  };
}

/**
 * Runs a freeze (submit or publish) in its repeatable-read transaction. If someone else changed
 * the report meanwhile, PostgreSQL refuses to serialise the two; the loser hears 409, not 500.
 */
export async function freezing<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const code = (error as { code?: string; cause?: { code?: string } }).code ?? (error as { cause?: { code?: string } }).cause?.code;
    if (code === '40001') throw new AppError('REPORT_CHANGED', 'The report was changed at the same moment; reload it and try again');
    throw error;
  }
}
