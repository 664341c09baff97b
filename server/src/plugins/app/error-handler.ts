import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { errorStatus, ruleOfIssue, type ApiError, type ErrorCode, type FieldError } from '@kopir/shared';
import { AppError } from '../../errors.ts';
import { unavailableError } from './unavailable.ts';

/** Fastify's own 4xx errors, renamed into our vocabulary. */
const frameworkCodes: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'MALFORMED_JSON', message: 'The request body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'MALFORMED_JSON', message: 'The request body is empty but its content type is JSON' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'BODY_TOO_LARGE', message: 'The request body is larger than the server accepts' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'The request body has a content type the server does not accept' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'BAD_CONTENT_LENGTH', message: 'The Content-Length header does not match the body' },
};

/** An error body before its status and request id are added: the status follows from the code. */
type Failure = Omit<ApiError, 'status' | 'requestId' | 'code'> & { code: ErrorCode };

function send(reply: FastifyReply, request: FastifyRequest, failure: Failure) {
  const status = errorStatus[failure.code];
  return reply.status(status).send({ status, ...failure, requestId: request.id } satisfies ApiError);
}

function toFailure(error: FastifyError | AppError): Failure {
  if (error instanceof AppError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.fields && { fields: error.fields }),
      ...(error.details && { details: error.details }),
    };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    // Fastify calls the query string `querystring`; people (and our services) call it `query`.
    const where = error.validationContext === 'querystring' ? 'query' : (error.validationContext ?? 'request');
    const fields: FieldError[] = error.validation.flatMap((issue) => {
      const path = [where, ...issue.instancePath.split('/').filter(Boolean)];
      const rule = ruleOfIssue(issue.keyword, issue.params as Record<string, unknown>, issue.message);
      // An unknown field is reported where it is (`body.nickname`), one entry per field, not at the object holding it.
      const unknown = issue.keyword === 'unrecognized_keys' ? (issue.params as { keys?: unknown }).keys : undefined;
      if (Array.isArray(unknown) && unknown.length > 0) {
        return unknown.map((key) => ({ path: [...path, String(key)].join('.'), message: `${String(key)} is not a field this request takes`, ...rule }));
      }
      return [{ path: path.join('.'), message: issue.message ?? 'is not valid', ...rule }];
    });
    return { code: 'VALIDATION_FAILED', message: `The ${where} is not valid`, fields };
  }
  const unavailable = unavailableError(error);
  if (unavailable) return toFailure(unavailable);
  const known = frameworkCodes[error.code];
  if (known) return known;
  // Another 4xx of Fastify's or a plugin's: the caller's fault, said in our vocabulary.
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) return { code: 'BAD_REQUEST', message: error.message };
  return { code: 'INTERNAL_ERROR', message: 'Something went wrong on our side; it has been logged' };
}

/** One place that turns every error, and every unknown route, into the shared error body. */
export default fp(
  async function errorHandler(app: FastifyInstance) {
    app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
      const failure = toFailure(error);
      const status = errorStatus[failure.code];
      const retryAfter = failure.details?.retryAfterSeconds;
      if (typeof retryAfter === 'number') reply.header('retry-after', retryAfter);
      // A 5xx is our fault: log it with its stack. A 4xx is the caller's: a debug line is enough.
      if (status === 503) request.log.warn({ err: error }, 'a backing service is unavailable');
      else if (status >= 500) request.log.error({ err: error }, 'request failed');
      else request.log.debug({ code: failure.code, frameworkCode: error.code }, 'request rejected');
      return send(reply, request, failure);
    });
    app.setNotFoundHandler((request, reply) =>
      send(reply, request, { code: 'ROUTE_NOT_FOUND', message: `No route ${request.method} ${request.url.split('?')[0]}` }),
    );
  },
  { name: 'error-handler' },
);
