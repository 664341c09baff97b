import type { ApiError as ApiErrorBody, FieldError } from '@kopir/shared';

/**
 * A call that did not succeed, with the API's error body (`code`, `message`, `fields`), or one
 * the client made up when there was none: `NETWORK_ERROR` (no answer), `HTTP_ERROR` (an answer
 * without the error shape), `UNEXPECTED_ANSWER` (a success that does not match its schema).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];
  /** The figures the API gave with the code (a date, the current status …), for the message in the reader's language. */
  readonly details: Record<string, unknown>;
  /** From a 503's `Retry-After`: how long the API asks us to wait before trying again. */
  readonly retryAfterSeconds: number | undefined;

  constructor(body: ApiErrorBody, options: { retryAfterSeconds?: number | undefined; cause?: unknown } = {}) {
    super(body.message, { cause: options.cause });
    this.status = body.status;
    this.code = body.code;
    this.fields = body.fields ?? [];
    this.details = body.details ?? {};
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  /** The server's verdict on one input (`body.email`, or a part of it), if it named that input. */
  field(path: string): FieldError | undefined {
    return this.fields.find((field) => field.path === path || field.path.startsWith(`${path}.`));
  }
}
