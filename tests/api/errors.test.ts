import t, { type Test } from 'tap';
import { connect } from 'node:net';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '@kopir/server';
import { apiErrorSchema, errorStatus, isErrorCode } from '@kopir/shared';
import { createTestApp } from '../harness/test-app.ts';

// Routes that exist only in this test, to drive the shared error handler through each failure.
const probeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/probe/echo', { schema: { body: z.strictObject({ name: z.string().min(2), age: z.number().int().min(0) }) } }, async (request) => request.body);
  app.get('/probe/crash', async () => {
    throw new Error('connection string postgres://secret@db leaked');
  });
  app.get('/probe/app-error', async () => {
    throw new AppError('ILLEGAL_TRANSITION', 'A declined collaboration cannot become contracted', undefined, { currentStatus: 'declined' });
  });
  // What a plugin of Fastify's throws with a code of its own (here: an HTTP status we never use).
  app.get('/probe/plugin-refusal', async () => {
    throw Object.assign(new Error('The plugin refused'), { statusCode: 406, code: 'FST_ERR_SOMETHING_NEW' });
  });
};

async function appWithProbes(t: Test) {
  const app = await createTestApp(t, { bodyLimitBytes: 2048 });
  await app.register(probeRoutes);
  return app;
}

t.test('a malformed JSON body gets 400 in the shared error shape', async (t) => {
  const app = await appWithProbes(t);
  const response = await app.inject({
    method: 'POST',
    url: '/probe/echo',
    headers: { 'content-type': 'application/json' },
    payload: '{"name": "Aigerim",',
  });
  t.equal(response.statusCode, 400, '400');
  const body = apiErrorSchema.parse(response.json());
  t.equal(body.code, 'MALFORMED_JSON', 'code');
  t.equal(body.status, 400, 'status in the body');
  t.ok(body.requestId, 'request id to quote in a support ticket');
});

t.test('a body over the size limit gets 413 in the shared error shape', async (t) => {
  const app = await appWithProbes(t);
  const response = await app.inject({
    method: 'POST',
    url: '/probe/echo',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ name: 'x'.repeat(4096), age: 1 }),
  });
  t.equal(response.statusCode, 413, '413');
  t.equal(apiErrorSchema.parse(response.json()).code, 'BODY_TOO_LARGE', 'code');
});

t.test('invalid input names every failing field', async (t) => {
  const app = await appWithProbes(t);
  const response = await app.inject({ method: 'POST', url: '/probe/echo', payload: { name: 'A', age: -1, admin: true } });
  t.equal(response.statusCode, 400, '400');
  const body = apiErrorSchema.parse(response.json());
  t.equal(body.code, 'VALIDATION_FAILED', 'code');
  const paths = (body.fields ?? []).map((field) => field.path).sort();
  t.ok(paths.includes('body.name'), 'names body.name');
  t.ok(paths.includes('body.age'), 'names body.age');
  t.ok(
    (body.fields ?? []).every((field) => field.message.length > 0),
    'each with a message',
  );
  t.ok(
    body.fields?.some((field) => /admin/.test(field.message) || field.path === 'body.admin'),
    'an unknown field is an error, not dropped',
  );
});

t.test('an unsupported content type gets 415', async (t) => {
  const app = await appWithProbes(t);
  const response = await app.inject({ method: 'POST', url: '/probe/echo', headers: { 'content-type': 'application/xml' }, payload: '<a/>' });
  t.equal(response.statusCode, 415, '415');
  t.equal(apiErrorSchema.parse(response.json()).code, 'UNSUPPORTED_MEDIA_TYPE', 'code');
});

t.test('a service names the code and the status follows from the one map', async (t) => {
  const app = await appWithProbes(t);
  const response = await app.inject({ method: 'GET', url: '/probe/app-error' });
  const body = apiErrorSchema.parse(response.json());
  t.equal(body.code, 'ILLEGAL_TRANSITION', 'the code the service named');
  t.equal(response.statusCode, errorStatus.ILLEGAL_TRANSITION, 'the status the map gives it (409)');
  t.equal(body.status, response.statusCode, 'the body states the same status');
  t.same(body.details, { currentStatus: 'declined' }, 'the details reach the caller');
});

t.test('a framework or plugin refusal with a code of its own is answered in our vocabulary', async (t) => {
  const app = await appWithProbes(t);
  const response = await app.inject({ method: 'GET', url: '/probe/plugin-refusal' });
  const body = apiErrorSchema.parse(response.json());
  t.ok(isErrorCode(body.code), `the code (${body.code}) is one of the shared codes, not the plugin's`);
  t.equal(body.code, 'BAD_REQUEST', 'a refusal we have no name for is a bad request');
  t.equal(response.statusCode, errorStatus.BAD_REQUEST, 'with the status of that code');
});

t.test('an unknown route gets 404 in the shared error shape', async (t) => {
  const app = await appWithProbes(t);
  const response = await app.inject({ method: 'GET', url: '/api/v1/nothing-here?x=1' });
  t.equal(response.statusCode, 404, '404');
  const body = apiErrorSchema.parse(response.json());
  t.equal(body.code, 'ROUTE_NOT_FOUND', 'code');
  t.equal(body.message, 'No route GET /api/v1/nothing-here', 'says which route, without the query');
});

t.test('an unexpected failure is a 500 that leaks nothing', async (t) => {
  const app = await appWithProbes(t);
  const response = await app.inject({ method: 'GET', url: '/probe/crash' });
  t.equal(response.statusCode, 500, '500');
  const body = apiErrorSchema.parse(response.json());
  t.equal(body.code, 'INTERNAL_ERROR', 'code');
  t.notMatch(response.body, /postgres:|secret|at .*\.ts/, 'no message, secret or stack in the body');
});

t.test('errors met before routing answer in the shared error shape too', async (t) => {
  const app = await createTestApp(t);
  const badPath = await app.inject({ method: 'GET', url: '/api/v1/labs/%E0%A4%A' });
  t.equal(badPath.statusCode, 400, 'a path that is not valid percent-encoding: 400');
  t.match(apiErrorSchema.parse(badPath.json()), { status: 400, code: 'BAD_URL' }, 'BAD_URL in the shared shape');

  // Node's HTTP parser refuses these before Fastify sees a request: they need a real socket.
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as import('node:net').AddressInfo;
  const raw = async (request: string) =>
    new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(request));
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('end', () => resolve(answer));
      socket.on('close', () => resolve(answer));
      socket.on('error', reject);
    });
  const bodyOf = (answer: string) => apiErrorSchema.parse(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)));

  const huge = await raw(`GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`);
  t.match(huge, /^HTTP\/1.1 431 /, 'headers too large: 431');
  t.match(bodyOf(huge), { status: 431, code: 'HEADERS_TOO_LARGE' }, 'HEADERS_TOO_LARGE in the shared shape');

  const garbage = await raw('NOT HTTP AT ALL\r\n\r\n');
  t.match(garbage, /^HTTP\/1.1 400 /, 'a request Node cannot parse: 400');
  t.match(bodyOf(garbage), { status: 400, code: 'BAD_REQUEST' }, 'BAD_REQUEST in the shared shape');
});

t.test('a NUL byte or a lone surrogate in a query never reaches PostgreSQL', async (t) => {
  const app = await createTestApp(t);
  const nul = await app.inject({ method: 'GET', url: '/api/v1/organisations?q=a%00b' });
  t.equal(nul.statusCode, 400, 'the anonymous organisation search with a NUL: 400');
  t.match(apiErrorSchema.parse(nul.json()), { code: 'VALIDATION_FAILED', fields: [{ path: 'query.q', rule: 'nul_character' }] }, 'naming query.q');
  // A surrogate cannot be percent-encoded as valid UTF-8; its CESU-8 bytes must still not break anything.
  const surrogate = await app.inject({ method: 'GET', url: '/api/v1/organisations?q=a%ED%A0%80b' });
  t.ok(surrogate.statusCode < 500, `the UTF-8 bytes of a lone surrogate: ${surrogate.statusCode}, not a 5xx`);
  const bodyParam = await app.inject({ method: 'PATCH', url: '/api/v1/organisations/00000000-0000-4000-8000-000000000000', payload: { city: 'a\ud800b' } });
  t.equal(bodyParam.statusCode, 401, 'a lone surrogate in a body still meets the sign-in rule first');
  const long = await app.inject({ method: 'GET', url: `/api/v1/organisations?q=${'x'.repeat(101)}` });
  t.match(
    apiErrorSchema.parse(long.json()).fields,
    [{ path: 'query.q', rule: 'too_long', params: { max: 100 } }],
    'a search over 100 characters names its limit',
  );
});
