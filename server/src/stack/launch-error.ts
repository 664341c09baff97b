/**
 * A failure the person starting Kopir can fix. Its message is one sentence that says what to do;
 * the launcher prints it without a stack trace.
 */
export class LaunchError extends Error {
  override readonly name = 'LaunchError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
