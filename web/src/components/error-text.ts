import type { FieldError } from '@kopir/shared';
import { ApiError } from '../api/api-error.ts';
import { useFormat } from '../i18n/format.ts';
import { type MessageKey, useI18n } from '../i18n/i18n.tsx';
import { UserMessage } from './user-message.ts';

// Years and dates read as they are written: "2 000" would be a number, not a year.
const verbatimRules = new Set(['date_out_of_range', 'date_in_past', 'period_order']);

/**
 * A failure in the reader's language: the message of its code, with the wait the API asked for
 * when it sent `Retry-After` ("try again in 5 s"), else a translated generic sentence. The
 * server's English never reaches the page.
 */
export function useErrorText(): (problem: unknown) => string {
  const { t, has } = useI18n();
  const format = useFormat();
  return (problem) => {
    if (problem instanceof UserMessage) return problem.message;
    if (!(problem instanceof ApiError)) return t('error.generic');
    const retryIn = `error.${problem.code}.retryIn`;
    if (problem.retryAfterSeconds !== undefined && has(retryIn)) return t(retryIn, { seconds: problem.retryAfterSeconds });
    const key = `error.${problem.code}`;
    // The day a wait ends (PROPOSAL_DECLINED_RECENTLY: proposeAgainOn), written as the reader writes dates.
    const until = problem.details.proposeAgainOn;
    return has(key) ? t(key, typeof until === 'string' ? { date: format.date(until) } : undefined) : t('error.generic');
  };
}

/**
 * One field's problem in the reader's language, from its rule and figures: the most specific
 * message there is (`rule.invalid_format.email` before `rule.invalid_format`), else a generic one.
 */
export function useFieldText(): (field: FieldError) => string {
  const { t, has } = useI18n();
  return ({ rule, params = {} }) => {
    if (!rule) return t('rule.generic');
    const figures: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(params)) {
      if (Array.isArray(value)) {
        // Organisation kinds, named in the reader's language; codes stay codes.
        figures[name] = value
          .map((item) => {
            const label = `kind.${String(item)}`;
            return has(label) ? t(label) : String(item);
          })
          .join(', ');
      } else if (typeof value === 'number') figures[name] = verbatimRules.has(rule) ? String(value) : value;
      else if (typeof value === 'string') figures[name] = value;
    }
    const variant = params.actual !== undefined ? 'actual' : (params.format ?? params.expected);
    const candidates = [typeof variant === 'string' ? `rule.${rule}.${variant}` : undefined, `rule.${rule}`];
    const key = candidates.find((candidate): candidate is MessageKey => candidate !== undefined && has(candidate));
    return key ? t(key, figures) : t('rule.generic');
  };
}
