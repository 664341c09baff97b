import type { z } from 'zod';
import { readinessSchema, type Readiness } from '@kopir/shared';

/** GETs a JSON resource of the API (same origin) and checks it against the shared schema. */
async function getJson<T>(path: string, schema: z.ZodType<T>, acceptStatuses: number[] = [200]): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  if (!acceptStatuses.includes(response.status)) throw new Error(`${path} answered ${response.status}`);
  return schema.parse(await response.json());
}

/** The API's readiness; a 503 is an answer (not ready), not a failure. */
export const fetchReadiness = (): Promise<Readiness> => getJson('/ready', readinessSchema, [200, 503]);
