const ASTANA_OFFSET_MS = 5 * 3_600_000; // Kazakhstan keeps one time zone, UTC+5, since March 2024.

/**
 * A moment as Kazakhstan reads it (deadlines are in Astana time): the day written by the page's
 * date formatter, in the reader's language, then the time. Going through that formatter keeps
 * the Kazakh fallback for browsers without Kazakh date data.
 */
export const kazakhstanTime = (iso: string, formatDate: (day: string) => string) => {
  const astana = new Date(new Date(iso).getTime() + ASTANA_OFFSET_MS).toISOString();
  return `${formatDate(astana.slice(0, 10))} ${astana.slice(11, 16)}`;
};
