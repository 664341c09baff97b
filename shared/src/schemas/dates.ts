import { z } from 'zod';
import { inputRules } from './field-rules.ts';

/** Years a deadline or a contract date may fall in; outside them a date is a typo, not a plan. */
export const planYears = { min: 2000, max: 2100 } as const;
/** Years analytics, annual reports and open data may cover: the platform's data starts in 2020. */
export const analyticsYears = { min: 2020, max: 2100 } as const;

/**
 * A calendar date `YYYY-MM-DD` between two years. The year 0000 and 9999 parse as ISO dates but
 * PostgreSQL or the analytics would choke on them, so they are refused here with a clear rule.
 */
export const isoDateWithin = (years: { min: number; max: number }) =>
  z.iso.date('Use a date like 2027-03-31').check((context) => {
    // A value in another format already has its issue; one message per field is enough.
    if (!/^\d{4}-\d{2}-\d{2}$/.test(context.value)) return;
    const year = Number(context.value.slice(0, 4));
    if (year < years.min || year > years.max) {
      context.issues.push({
        code: 'custom',
        input: context.value,
        message: `Use a date between the years ${years.min} and ${years.max}`,
        params: { rule: inputRules.dateOutOfRange, min: years.min, max: years.max },
      });
    }
  });

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The calendar day a moment falls on in Kazakhstan (UTC+5 everywhere since 2024), as `YYYY-MM-DD`. */
export const dayInKazakhstan = (moment: Date) => new Date(moment.getTime() + 5 * 3_600_000).toISOString().slice(0, 10);
