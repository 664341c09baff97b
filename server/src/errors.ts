import type { FieldError } from '@kopir/shared';

/**
 * The one vocabulary of expected failures. Services throw these; the error handler turns them
 * into the shared `ApiError` body. Anything else is a bug and becomes a 500 without details.
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: FieldError[],
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError(404, 'NOT_FOUND', `${what} was not found`);
export const conflict = (code: string, message: string) => new AppError(409, code, message);

/** A region officer reaching for another region's figures or report: 403, naming their own region. */
export const notYourRegion = (message: string, yourRegion: string | null) => new AppError(403, 'NOT_YOUR_REGION', message, undefined, { yourRegion });
