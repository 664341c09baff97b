import { useMemo } from 'preact/hooks';
import type { IndicatorUnit } from '@kopir/shared';
import { useI18n } from './i18n.tsx';
import { calendarDay, intlLocales, kazakhDate, kazakhMonth, kazakhMonthNames, numberLocale } from './intl-locale.ts';

export type Interval = 'month' | 'quarter' | 'year';

/** Indicator values, axis ticks, dates and time buckets written the way the current language writes them. */
export function useFormat() {
  const { locale, t } = useI18n();
  return useMemo(() => {
    const tag = intlLocales[locale];
    const numberTag = numberLocale(locale);
    const ownKazakhDates = locale === 'kk' && !kazakhMonthNames();
    const byUnit: Record<IndicatorUnit, Intl.NumberFormat> = {
      count: new Intl.NumberFormat(numberTag, { maximumFractionDigits: 0 }),
      // Money is whole tenge; the narrow symbol (₸) reads the same in all three languages.
      kzt: new Intl.NumberFormat(numberTag, { style: 'currency', currency: 'KZT', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 }),
      // Shares are fractions 0..1 in the API.
      share: new Intl.NumberFormat(numberTag, { style: 'percent', maximumFractionDigits: 1 }),
      days: new Intl.NumberFormat(numberTag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    };
    // Axis ticks have little room: 12 млн rather than 12 000 000.
    const compact = new Intl.NumberFormat(numberTag, { notation: 'compact', maximumFractionDigits: 1 });
    const percentAxis = new Intl.NumberFormat(numberTag, { style: 'percent', maximumFractionDigits: 0 });
    const date = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
    const month = new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    return {
      intlLocale: numberTag,
      value: (unit: IndicatorUnit, value: number) => byUnit[unit].format(value),
      axis: (unit: IndicatorUnit, value: number) => (unit === 'share' ? percentAxis.format(value) : compact.format(value)),
      date: (iso: string) => (ownKazakhDates ? kazakhDate(calendarDay(iso)) : date.format(calendarDay(iso))),
      /** The label of a time-series bucket from its first day. */
      bucket: (start: string, interval: Interval) => {
        const day = calendarDay(start);
        if (interval === 'month') return ownKazakhDates ? kazakhMonth(day) : month.format(day);
        // Years as plain strings: the message formatter would otherwise group their digits (2 026).
        const year = String(day.getUTCFullYear());
        return interval === 'year' ? year : t('analytics.quarter', { quarter: String(Math.floor(day.getUTCMonth() / 3) + 1), year });
      },
    };
  }, [locale, t]);
}
