import type { Locale } from '../locales.ts';

/**
 * The full tags Intl needs: bare `en` would write dates the American way, and naming the country
 * makes Kazakh and Russian group digits and name months as they are written in Kazakhstan.
 */
export const intlLocales: Record<Locale, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

/** Dates of the API (`YYYY-MM-DD`, or the day of a timestamp) read as calendar days, so no time zone can move them by one. */
export const calendarDay = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/**
 * Whether this runtime really has Kazakh data. Some (Chromium builds with trimmed ICU among them)
 * accept `kk-KZ` but format it with the root locale: 1,234.5 and "2026 M01 1". Real Kazakh data
 * names months in Cyrillic and has a decimal comma, which is how its presence shows.
 */
export const hasKazakhIcu = () =>
  /[\u0400-\u04FF]/.test(new Intl.DateTimeFormat(intlLocales.kk, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 0, 15)))) &&
  new Intl.NumberFormat(intlLocales.kk).formatToParts(1.5).find((part) => part.type === 'decimal')?.value === ',';
