import t, { type Test } from 'tap';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '@kopir/shared';
import { createTestApp } from '../harness/test-app.ts';

// Routes that exist only in this test, to drive the shared error handler through each failure.
const probeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/probe/echo',
    { schema: { body: z.strictObject({ name: z.string().min(2), age: z.number().int().min(0) }) } },
    async (request) => request.body,
  );
  app.get('/probe/crash', async () => {
    throw new Error('connection string postgres://secret@db leaked');
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
  t.ok((body.fields ?? []).every((field) => field.message.length > 0), 'each with a message');
  t.ok(body.fields?.some((field) => /admin/.test(field.message) || field.path === 'body.admin'), 'an unknown field is an error, not dropped');
});

t.test('an unsupported content type gets 415', async (t) => {
  const app = await appWithProbes(t);
  const response = await app.inject({ method: 'POST', url: '/probe/echo', headers: { 'content-type': 'application/xml' }, payload: '<a/>' });
  t.equal(response.statusCode, 415, '415');
  t.equal(apiErrorSchema.parse(response.json()).code, 'UNSUPPORTED_MEDIA_TYPE', 'code');
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
