import { stringify } from 'csv-stringify/sync';
import { indicators, pickText, researchFields, sectors, type Locale, type Report } from '@kopir/shared';
import { csvWords, type MetaField } from './report-csv-words.ts';

const indicatorNames = new Map(indicators.map((indicator) => [indicator.code, indicator.labels]));
const sectorNames = new Map<string, Record<Locale, string>>(sectors.map((sector) => [sector.code, sector.labels]));
const fieldNames = new Map<string, Record<Locale, string>>(researchFields.map((field) => [field.code, field.labels]));

/**
 * A report as CSV, one figure per line: `section, group, indicator, value` as codes and plain
 * numbers, so a spreadsheet or a script reads it without knowing the report's shape, then the
 * indicator's and the group's names in `locale`, for people. Headers are in `locale` too. An empty
 * value means none (a median with no cases, or not consolidated) or, in the public national
 * report, withheld by disclosure control. UTF-8 with a BOM, for Excel.
 */
export function reportToCsv(report: Report, locale: Locale): string {
  const words = csvWords[locale];
  const { figures } = report;
  const rows: (string | number | null)[][] = [];
  const meta = (field: MetaField, value: string | number) => rows.push(['meta', '', field, value, words.meta[field], '']);
  meta('scope', report.scope);
  meta('region', report.regionCode ?? '');
  meta('year', report.year);
  meta('status', report.status);
  meta('asOf', figures.asOf);
  meta('submittedAt', report.submittedAt ?? '');
  meta('isLate', String(report.isLate));
  meta('checksum', report.checksum ?? '');
  const figureRows = (section: string, group: string, groupName: string, values: Record<string, number | null>) => {
    for (const indicator of indicators)
      if (indicator.code in values)
        rows.push([section, group, indicator.code, values[indicator.code] ?? null, indicatorNames.get(indicator.code)?.[locale] ?? '', groupName]);
  };
  figureRows('values', '', '', figures.values);
  figureRows('previousYear', '', '', figures.previousYear);
  for (const row of figures.bySector) figureRows('bySector', row.key, sectorNames.get(row.key)?.[locale] ?? '', row.values);
  for (const row of figures.byField) figureRows('byField', row.key, fieldNames.get(row.key)?.[locale] ?? '', row.values);
  // The contributions (largest contracts per cell) stay out: they are for disclosure control, not a figure of the report.
  (figures.topCollaborations ?? []).forEach((collaboration, rank) => {
    const group = String(rank + 1);
    const line = (field: keyof typeof words.top, value: string | number | null) => rows.push(['topCollaborations', group, field, value, words.top[field], '']);
    line('lab', pickText(collaboration.labName, locale));
    line('university', pickText(collaboration.universityName, locale));
    line('company', pickText(collaboration.companyName, locale));
    line('budgetKzt', collaboration.budgetKzt);
    line('contractedAt', collaboration.contractedAt);
  });
  rows.push(['narrative', '', 'narrative', report.narrative, words.meta.narrative, '']);
  return stringify(rows, { header: true, columns: words.columns, bom: true, cast: { number: (value) => String(value) } });
}
