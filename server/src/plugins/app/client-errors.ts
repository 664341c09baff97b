import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorStatus, type ApiError, type ErrorCode } from '@kopir/shared';

/**
 * Errors Fastify meets before a request reaches a route (and so before the error handler): a
 * path that is not valid percent-encoding, a path parameter over the length limit. Answered in
 * the API's one error shape.
 */
const frameworkMessages: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_BAD_URL: { code: 'BAD_URL', message: 'The address is not valid: check its percent-encoding (%XX)' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'PATH_TOO_LONG', message: 'A part of the address is longer than the server accepts' },
};

export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const known = frameworkMessages[error.code] ?? { code: 'BAD_REQUEST', message: 'The request could not be read' };
  request.log.debug({ code: error.code }, 'request refused by the framework');
  reply.header('x-request-id', request.id);
  const status = errorStatus[known.code];
  return reply.status(status).send({ status, ...known, requestId: request.id } satisfies ApiError);
}

/**
 * Errors Node's HTTP parser meets before there is a request at all: headers too large (431), a
 * request line it cannot parse (400), a client too slow (408). Written straight to the socket, as
 * Fastify's default handler does, but in the API's error shape. The request id is logged with the
 * error so a caller quoting it can be found.
 */
export function clientErrorHandler(this: FastifyInstance, error: Error & { code?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [code, message]: [ErrorCode, string] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? ['REQUEST_TIMEOUT', 'The request took too long to arrive']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? ['HEADERS_TOO_LARGE', 'The request headers are larger than the server accepts']
        : ['BAD_REQUEST', 'The request could not be read as HTTP'];
  const status = errorStatus[code];
  const requestId = randomUUID();
  this.log.debug({ err: error, requestId }, 'client error');
  const body = JSON.stringify({ status, code, message, requestId } satisfies ApiError);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; ` +
        `charset=utf-8\r\nx-request-id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
