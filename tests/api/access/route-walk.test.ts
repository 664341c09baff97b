import { readFileSync } from 'node:fs';
import t from 'tap';
import { apiErrorSchema, userRoles } from '@kopir/shared';
import { buildApp, renderAuthorizationDoc } from '@kopir/server';
import { createUser } from '../../harness/factories.ts';
import { createTestApp, createTestDatabase, testConfig } from '../../harness/test-app.ts';
import { checkConformance } from '../../harness/openapi-conformance.ts';

const fillParams = (url: string) => url.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000');

t.test('every route’s declared rule holds for anonymous callers and every role', async (t) => {
  const app = await createTestApp(t);
  const tokens = Object.fromEntries(await Promise.all(userRoles.map(async (role) => [role, (await createUser(app, role)).authorization] as const)));
  const apiRoutes = app.accessTable.filter((route) => route.url.startsWith('/api/'));
  t.ok(apiRoutes.length >= 15, `the walk covers ${apiRoutes.length} API routes`);

  for (const route of app.accessTable) {
    const call = (authorization?: string) =>
      app.inject({
        method: route.method as 'GET',
        url: fillParams(route.url),
        ...(authorization && { headers: { authorization } }),
        ...(route.method !== 'GET' && { payload: {} }),
      });
    if (route.access.kind === 'public') {
      // A public route may still answer 401 for its own reasons (a missing refresh cookie), but
      // never because the rule check wanted a sign-in or a role.
      const response = await call();
      const code = response.body ? response.json<{ code?: string }>().code : undefined;
      t.not(code, 'UNAUTHENTICATED', `${route.method} ${route.url} is public: no sign-in demanded`);
      t.not(code, 'FORBIDDEN_ROLE', `${route.method} ${route.url} is public: no role demanded`);
      continue;
    }
    const anonymous = await call();
    t.equal(anonymous.statusCode, 401, `${route.method} ${route.url}: anonymous → 401`);
    t.equal(apiErrorSchema.parse(anonymous.json()).code, 'UNAUTHENTICATED', 'UNAUTHENTICATED');
    for (const role of userRoles) {
      const response = await call(tokens[role]);
      if (route.access.roles.includes(role)) {
        t.not(response.statusCode, 401, `${route.method} ${route.url}: ${role} is let in`);
        t.not(response.body && response.json<{ code?: string }>().code, 'FORBIDDEN_ROLE', `${route.method} ${route.url}: ${role} passes the role rule`);
      } else {
        t.equal(response.statusCode, 403, `${route.method} ${route.url}: ${role} → 403`);
        t.equal(apiErrorSchema.parse(response.json()).code, 'FORBIDDEN_ROLE', 'FORBIDDEN_ROLE');
      }
    }
  }
});

t.test('a route without a declared rule cannot exist', async (t) => {
  const app = await buildApp(testConfig(await createTestDatabase(t)));
  checkConformance(t, app);
  t.teardown(() => app.close());
  await t.rejects(
    async () => {
      await app.register(async (api) => {
        api.get('/api/v1/forgotten', async () => ({ secret: true }));
      });
      await app.ready();
    },
    { message: /GET \/api\/v1\/forgotten declares no access rule/ },
    'registration fails',
  );
});

t.test('docs/authorization.md is exactly what the code declares', async (t) => {
  const app = await createTestApp(t);
  const committed = readFileSync(new URL('../../../docs/authorization.md', import.meta.url), 'utf8');
  t.equal(committed, renderAuthorizationDoc(app.accessTable), 'up to date (run `pnpm docs:authorization` after changing a rule)');
});
