import { useEffect, useState } from 'preact/hooks';
import type { z } from 'zod';
import { api } from '../api/client.ts';

type Answer<T> = { url: string; data: T; problem?: undefined } | { url: string; data?: undefined; problem: unknown };

/**
 * GETs `url` whenever it changes (nothing while it is undefined). An answer is only shown for the
 * URL it answers: a slow reply to an earlier filter never overwrites the current one, and the
 * previous figures are not shown as if they belonged to the new filters.
 */
export function useGet<T>(url: string | undefined, schema: z.ZodType<T>) {
  const [answer, setAnswer] = useState<Answer<T>>();
  useEffect(() => {
    if (!url) return;
    let current = true;
    api('GET', url, schema).then(
      (data) => current && setAnswer({ url, data }),
      (problem: unknown) => current && setAnswer({ url, problem }),
    );
    return () => {
      current = false;
    };
  }, [url]);
  const fresh = answer?.url === url ? answer : undefined;
  return { data: fresh?.data, problem: fresh?.problem };
}
