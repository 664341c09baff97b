import { readFile } from 'node:fs/promises';
import t from 'tap';
import createClient from 'openapi-fetch';
import type { App } from '@kopir/server';
import type { paths } from '../contract/api-types.ts';
import { apiTypesFile, apiTypesOf, servedDocument } from '../contract/api-types-source.ts';
import { typedCalls } from '../contract/typed-calls.ts';
import { createUser } from '../harness/factories.ts';
import { createTestApp } from '../harness/test-app.ts';

/** A generated client whose requests go through `app.inject`, so the conformance check sees their answers too. */
function clientOf(app: App, authorization?: string) {
  return createClient<paths>({
    baseUrl: 'http://kopir.test',
    ...(authorization && { headers: { authorization } }),
    fetch: async (request: Request) => {
      const url = new URL(request.url);
      const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
      const requestHeaders: Record<string, string> = {};
      request.headers.forEach((value, name) => {
        requestHeaders[name] = value;
      });
      const method = request.method as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
      const answer = await app.inject({
        method,
        url: url.pathname + url.search,
        headers: requestHeaders,
        ...(body && { payload: body }),
      });
      const headers = new Headers();
      for (const [name, value] of Object.entries(answer.headers)) if (value !== undefined) headers.set(name, String(value));
      return new Response(answer.statusCode === 204 || answer.statusCode === 304 ? null : answer.body, { status: answer.statusCode, headers });
    },
  });
}

t.test('the committed client types are what openapi-typescript makes of the served document', async (t) => {
  const app = await createTestApp(t);
  const generated = await apiTypesOf(await servedDocument(app));
  t.ok((await readFile(apiTypesFile, 'utf8')) === generated, 'contract/api-types.ts is current (else: pnpm --filter @kopir/tests generate:api-types)');
});

t.test('contract/typed-calls.ts makes one typed call per operation of the document', async (t) => {
  const app = await createTestApp(t);
  const document = await servedDocument(app);
  const operationIds = Object.values(document.paths ?? {})
    .flatMap((item) => Object.values(item as Record<string, { operationId?: string }>))
    .map((operation) => operation.operationId ?? '(none)')
    .sort();
  t.same(Object.keys(typedCalls(clientOf(app))).sort(), operationIds, 'every operation, and no other, has a typed call');
});

t.test('a generated client signs in and walks the API, every answer as typed', async (t) => {
  const app = await createTestApp(t);
  const company = await createUser(app, 'company');
  const client = clientOf(app, company.authorization);
  const me = await client.GET('/api/v1/me');
  t.equal(me.data?.user.role, 'company', 'GET /me: the typed user');
  const needs = await client.GET('/api/v1/my/needs');
  t.equal(needs.response.status, 200, 'GET /my/needs');
  const inbox = await client.GET('/api/v1/notifications');
  t.equal(inbox.data?.unread, 0, 'GET /notifications: nothing unread yet');
  const anonymous = await clientOf(app).GET('/api/v1/me');
  t.equal(anonymous.error?.code, 'UNAUTHENTICATED', 'without a token: the documented 401 body');
  const summary = await clientOf(app, company.authorization).GET('/api/v1/analytics/summary');
  t.equal(summary.error?.status, 403, 'a company may not read analytics: the documented 403');
});
