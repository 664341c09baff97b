import type { Locale } from '../locales.ts';
import { calendarDay, hasKazakhIcu, intlLocales } from './intl-locale.ts';
import { kazakhDate, kazakhMonth } from './kazakh.ts';

const ASTANA_OFFSET_MS = 5 * 3_600_000; // Kazakhstan keeps one time zone, UTC+5, since March 2024.

export interface Formatter {
  /** The tag numbers are formatted with (what a chart library is told). */
  intlLocale: string;
  /** With exactly `fractionDigits` decimals (none by default). */
  number(value: number, fractionDigits?: number): string;
  /** Whole tenge, the sign where the language puts it: "25 000 000 ₸", "₸25,000,000". */
  money(kzt: number): string;
  /** A share (0..1) as a percentage, to one decimal (or none, for axes). */
  percent(share: number, fractionDigits?: 0 | 1): string;
  /** Few characters for an axis: 12 млн, 12.3m. */
  compact(value: number): string;
  /** A calendar day (`YYYY-MM-DD`, or the day of a timestamp), never moved by a time zone. */
  date(iso: string): string;
  /** From one day to another: a contract's term, a report's period. */
  dateRange(fromIso: string, toIso: string): string;
  /** A month, for time-series buckets. */
  month(iso: string): string;
  /** A moment as Kazakhstan reads it (Astana time): the day, then hours and minutes. */
  dateTime(iso: string): string;
}

/**
 * Every date, amount and number of the product written the way `locale` writes them, the same on
 * the server (emails, CSV) and in any browser: where the runtime lacks Kazakh data (or
 * `kazakhIcu: false` says to act so), Kazakh is written from our own table with the same result.
 */
export function formatterFor(locale: Locale, options: { kazakhIcu?: boolean } = {}): Formatter {
  const ownKazakh = locale === 'kk' && !(options.kazakhIcu ?? hasKazakhIcu());
  const numberTag = ownKazakh ? intlLocales.ru : intlLocales[locale];
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberWith = (digits: number) => {
    const known = numbers.get(digits);
    if (known) return known;
    const format = new Intl.NumberFormat(numberTag, { maximumFractionDigits: digits, minimumFractionDigits: digits });
    numbers.set(digits, format);
    return format;
  };
  const money = new Intl.NumberFormat(numberTag, { style: 'currency', currency: 'KZT', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 });
  const compact = new Intl.NumberFormat(numberTag, { notation: 'compact', maximumFractionDigits: 1 });
  // Built once, not per figure: a table or a chart axis formats hundreds.
  const percent = new Intl.NumberFormat(numberTag, { style: 'percent', maximumFractionDigits: 1 });
  const percentWhole = new Intl.NumberFormat(numberTag, { style: 'percent', maximumFractionDigits: 0 });
  const day = new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'medium', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(intlLocales[locale], { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const date = (iso: string) => (ownKazakh ? kazakhDate(calendarDay(iso)) : day.format(calendarDay(iso)));
  return {
    intlLocale: numberTag,
    number: (value, fractionDigits = 0) => numberWith(fractionDigits).format(value),
    money: (kzt) => money.format(kzt),
    percent: (share, fractionDigits = 1) => {
      const format = fractionDigits === 0 ? percentWhole : percent;
      // Russian puts a space before %, Kazakh does not.
      return ownKazakh ? format.format(share).replace(/\s%$/, '%') : format.format(share);
    },
    // Kazakh says мың where Russian says тыс.; млн, млрд and трлн are the same words.
    compact: (value) => (ownKazakh ? compact.format(value).replace('тыс.', 'мың') : compact.format(value)),
    date,
    // Our own join rather than formatRange: the same in every runtime, and each end reads as a whole date.
    dateRange: (fromIso, toIso) => `${date(fromIso)} – ${date(toIso)}`,
    month: (iso) => (ownKazakh ? kazakhMonth(calendarDay(iso)) : month.format(calendarDay(iso))),
    dateTime: (iso) => {
      const astana = new Date(new Date(iso).getTime() + ASTANA_OFFSET_MS).toISOString();
      return `${date(astana.slice(0, 10))} ${astana.slice(11, 16)}`;
    },
  };
}
