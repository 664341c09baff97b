import type { z } from 'zod';
import { saveFile } from './save-file.ts';
import { apiErrorSchema, readinessSchema, type ApiError, type Readiness } from '@kopir/shared';

/** An API answer that is not a success, with the shared error body when there is one. */
export class ApiProblem extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
  /** The server's message for one input (`body.email`), if it named that input. */
  fieldMessage(path: string): string | undefined {
    return this.error.fields?.find((field) => field.path === path || field.path.startsWith(`${path}.`))?.message;
  }
}

type TokenSource = {
  accessToken: () => string | undefined;
  /** Gets a new access token with the refresh cookie; false when the session has ended. */
  refresh: () => Promise<boolean>;
  /** Settles once the session restored on page load is known (signed in or not). */
  restored: Promise<unknown>;
};
let tokens: TokenSource = { accessToken: () => undefined, refresh: async () => false, restored: Promise.resolve() };

/** The session provider tells the client where the current access token comes from. */
export const useTokens = (source: TokenSource) => {
  tokens = source;
};

async function problemOf(response: Response): Promise<ApiProblem> {
  const body = await response.json().catch(() => undefined);
  const parsed = apiErrorSchema.safeParse(body);
  return new ApiProblem(parsed.success ? parsed.data : { status: response.status, code: 'HTTP_ERROR', message: response.statusText });
}

/**
 * Calls the API on our own origin with the access token, refreshing it once when the server
 * says it expired, and checks the answer against the shared schema.
 */
export async function api<T>(method: string, path: string, schema: z.ZodType<T> | null, body?: unknown, options: { partOfSession?: boolean } = {}): Promise<T> {
  // A page that loads with the app must not call before the session is restored from its cookie;
  // the session's own calls (refresh, then /me) are how it gets restored, so they go at once.
  if (!options.partOfSession) await tokens.restored;
  const send = () => {
    const token = tokens.accessToken();
    return fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...(token && { authorization: `Bearer ${token}` }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  };
  let response = await send();
  if (response.status === 401 && tokens.accessToken() && (await tokens.refresh())) response = await send();
  if (!response.ok) throw await problemOf(response);
  return schema ? schema.parse(response.status === 204 ? null : await response.json()) : (undefined as T);
}

/** GETs a JSON resource of the API (same origin) and checks it against the shared schema. */
async function getJson<T>(path: string, schema: z.ZodType<T>, acceptStatuses: number[] = [200]): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  if (!acceptStatuses.includes(response.status)) throw new Error(`${path} answered ${response.status}`);
  return schema.parse(await response.json());
}

/** The API's readiness; a 503 is an answer (not ready), not a failure. */
export const fetchReadiness = (): Promise<Readiness> => getJson('/ready', readinessSchema, [200, 503]);

/**
 * Downloads an API file (a report as CSV or JSON) with the reader's access token, which a plain
 * link could not carry, and hands it to the browser under the server's file name.
 */
export async function downloadFromApi(path: string, fallbackName: string): Promise<void> {
  await tokens.restored;
  const token = tokens.accessToken();
  const response = await fetch(path, { credentials: 'same-origin', headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw await problemOf(response);
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  saveFile(name, await response.blob());
}
