import t from 'tap';
import { createTestApp } from '../harness/test-app.ts';

t.test('the OpenAPI 3 description is generated from the route schemas', async (t) => {
  const app = await createTestApp(t);
  const response = await app.inject({ method: 'GET', url: '/docs/json' });
  t.equal(response.statusCode, 200, 'served');
  const spec = response.json() as { openapi: string; paths: Record<string, { get?: { responses?: Record<string, unknown> } }> };
  t.match(spec.openapi, /^3\./, 'OpenAPI 3');
  t.ok(spec.paths['/health']?.get, '/health is described');
  t.ok(spec.paths['/ready']?.get?.responses?.['503'], '/ready documents its 503');
});

t.test('/docs shows a browsable UI', async (t) => {
  const app = await createTestApp(t);
  const response = await app.inject({ method: 'GET', url: '/docs/' });
  t.equal(response.statusCode, 200, 'served');
  t.match(response.body, /swagger/i, 'the Swagger UI page');
});
