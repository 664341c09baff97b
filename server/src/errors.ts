import type { ErrorCode, FieldError } from '@kopir/shared';

/**
 * The one vocabulary of expected failures. Services throw these with a code from the shared
 * `errorCodes`; the error handler looks up its status in `errorStatus` and turns it into the
 * shared `ApiError` body. Anything else is a bug and becomes a 500 without details.
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found`);

/** A region officer reaching for another region's figures or report: 403, naming their own region. */
export const notYourRegion = (message: string, yourRegion: string | null) => new AppError('NOT_YOUR_REGION', message, undefined, { yourRegion });

/** `work`, or null when what it reads is not (or not for this reader) there: a list or a preview leaves it out. */
export async function unlessNotFound<T>(work: Promise<T>): Promise<T | null> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}
