import { useMemo } from 'preact/hooks';
import { formatterFor, type IndicatorUnit } from '@kopir/shared';
import { useI18n } from './i18n.tsx';

export type Interval = 'month' | 'quarter' | 'year';

/**
 * The shared formatter (`formatterFor`) in the page's language, plus what only the web needs:
 * an indicator's value by its unit, axis ticks, and time-series bucket labels.
 */
export function useFormat() {
  const { locale, t } = useI18n();
  return useMemo(() => {
    const format = formatterFor(locale);
    const byUnit: Record<IndicatorUnit, (value: number) => string> = {
      count: (value) => format.number(value),
      kzt: format.money,
      // Shares are fractions 0..1 in the API.
      share: (value) => format.percent(value),
      days: (value) => format.number(value, 1),
    };
    return {
      ...format,
      value: (unit: IndicatorUnit, value: number) => byUnit[unit](value),
      // Axis ticks have little room: 12 млн rather than 12 000 000.
      axis: (unit: IndicatorUnit, value: number) => (unit === 'share' ? format.percent(value, 0) : format.compact(value)),
      /** The label of a time-series bucket from its first day. */
      bucket: (start: string, interval: Interval) => {
        if (interval === 'month') return format.month(start);
        // Years as plain strings: the message formatter would otherwise group their digits (2 026).
        const year = start.slice(0, 4);
        return interval === 'year' ? year : t('analytics.quarter', { quarter: String(Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1), year });
      },
    };
  }, [locale, t]);
}
