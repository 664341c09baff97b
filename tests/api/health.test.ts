import t from 'tap';
import { livenessSchema, readinessSchema } from '@kopir/shared';
import { createTestApp } from '../harness/test-app.ts';

t.test('/health answers while the process is alive', async (t) => {
  const app = await createTestApp(t);
  const response = await app.inject({ method: 'GET', url: '/health' });
  t.equal(response.statusCode, 200, '200');
  t.same(livenessSchema.parse(response.json()), { status: 'ok' }, 'body');
});

t.test('/ready is ready when PostgreSQL, the migrations and Meilisearch are all there', async (t) => {
  const app = await createTestApp(t);
  const response = await app.inject({ method: 'GET', url: '/ready' });
  t.equal(response.statusCode, 200, '200');
  const readiness = readinessSchema.parse(response.json());
  t.equal(readiness.ready, true, 'ready');
  t.equal(readiness.checks.postgres.ok, true, 'postgres ok');
  t.equal(readiness.checks.migrations.ok, true, 'migrations ok');
  t.equal(readiness.checks.migrations.pending, 0, 'no migration pending');
  t.equal(readiness.checks.meilisearch.ok, true, 'meilisearch ok');
});

t.test('every response carries a request id, and a sane caller-supplied id is kept', async (t) => {
  const app = await createTestApp(t);
  const generated = await app.inject({ method: 'GET', url: '/health' });
  t.match(generated.headers['x-request-id'], /^[0-9a-f-]{36}$/, 'a generated UUID');
  const supplied = await app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'trace-42.a' } });
  t.equal(supplied.headers['x-request-id'], 'trace-42.a', 'kept');
  const forged = await app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'x\n{"level":60}' } });
  t.not(forged.headers['x-request-id'], 'x\n{"level":60}', 'a forged id is replaced');
});
