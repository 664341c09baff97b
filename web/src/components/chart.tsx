import { useEffect, useRef } from 'preact/hooks';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJs,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import type { IndicatorUnit } from '@kopir/shared';
import { useFormat } from '../i18n/format.ts';

// Only the pieces these charts use, so the bundle carries no other chart types.
ChartJs.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend, Filler);

interface ChartSeries {
  label: string;
  values: (number | null)[];
}

const palette = ['#0b6e99', '#d9822b', '#1f7a3a', '#8e44ad', '#b3261e', '#5b6475'];

interface Props {
  kind: 'bar' | 'line';
  /** Bars along the vertical axis: for long category names such as regions and organisations. */
  horizontal?: boolean;
  labels: string[];
  series: ChartSeries[];
  unit: IndicatorUnit;
  /** What the chart shows, for screen readers; the table under it carries the numbers. */
  description: string;
  /** How a missing value reads (withheld, no data): a bar chart draws it as a pale, dashed placeholder bar so named. */
  missingLabel: string;
}

const placeholder = { fill: 'rgba(91, 100, 117, 0.12)', line: '#5b6475' };

/**
 * Under a bar chart's series, one pale full-height bar wherever a value is missing, so a withheld
 * figure is seen as withheld rather than read as a zero (an empty slot looks like one).
 */
function missingBars(series: ChartSeries[], label: string) {
  const top = Math.max(0, ...series.flatMap((one) => one.values.filter((value): value is number => value !== null)));
  const gaps = (series[0]?.values ?? []).map((_, index) => (series.some((one) => one.values[index] === null) ? top || 1 : null));
  if (!gaps.some((gap) => gap !== null)) return [];
  return [
    {
      label,
      data: gaps,
      backgroundColor: placeholder.fill,
      borderColor: placeholder.line,
      borderWidth: 1,
      borderDash: [4, 3],
      grouped: false,
      order: 1,
      missing: true,
    },
  ];
}

/**
 * A Chart.js chart tied to the Preact lifecycle: created when mounted (or when its kind changes),
 * updated in place when data or language change, destroyed when unmounted.
 */
export function Chart({ kind, horizontal = false, labels, series, unit, description, missingLabel }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<ChartJs | undefined>(undefined);
  const format = useFormat();

  useEffect(() => {
    const config: ChartConfiguration<'bar' | 'line'> = {
      type: kind,
      data: { labels: [], datasets: [] },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        maintainAspectRatio: false,
        // A short settle-in, and none for readers who asked their system for less motion.
        animation: matchMedia('(prefers-reduced-motion: reduce)').matches ? false : { duration: 250 },
        // A missing value (suppressed or not defined) is a gap, not a zero.
        spanGaps: false,
      },
    };
    chart.current = new ChartJs(canvas.current!, config as ChartConfiguration);
    return () => {
      chart.current?.destroy();
      chart.current = undefined;
    };
  }, [kind, horizontal]);

  useEffect(() => {
    const current = chart.current;
    if (!current) return;
    const valueAxis = horizontal ? 'x' : 'y';
    current.data.labels = labels;
    const gaps = kind === 'bar' ? missingBars(series, missingLabel) : [];
    current.data.datasets = [
      ...series.map((one, index) => ({
        label: one.label,
        data: one.values,
        backgroundColor: palette[index % palette.length],
        borderColor: palette[index % palette.length],
        tension: 0.2,
        order: 0,
      })),
      ...gaps,
    ];
    current.options.plugins = {
      legend: { display: series.length > 1 || gaps.length > 0 },
      tooltip: {
        callbacks: {
          // A placeholder bar's length means nothing: its tooltip says only that the value is missing.
          label: (item) =>
            (item.dataset as { missing?: boolean }).missing
              ? missingLabel
              : `${item.dataset.label}: ${item.raw === null ? '—' : format.value(unit, Number(item.raw))}`,
        },
      },
    };
    current.options.scales = {
      [valueAxis]: {
        beginAtZero: true,
        ticks: { callback: (tick: string | number) => format.axis(unit, Number(tick)), ...(unit === 'count' && { precision: 0 }) },
      },
    };
    current.options.locale = format.intlLocale;
    current.update();
  }, [kind, horizontal, labels, series, unit, format, missingLabel]);

  // Tall enough for every bar of a horizontal chart to keep its label.
  const height = horizontal ? Math.max(10, labels.length * 1.9 + 3) : 18;
  return (
    <div class="chart" style={{ height: `${height}rem` }}>
      <canvas ref={canvas} role="img" aria-label={description} />
    </div>
  );
}
