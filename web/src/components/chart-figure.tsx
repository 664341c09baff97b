import type { ComponentChildren } from 'preact';
import type { IndicatorUnit } from '@kopir/shared';
import { csvFileName, downloadCsv, type CsvCell } from '../analytics/csv.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useFormat } from '../i18n/format.ts';
import { Chart } from './chart.tsx';

interface FigureColumn {
  code: string;
  label: string;
  unit: IndicatorUnit;
  values: (number | null)[];
}

/** What a chart draws and its table lists: one row per category or time bucket, one column per indicator. */
export interface FigureData {
  keyHeading: string;
  rows: { key: string; label: string }[];
  columns: FigureColumn[];
}

interface Props {
  /** A stable name for the figure (`region`, `timeseries` …), also the start of the CSV file name. */
  name: string;
  title: string;
  data: FigureData | undefined;
  kind: 'bar' | 'line';
  horizontal?: boolean;
  /** The API query the data answers; shown to tests and to anyone reading the page source. */
  source?: string | undefined;
  /** How a null is written: "no data" on the dashboard, "hidden" in open data. */
  missing?: ComponentChildren;
  /** The same as words, for the chart's placeholder bars. */
  missingLabel?: string;
  /** Selectors above the chart (indicator, interval, dimension). */
  controls?: ComponentChildren;
  /** Another view of the same rows, such as the tile map of regions. */
  children?: ComponentChildren;
  /** Shown instead of "Loading…" when the data could not be loaded (the failure and a retry button). */
  failed?: ComponentChildren;
}

/**
 * A chart with a table of exactly the same numbers under it (the accessible alternative to the
 * canvas) and a CSV download of that table. Both are drawn from one `FigureData`, so they cannot
 * disagree.
 */
export function ChartFigure({ name, title, data, kind, horizontal, source, missing, missingLabel, controls, children, failed }: Props) {
  const { t } = useI18n();
  const format = useFormat();
  const unit = data?.columns[0]?.unit ?? 'count';
  const empty = data !== undefined && data.rows.length === 0;
  const download = () => {
    if (!data) return;
    const rows: CsvCell[][] = [
      [t('figure.code'), data.keyHeading, ...data.columns.map((column) => column.label)],
      ...data.rows.map((row, index) => [row.key, row.label, ...data.columns.map((column) => column.values[index] ?? null)]),
    ];
    downloadCsv(csvFileName(name, source), rows);
  };

  return (
    <figure
      class="chart-figure"
      data-figure={name}
      data-state={data ? 'ready' : failed ? 'error' : 'loading'}
      data-source={source}
      aria-busy={data ? 'false' : 'true'}
    >
      <figcaption>
        <h3>{title}</h3>
        {controls && <div class="figure-controls">{controls}</div>}
      </figcaption>
      {!data && (failed || <p class="hint">{t('figure.loading')}</p>)}
      {empty && <p class="hint">{t('figure.empty')}</p>}
      {data && !empty && (
        <>
          {children}
          <Chart
            kind={kind}
            horizontal={horizontal}
            labels={data.rows.map((row) => row.label)}
            series={data.columns.map((column) => ({ label: column.label, values: column.values }))}
            unit={unit}
            description={title}
            missingLabel={missingLabel ?? t('figure.noValue')}
          />
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so a keyboard can scroll a table wider or longer than its box (a phone, a year of days); axe asks for it */}
          <section class="table-scroll" tabIndex={0} aria-label={title}>
            <table class="figure-table">
              <caption class="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{data.keyHeading}</th>
                  {data.columns.map((column) => (
                    <th scope="col" data-code={column.code}>
                      {column.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.rows.map((row, index) => (
                  <tr data-key={row.key}>
                    <th scope="row">{row.label}</th>
                    {data.columns.map((column) => {
                      const value = column.values[index] ?? null;
                      return (
                        <td data-code={column.code} data-value={value ?? ''}>
                          {value === null ? (missing ?? <span title={t('figure.noValue')}>—</span>) : format.value(column.unit, value)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <button type="button" class="download" onClick={download}>
            {t('figure.download')}
          </button>
        </>
      )}
    </figure>
  );
}
