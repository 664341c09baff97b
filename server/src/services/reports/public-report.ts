import type { IndicatorValues, Report, ReportFigures } from '@kopir/shared';
import { protectTable, type Row } from '../analytics/disclosure.ts';
import { reportChecksum } from './checksum.ts';

type Groups = ReportFigures['bySector'];

const withContributions = (rows: Groups, contributions: Groups | undefined): Row<{ values: IndicatorValues; contributions: IndicatorValues | null }>[] =>
  rows.map((row) => ({
    key: row.key,
    values: { values: row.values, contributions: contributions?.find((candidate) => candidate.key === row.key)?.values ?? null },
  }));

/**
 * The national report as the public reads it: aggregates only, every cell protected by the
 * disclosure rules, no named list of contracts and no contributions. The year and its two
 * breakdowns are one table (both sum to the year's figures); the year before is another. Its
 * checksum is over these public figures, so a public download verifies on its own; it is derived
 * from the frozen figures only, so it does not change while the rules do not.
 */
export function publicNationalReport(report: Report): Report {
  const { figures } = report;
  const { contributions } = figures;
  const year = protectTable({
    total: { values: figures.values, contributions: contributions?.values ?? null },
    breakdowns: [withContributions(figures.bySector, contributions?.bySector), withContributions(figures.byField, contributions?.byField)],
  });
  const before = protectTable({ total: { values: figures.previousYear, contributions: contributions?.previousYear ?? null }, breakdowns: [] });
  const published: ReportFigures = {
    year: figures.year,
    regionCode: figures.regionCode,
    asOf: figures.asOf,
    values: year.total,
    previousYear: before.total,
    bySector: year.breakdowns[0]!,
    byField: year.breakdowns[1]!,
    disclosureControlled: true,
    ...(figures.consolidates && { consolidates: figures.consolidates }),
    ...(figures.missingRegions && { missingRegions: figures.missingRegions }),
  };
  return { ...report, figures: published, checksum: report.checksum === null ? null : reportChecksum(published, report.narrative) };
}
