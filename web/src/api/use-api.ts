import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from './api-error.ts';
import { send, type ApiCall } from './client.ts';

/** What a page shows of one API call: still loading, failed (with a way to retry), or its data. */
export interface Resource<T> {
  status: 'idle' | 'loading' | 'error' | 'ready';
  data: T | undefined;
  error: ApiError | undefined;
  /** Asks again (after a failure, or to refresh). */
  retry: () => void;
  /** Shows `data` as the current answer: what a change the page made answered. */
  replace: (data: T) => void;
}

type Answer<T> = { call: string; key: string; data: T; error?: undefined } | { call: string; key: string; data?: undefined; error: ApiError };

/** Anything a call threw, as an ApiError (the client already turns its own failures into one). */
const asApiError = (error: unknown): ApiError =>
  error instanceof ApiError ? error : new ApiError({ status: 0, code: 'UNEXPECTED_ANSWER', message: String(error) }, { cause: error });

/**
 * Loads `call` whenever its method and path change (nothing while it is undefined). An answer is
 * only shown for the call it answers: a slow reply to an earlier filter never overwrites the
 * current one. `delayMs` waits that long after the last change (a search as one types);
 * `keepPrevious` keeps the last data on screen while the next call loads.
 */
export function useApi<T>(call: ApiCall<T> | undefined, options: { delayMs?: number; keepPrevious?: boolean } = {}): Resource<T> {
  const [answer, setAnswer] = useState<Answer<T>>();
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(call);
  latest.current = call;
  const name = call && `${call.method} ${call.path}`;
  const key = name && `${name} #${attempt}`;

  useEffect(() => {
    const current = latest.current;
    if (!name || !key || !current) return;
    let live = true;
    const timer = setTimeout(() => {
      send(current).then(
        (data) => live && setAnswer({ call: name, key, data }),
        (error: unknown) => live && setAnswer({ call: name, key, error: asApiError(error) }),
      );
    }, options.delayMs ?? 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  const replace = useCallback(
    (data: T) => {
      if (name && key) setAnswer({ call: name, key, data });
    },
    [name, key],
  );
  const fresh = answer?.key === key ? answer : undefined;
  // Asking the same call again keeps its data on screen until the new answer comes.
  const previous = !answer?.error && (answer?.call === name || options.keepPrevious) ? answer?.data : undefined;
  const data = fresh ? fresh.data : previous;
  const status = !call ? 'idle' : fresh?.error ? 'error' : fresh ? 'ready' : 'loading';
  return { status, data, error: fresh?.error, retry, replace };
}
