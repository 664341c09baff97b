import { stdSerializers } from 'pino';

/**
 * What may never reach a log line: the SQL parameters of a failed query (a password hash, an
 * email, a token hash), PostgreSQL's `detail` ("Key (email)=(…) already exists"), and the
 * credentials in request headers. Errors are copied without those before pino serialises them.
 */
export const redactedPaths = ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'];

const unsafeFields = new Set(['params', 'parameters', 'detail', 'where', 'password', 'passwordHash', 'token']);

function scrub(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error) || depth > 4) return error;
  const copy = Object.create(Object.getPrototypeOf(error) as object) as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(error)) {
    if (unsafeFields.has(key)) continue;
    copy[key] = key === 'cause' ? scrub((error as unknown as Record<string, unknown>).cause, depth + 1) : (error as unknown as Record<string, unknown>)[key];
  }
  // drizzle writes the parameters into the message itself: "Failed query: … params: a,b,c".
  if (typeof copy.message === 'string') copy.message = copy.message.replace(/\nparams: [\s\S]*$/, '\nparams: [redacted]');
  if (typeof copy.stack === 'string') copy.stack = copy.stack.replace(/\nparams: [\s\S]*?(\n\s+at |$)/, '\nparams: [redacted]$1');
  return copy;
}

/** pino's error serializer, on a copy of the error without anything secret. */
export const safeErrorSerializer = (error: Error) => stdSerializers.err(scrub(error) as Error);
