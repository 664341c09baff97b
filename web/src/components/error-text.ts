import { ApiError } from '../api/api-error.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { UserMessage } from './user-message.ts';

/**
 * A failure in the reader's language: the message of its code, with the wait the API asked for
 * when it sent `Retry-After` ("try again in 5 s"); the server's own words only for a code the web
 * has no message for yet.
 */
export function useErrorText(): (problem: unknown) => string {
  const { t, has } = useI18n();
  return (problem) => {
    if (problem instanceof UserMessage) return problem.message;
    if (!(problem instanceof ApiError)) return t('error.generic');
    const retryIn = `error.${problem.code}.retryIn`;
    if (problem.retryAfterSeconds !== undefined && has(retryIn)) return t(retryIn, { seconds: problem.retryAfterSeconds });
    const key = `error.${problem.code}`;
    return has(key) ? t(key) : problem.message;
  };
}
