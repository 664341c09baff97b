import { stringify } from 'csv-stringify/sync';
import { indicators, type Report } from '@kopir/shared';

const name = (names: Record<string, string>) => names.en ?? names.ru ?? names.kk ?? '';

/**
 * A report as CSV, one figure per line (`section,group,indicator,value`), so a spreadsheet or a
 * script reads it without knowing the report's shape. Values are plain numbers; an empty value
 * means none (a median with no cases, or not consolidated) or, in the public national report,
 * withheld by disclosure control. UTF-8 with a BOM, for Excel.
 */
export function reportToCsv(report: Report): string {
  const { figures } = report;
  const rows: (string | number | null)[][] = [
    ['meta', '', 'scope', report.scope],
    ['meta', '', 'region', report.regionCode ?? ''],
    ['meta', '', 'year', report.year],
    ['meta', '', 'status', report.status],
    ['meta', '', 'asOf', figures.asOf],
    ['meta', '', 'submittedAt', report.submittedAt ?? ''],
    ['meta', '', 'isLate', String(report.isLate)],
    ['meta', '', 'checksum', report.checksum ?? ''],
  ];
  const figureRows = (section: string, group: string, values: Record<string, number | null>) => {
    for (const indicator of indicators) if (indicator.code in values) rows.push([section, group, indicator.code, values[indicator.code] ?? null]);
  };
  figureRows('values', '', figures.values);
  figureRows('previousYear', '', figures.previousYear);
  for (const row of figures.bySector) figureRows('bySector', row.key, row.values);
  for (const row of figures.byField) figureRows('byField', row.key, row.values);
  // The contributions (largest contracts per cell) stay out: they are for disclosure control, not a figure of the report.
  (figures.topCollaborations ?? []).forEach((collaboration, rank) => {
    const group = String(rank + 1);
    rows.push(
      ['topCollaborations', group, 'lab', name(collaboration.labName)],
      ['topCollaborations', group, 'university', name(collaboration.universityName)],
      ['topCollaborations', group, 'company', name(collaboration.companyName)],
      ['topCollaborations', group, 'budgetKzt', collaboration.budgetKzt],
      ['topCollaborations', group, 'contractedAt', collaboration.contractedAt],
    );
  });
  rows.push(['narrative', '', 'narrative', report.narrative]);
  return stringify(rows, { header: true, columns: ['section', 'group', 'indicator', 'value'], bom: true, cast: { number: (value) => String(value) } });
}
