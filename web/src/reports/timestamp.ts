/** A moment as Kazakhstan reads it (one time zone, UTC+5), in the reader's language: deadlines are in Astana time. */
export const kazakhstanTime = (iso: string, intlLocale: string) =>
  new Date(iso).toLocaleString(intlLocale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Almaty' });
