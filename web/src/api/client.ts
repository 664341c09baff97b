import type { z } from 'zod';
import { apiErrorSchema, ruleOfIssue } from '@kopir/shared';
import { ApiError } from './api-error.ts';
import { saveFile } from './save-file.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One call of the API, described but not yet sent: what `send` sends and `useApi` loads. */
export interface ApiCall<T> {
  method: Method;
  path: string;
  /** What a success carries; null when the answer has no body the web reads. */
  schema: z.ZodType<T> | null;
  body?: unknown;
  /** Statuses other than 2xx that are answers, not failures (a 503 from /ready). */
  answers?: readonly number[];
  /** The shared schema the server checks `body` with: checked here first, so a mistake is named at once. */
  checks?: z.ZodType;
}

/** A body the shared schema refuses, as the same `VALIDATION_FAILED` the server would answer. */
function refusedBody(error: z.ZodError): ApiError {
  const fields = error.issues.map((issue) => ({
    path: ['body', ...issue.path.map(String)].join('.'),
    message: issue.message,
    ...ruleOfIssue(issue.code, issue as unknown as Record<string, unknown>, issue.message),
  }));
  return new ApiError({ status: 400, code: 'VALIDATION_FAILED', message: 'The body is not valid', fields });
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

const retryAfterOf = (response: Response): number | undefined => {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
};

async function errorOf(response: Response): Promise<ApiError> {
  const body = await response.json().catch(() => undefined);
  const parsed = apiErrorSchema.safeParse(body);
  const retryAfterSeconds = retryAfterOf(response);
  return new ApiError(parsed.success ? parsed.data : { status: response.status, code: 'HTTP_ERROR', message: response.statusText }, { retryAfterSeconds });
}

/**
 * Sends on our own origin with the access token, refreshing it once when the server says it
 * expired; a failure becomes an `ApiError`, whatever went wrong (no answer, an error body, a
 * success that does not match its schema).
 */
async function fetchWithToken(method: Method, path: string, init: { headers?: Record<string, string>; body?: string } = {}): Promise<Response> {
  const send = () => {
    const token = tokens.accessToken();
    return fetch(path, { method, credentials: 'same-origin', ...init, headers: { ...init.headers, ...(token && { authorization: `Bearer ${token}` }) } });
  };
  try {
    const response = await send();
    if (response.status === 401 && tokens.accessToken() && (await tokens.refresh())) return await send();
    return response;
  } catch (cause) {
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'The server could not be reached' }, { cause });
  }
}

/**
 * Sends `call` and answers its checked result. A page that loads with the app waits for the
 * session restored from its cookie; the session's own calls (refresh, then /me) are how it gets
 * restored, so they go at once (`partOfSession`).
 */
export async function send<T>(call: ApiCall<T>, options: { partOfSession?: boolean } = {}): Promise<T> {
  if (call.checks && call.body !== undefined) {
    const checked = call.checks.safeParse(call.body);
    if (!checked.success) throw refusedBody(checked.error);
  }
  if (!options.partOfSession) await tokens.restored;
  const response = await fetchWithToken(call.method, call.path, {
    headers: { accept: 'application/json', ...(call.body !== undefined && { 'content-type': 'application/json' }) },
    ...(call.body !== undefined && { body: JSON.stringify(call.body) }),
  });
  if (!response.ok && !call.answers?.includes(response.status)) throw await errorOf(response);
  if (!call.schema) return undefined as T;
  const parsed = call.schema.safeParse(response.status === 204 ? null : await response.json().catch(() => undefined));
  if (!parsed.success) throw new ApiError({ status: response.status, code: 'UNEXPECTED_ANSWER', message: `${call.path}: ${parsed.error.message}` });
  return parsed.data;
}

/**
 * Downloads an API file (a report as CSV or JSON) with the reader's access token, which a plain
 * link could not carry, and hands it to the browser under the server's file name.
 */
export async function download(path: string, fallbackName: string): Promise<void> {
  await tokens.restored;
  const response = await fetchWithToken('GET', path);
  if (!response.ok) throw await errorOf(response);
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  saveFile(name, await response.blob());
}
