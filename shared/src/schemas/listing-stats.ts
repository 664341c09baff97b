import { z } from 'zod';
import { listingKinds, type ListingStatMeasure } from '../domain.ts';
import { analyticsYears, daysBetween, isoDateWithin } from './dates.ts';
import { inputRules } from './field-rules.ts';

/** The longest period a listing's statistics answer for, in days (a leap year). */
export const LISTING_STATS_MAX_DAYS = 366;
/** The period when none is asked for: the last 30 days, today included. */
export const LISTING_STATS_DEFAULT_DAYS = 30;

/**
 * The period of a listing's statistics: `from`/`to` dates (in Kazakhstan), or the last `days`
 * days up to `to` (today by default). Both `from` and `days` is a contradiction, refused on `days`.
 */
export const listingStatsQuerySchema = z
  .strictObject({
    from: isoDateWithin(analyticsYears).optional(),
    to: isoDateWithin(analyticsYears).optional(),
    days: z.coerce.number().int().min(1).max(LISTING_STATS_MAX_DAYS).optional(),
  })
  .check((context) => {
    const { from, to, days } = context.value;
    if (from !== undefined && days !== undefined) {
      context.issues.push({
        code: 'custom',
        input: days,
        path: ['days'],
        message: 'Give either from or days, not both',
        params: { rule: inputRules.daysOrFrom },
      });
    }
    if (!from || !to) return;
    if (from > to) {
      context.issues.push({
        code: 'custom',
        input: to,
        path: ['to'],
        message: 'The period cannot end before it starts',
        params: { rule: inputRules.periodOrder },
      });
    } else if (daysBetween(from, to) + 1 > LISTING_STATS_MAX_DAYS) {
      context.issues.push({
        code: 'custom',
        input: from,
        path: ['from'],
        message: `Ask for at most ${LISTING_STATS_MAX_DAYS} days at a time`,
        params: { rule: inputRules.periodTooManyDays, maxDays: LISTING_STATS_MAX_DAYS },
      });
    }
  });
export type ListingStatsQuery = z.infer<typeof listingStatsQuerySchema>;

const count = z.number().int().min(0);
/** One count per measure of `listingStatMeasures` (the compiler checks none is missing). */
const measures = z.object({
  views: count,
  searchAppearances: count,
  matchesShown: count,
  proposalsReceived: count,
  invitationsReceived: count,
  questions: count,
} satisfies Record<ListingStatMeasure, typeof count>);

/**
 * What happened to a lab or a need over a period: the totals and one entry per day of the period
 * (days with nothing have zeros), oldest first.
 */
export const listingStatsSchema = z.object({
  kind: z.enum(listingKinds),
  id: z.uuid(),
  from: z.iso.date(),
  to: z.iso.date(),
  totals: measures,
  days: z.array(measures.extend({ day: z.iso.date() })),
});
export type ListingStats = z.infer<typeof listingStatsSchema>;
