import t from 'tap';
import { apiErrorSchema } from '@kopir/shared';
import { createUser, TEST_PASSWORD } from '../harness/factories.ts';
import { checkResponse, type OpenApiDocument } from '../harness/openapi-conformance.ts';
import { createTestApp } from '../harness/test-app.ts';

type Operation = {
  operationId?: string;
  summary?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, { description: string; content?: Record<string, unknown> }>;
};
type Document = OpenApiDocument & {
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, { type: string; scheme?: string; in?: string; name?: string }>; schemas?: Record<string, object> };
};

const operationsOf = (document: Document) =>
  Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method, operation })));

// One app for the whole file: building one (and generating its document) is most of each subtest's
// time, and no subtest changes what another reads.
const app = await createTestApp(t);
const document = (await app.inject({ method: 'GET', url: '/docs/json' })).json() as Document;

t.test('every operation has a unique operationId, a summary and real response descriptions', async (t) => {
  const operations = operationsOf(document);
  const ids = operations.map(({ operation }) => operation.operationId);
  t.ok(operations.length > 60, `the document lists the API (${operations.length} operations)`);
  t.same(
    ids.filter((id) => !/^[a-z][A-Za-z0-9]*$/.test(id ?? '')),
    [],
    'each operationId is camelCase',
  );
  t.equal(new Set(ids).size, ids.length, 'no two operations share an operationId');
  t.same(
    operations.filter(({ operation }) => !operation.summary).map(({ method, path }) => `${method} ${path}`),
    [],
    'each operation has a summary',
  );
  const vague = operations.flatMap(({ method, path, operation }) =>
    Object.entries(operation.responses)
      .filter(([, response]) => !response.description || response.description === 'Default Response')
      .map(([status]) => `${method} ${path} ${status}`),
  );
  t.same(vague, [], 'no response is described as "Default Response"');
  t.equal(document.paths['/api/v1/labs/{id}']?.get?.operationId, 'getLabsById', 'the id is derived from the method and the path, so it stays stable');
});

t.test('security follows each route’s access rule: bearer for signed-in routes, the refresh cookie for refresh, none required for public ones', async (t) => {
  t.match(document.components.securitySchemes.bearerAuth, { type: 'http', scheme: 'bearer' }, 'a bearer JWT scheme');
  t.match(document.components.securitySchemes.refreshCookie, { type: 'apiKey', in: 'cookie' }, 'a cookie scheme');

  const signIn = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email: (await createUser(app, 'company')).user.email, password: TEST_PASSWORD },
  });
  const cookies = [signIn.headers['set-cookie']].flat().map((cookie) => String(cookie).split('=')[0]);
  t.ok(cookies.includes(document.components.securitySchemes.refreshCookie?.name), `the documented cookie is the one sign-in sets (${cookies.join(', ')})`);

  const access = app.accessTable;
  const byRoute = new Map(operationsOf(document).map(({ path, method, operation }) => [`${method.toUpperCase()} ${path}`, operation]));
  for (const route of access.filter((entry) => entry.inApiDocument)) {
    const operation = byRoute.get(`${route.method} ${route.url.replace(/:(\w+)/g, '{$1}')}`);
    if (!operation) {
      t.fail(`${route.method} ${route.url} is in the document`);
      continue;
    }
    const name = `${route.method} ${route.url}`;
    if (route.access.kind === 'roles') {
      t.same(operation.security, [{ bearerAuth: [] }], `${name}: needs a bearer token`);
      t.ok(operation.responses['401'], `${name}: documents 401`);
      t.ok(operation.responses['403'] || (route.access.beforeComplete && !route.access.ownership), `${name}: documents 403`);
    } else {
      t.ok(
        operation.security?.some((requirement) => Object.keys(requirement).length === 0 || 'refreshCookie' in requirement),
        `${name}: no token required`,
      );
    }
  }
  t.same(byRoute.get('POST /api/v1/auth/refresh')?.security, [{ refreshCookie: [] }], 'refresh is authorised by the cookie');
  t.ok(byRoute.get('GET /api/v1/admin/users')?.responses['403'], 'admin routes document 403');
  t.ok(byRoute.get('GET /api/v1/labs')?.responses['503'], 'a search route documents 503');
});

t.test('report downloads document their CSV; email, BIN, analytics values and notification payloads have real shapes', async (t) => {
  const text = JSON.stringify(document);
  for (const path of ['/api/v1/reports/regions/{region}/{year}/download', '/api/v1/reports/national/{year}/download']) {
    t.ok(document.paths[path]?.get?.responses['200']?.content?.['text/csv'], `${path} documents a 200 with text/csv`);
  }
  const signIn = JSON.stringify(document.paths['/api/v1/auth/sign-in']?.post);
  t.match(signIn, /"email":\{"format":"email"/, 'email has format email');
  t.match(text, /check digit is the sum of the first 11 digits/, 'the BIN rule is written out');
  const summary = JSON.stringify(document.paths['/api/v1/analytics/summary']?.get?.responses['200']);
  t.match(summary, /"values":\{"type":"object","properties":\{"proposals"/, 'analytics values name each indicator');
  t.notMatch(summary, /"values":\{"type":"object","propertyNames"/, 'not an open record');
  const notifications = JSON.stringify(document.paths['/api/v1/notifications']?.get?.responses['200']);
  t.match(
    notifications,
    /"kind":\{"type":"string","enum":\["matching_need"\]\},"payload":\{"type":"object","properties":\{"needId"/,
    'each kind has its payload',
  );
  const badRequest = document.paths['/api/v1/auth/sign-in']?.post?.responses['400']?.content?.['application/json'];
  t.same(badRequest, { schema: { $ref: '#/components/schemas/ApiError' } }, 'an error answer refers to the one ApiError component');
  t.match(document.components.schemas?.ApiError, { required: ['status', 'code', 'message'] }, 'which the document defines once');
});

t.test('an unknown field is reported at its own path', async (t) => {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'a@b.kz', password: 'x', nickname: 'z' } });
  t.equal(response.statusCode, 400, 'refused');
  t.same(
    apiErrorSchema.parse(response.json()).fields?.map((field) => field.path),
    ['body.nickname'],
    'the path names the field',
  );
});

t.test('the conformance check catches what the document does not promise', async (t) => {
  t.same(checkResponse(document, 'GET', '/health', 200, 'application/json', '{"status":"ok"}'), [], 'a documented answer passes');
  t.match(
    checkResponse(document, 'GET', '/health', 418, 'application/json', '{}'),
    [/getHealth answered 418, which it does not document/],
    'an undocumented status',
  );
  t.match(checkResponse(document, 'GET', '/health', 200, 'application/json', '{"status":"ok","extra":1}'), [/getHealth 200 body/], 'a body off its schema');
  t.match(checkResponse(document, 'GET', '/health', 200, 'text/plain', 'ok'), [/answered text\/plain/], 'an undocumented content type');
  t.same(checkResponse(document, 'GET', '/no/such/route', 404, 'application/json', '{}'), [], 'what is not an operation is not judged');
  t.match(
    checkResponse(document, 'POST', '/api/v1/auth/sign-in', 400, 'application/json', '{"status":400,"message":"no code"}'),
    [/postAuthSignIn 400 body must have required property 'code'/],
    'an error body is judged by the shared ApiError component it refers to',
  );
});
