import { saveFile } from '../api/save-file.ts';

export type CsvCell = string | number | null;

/** RFC 4180: a field with a comma, quote or line break is quoted, and its quotes doubled. */
const field = (cell: CsvCell) => {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) || text.trim() !== text ? `"${text.replaceAll('"', '""')}"` : text;
};

/** Rows as CSV text, lines ended by CRLF as the RFC asks. Numbers stay unformatted, so spreadsheets read them as numbers. */
const toCsv = (rows: CsvCell[][]): string => `${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;

/**
 * Offers the rows as a file download. The byte-order mark is what makes Excel read the file as
 * UTF-8; without it Kazakh and Russian labels come out garbled.
 */
export function downloadCsv(filename: string, rows: CsvCell[][]): void {
  saveFile(filename, new Blob(['\uFEFF', toCsv(rows)], { type: 'text/csv;charset=utf-8' }));
}

/** `kopir-<figure>[-<filters>].csv`: the filters as the query that chose them, safe in a file name, left out when there are none. */
export const csvFileName = (name: string, filters: string | undefined) =>
  `${['kopir', name, filters?.replace(/[^\w.=-]+/g, '_')].filter(Boolean).join('-')}.csv`;
