import type { Locale } from '@kopir/shared';

/**
 * The full tags Intl needs: bare `en` would write dates the American way, and naming the country
 * makes Kazakh and Russian group digits and name months as they are written in Kazakhstan.
 */
export const intlLocales: Record<Locale, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

/** Dates of the API (`YYYY-MM-DD`) read as calendar days, so no time zone can move them by one. */
export const calendarDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Some browsers (Chromium builds with trimmed ICU data among them) accept `kk-KZ` but format it
 * with the root locale: 1,234.5 and "2026 M01 1". Real Kazakh data has a decimal comma and
 * Cyrillic month names, which is how its presence shows.
 */
const kazakhNumbers = () => new Intl.NumberFormat(intlLocales.kk).formatToParts(1.5).find((part) => part.type === 'decimal')?.value === ',';
export const kazakhMonthNames = () =>
  /[\u0400-\u04FF]/.test(new Intl.DateTimeFormat(intlLocales.kk, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 0, 15))));

// Kazakh as CLDR writes it, for browsers without the data: "2026 ж. 05 қаң.", "2026 ж. қаң.".
const kazakhMonths = ['қаң.', 'ақп.', 'нау.', 'сәу.', 'мам.', 'мау.', 'шіл.', 'там.', 'қыр.', 'қаз.', 'қар.', 'жел.'];
export const kazakhDate = (day: Date) => `${day.getUTCFullYear()} ж. ${String(day.getUTCDate()).padStart(2, '0')} ${kazakhMonths[day.getUTCMonth()]}`;
export const kazakhMonth = (day: Date) => `${day.getUTCFullYear()} ж. ${kazakhMonths[day.getUTCMonth()]}`;

/** The locale numbers are written in: Russian conventions stand in for Kazakh (1 234,5; 12 млн; ₸ after) where Kazakh data is missing. */
export const numberLocale = (locale: Locale): string => (locale === 'kk' && !kazakhNumbers() ? intlLocales.ru : intlLocales[locale]);
