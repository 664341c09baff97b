// The Concept's calendar: a region reports on year Y by 1 April of Y+1, the ministry publishes
// the national report by 1 May. Kazakhstan keeps one time zone, UTC+5, since 1 March 2024.
const KAZAKHSTAN_OFFSET = '+05:00';

/** The calendar year it is in Kazakhstan at `at`. */
export const kazakhstanYear = (at: Date) => new Date(at.getTime() + 5 * 3_600_000).getUTCFullYear();

export const dueOn = (scope: 'region' | 'national', year: number) => (scope === 'region' ? `${year + 1}-04-01` : `${year + 1}-05-01`);

/** Late means after the end of the due day in Kazakhstan. */
export function isLate(scope: 'region' | 'national', year: number, at: Date): boolean {
  const endOfDueDay = new Date(`${dueOn(scope, year)}T23:59:59.999${KAZAKHSTAN_OFFSET}`);
  return at.getTime() > endOfDueDay.getTime();
}

/** A year can be reported once it is over in Kazakhstan. */
export function yearIsOver(year: number, at: Date): boolean {
  return at.getTime() >= new Date(`${year + 1}-01-01T00:00:00${KAZAKHSTAN_OFFSET}`).getTime();
}
