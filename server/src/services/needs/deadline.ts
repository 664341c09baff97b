import { dayInKazakhstan, inputRules } from '@kopir/shared';
import { AppError } from '../../errors.ts';

/** Today's date in Kazakhstan, as `YYYY-MM-DD`. */
export const todayInKazakhstan = (now: Date) => dayInKazakhstan(now);

/** The calendar day `days` after `day` (`YYYY-MM-DD`); calendar days have no time zone. */
export const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * An open need asks labs to answer by its deadline, so publishing or reopening one whose deadline
 * has already passed would advertise a call nobody can meet.
 */
export function assertDeadlineAhead(deadlineOn: string | null | undefined, now: Date) {
  if (!deadlineOn) return;
  const today = todayInKazakhstan(now);
  if (deadlineOn < today) {
    throw new AppError('VALIDATION_FAILED', 'The deadline has already passed', [
      { path: 'body.deadlineOn', message: `Choose a deadline from today (${today}) on`, rule: inputRules.dateInPast, params: { min: today } },
    ]);
  }
}
