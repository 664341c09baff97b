/**
 * Kazakh dates as CLDR writes them ("2026 ж. 05 қаң.", "2026 ж. қаң."), for runtimes without
 * Kazakh data. Numbers need no table: Russian conventions (1 234,5; 12 млн; ₸ after) are Kazakh
 * ones too, except that Kazakh writes no space before the percent sign and says мың for тыс.
 */
const months = ['қаң.', 'ақп.', 'нау.', 'сәу.', 'мам.', 'мау.', 'шіл.', 'там.', 'қыр.', 'қаз.', 'қар.', 'жел.'];

export const kazakhDate = (day: Date) => `${day.getUTCFullYear()} ж. ${String(day.getUTCDate()).padStart(2, '0')} ${months[day.getUTCMonth()]}`;
export const kazakhMonth = (day: Date) => `${day.getUTCFullYear()} ж. ${months[day.getUTCMonth()]}`;
