import t from 'tap';
import { apiErrorSchema, collaborationSchema, labSchema, needSchema, type UserRole } from '@kopir/shared';
import type { App } from '@kopir/server';
import { labInput, needInput } from '../harness/catalogue.ts';
import { createUser } from '../harness/factories.ts';
import { createTestApp } from '../harness/test-app.ts';

/**
 * Every route, fed what an attacker sends: NUL bytes, lone surrogates, 100 KB strings, the years
 * 0000 and 9999. The answer may be a refusal (4xx) or even a success, never a 5xx, and every
 * refusal is in the API's error shape. Field names come from each route's own schemas, read
 * from the OpenAPI document the app serves, so a new route or field is fuzzed without editing
 * this file.
 */

const badValues: [string, string][] = [
  ['a NUL byte', 'a\u0000b'],
  ['a lone surrogate', 'a\ud800b'],
  ['100 KB', 'x'.repeat(100_000)],
  ['the year 0000', '0000-01-01'],
  ['9999-12-31', '9999-12-31'],
];
/** Names that are not in a schema but that a careless route might read anyway. */
const plausibleNames = [
  'q',
  'name',
  'title',
  'description',
  'from',
  'to',
  'year',
  'region',
  'status',
  'deadlineOn',
  'budgetMinKzt',
  'startOn',
  'endOn',
  'email',
  'page',
];

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
};
type OpenApi = {
  paths: Record<
    string,
    Record<string, { parameters?: { in: string; name: string; schema?: JsonSchema }[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>
  >;
};

/**
 * Payloads shaped like `schema` with every free leaf set to `bad`; enum and constant leaves keep a
 * valid value so a discriminated union (a transition's `action`) still reaches its fields. One
 * payload per union variant.
 */
function shapedLike(schema: JsonSchema | undefined, bad: string): unknown[] {
  if (!schema) return [bad];
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.flatMap((variant) => shapedLike(variant, bad));
  if (schema.const !== undefined) return [schema.const];
  if (schema.enum) return [schema.enum[0]];
  if (schema.properties) {
    const entries = Object.entries(schema.properties).map(([key, value]) => [key, shapedLike(value, bad)[0]] as const);
    return [Object.fromEntries(entries)];
  }
  if (schema.type === 'array' && schema.items) return [[shapedLike(schema.items, bad)[0]]];
  return [bad];
}

/** The same payload with `bad` in one top-level field at a time: a 100 KB value per field stays under the body limit. */
const oneFieldAtATime = (schema: JsonSchema | undefined, bad: string) =>
  Object.keys(schema?.properties ?? {}).map((key) => ({ ...(shapedLike(schema, 'ok')[0] as object), [key]: shapedLike(schema!.properties![key], bad)[0] }));

// Some thousand requests, one after another: seconds on a quiet machine, minutes on a busy CI one.
t.setTimeout(480_000);

t.test('no input makes any route answer 5xx, and every refusal has the API error shape', async (t) => {
  // With the outbox worker, searches reach a configured index holding the lab and need made below.
  const app: App = await createTestApp(t, { searchOutboxWorker: true });
  await app.ready();
  await app.searchSettingsApplied;
  const users = {
    company: await createUser(app, 'company'),
    researcher: await createUser(app, 'researcher'),
    admin: await createUser(app, 'admin'),
    ministry: await createUser(app, 'ministry'),
    region: await createUser(app, 'region'),
  } satisfies Partial<Record<UserRole, unknown>>;
  // Real ids, so that a request whose input passes validation reaches the service and the database.
  const lab = labSchema.parse(
    (await app.inject({ method: 'POST', url: '/api/v1/labs', headers: { authorization: users.researcher.authorization }, payload: labInput() })).json(),
  );
  const need = needSchema.parse(
    (await app.inject({ method: 'POST', url: '/api/v1/needs', headers: { authorization: users.company.authorization }, payload: needInput() })).json(),
  );
  const collaboration = collaborationSchema.parse(
    (
      await app.inject({
        method: 'POST',
        url: '/api/v1/collaborations',
        headers: { authorization: users.company.authorization },
        payload: { needId: need.id, labId: lab.id },
      })
    ).json(),
  );
  const openapi = (await app.inject({ method: 'GET', url: '/docs/json' })).json<OpenApi>();

  const validParam = (url: string, name: string, method: string) => {
    // A DELETE with a real id would delete it and starve the routes after it.
    if (method === 'DELETE') return '00000000-0000-4000-8000-000000000000';
    if (name === 'region') return 'KZ-71';
    if (name === 'year') return '2026';
    if (url.includes('/labs/')) return lab.id;
    if (url.includes('/needs/')) return need.id;
    if (url.includes('/collaborations/')) return collaboration.id;
    if (url.includes('/organisations/')) return users.company.user.organisationId!;
    if (url.includes('/users/')) return users.researcher.user.id;
    return '00000000-0000-4000-8000-000000000000';
  };

  const started = Date.now();
  let requests = 0;
  // Routes whose body fields were read from their schema: if the OpenAPI walk broke, this drops.
  let bodiesFromSchema = 0;
  const routes = app.accessTable.filter((route) => route.url.startsWith('/api/'));
  t.ok(routes.length >= 30, `the fuzz covers ${routes.length} API routes`);
  for (const route of routes) {
    const operation = openapi.paths[route.url.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
    const schemaQueryNames = (operation?.parameters ?? []).filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name);
    const queryNames = [...new Set([...schemaQueryNames, ...plausibleNames])];
    const paramNames = [...route.url.matchAll(/:(\w+)/g)].map((match) => match[1]!);
    const bodySchema = operation?.requestBody?.content?.['application/json']?.schema;
    const roles: (keyof typeof users | null)[] =
      route.access.kind === 'public'
        ? [null, 'company']
        : (['company', 'researcher', 'admin', 'ministry', 'region'] as const)
            .filter((role) => route.access.kind === 'roles' && route.access.roles.includes(role))
            .slice(0, 2);
    const failures: string[] = [];
    if (bodySchema?.properties || bodySchema?.anyOf || bodySchema?.oneOf) bodiesFromSchema += 1;

    const send = async (label: string, url: string, payload?: unknown) => {
      for (const role of roles) {
        requests += 1;
        const response = await app.inject({
          method: route.method as 'GET',
          url,
          ...(role && { headers: { authorization: users[role].authorization } }),
          ...(payload !== undefined && route.method !== 'GET' && route.method !== 'DELETE' && { payload: payload as object }),
        });
        if (response.statusCode >= 500) failures.push(`${label} as ${role ?? 'anonymous'}: ${response.statusCode} ${response.body.slice(0, 200)}`);
        else if (response.statusCode >= 400 && !apiErrorSchema.safeParse(response.json()).success)
          failures.push(`${label} as ${role ?? 'anonymous'}: ${response.statusCode} not in the error shape: ${response.body.slice(0, 200)}`);
      }
    };
    const pathWith = (values: Record<string, string>) =>
      route.url.replace(/:(\w+)/g, (_, name: string) => values[name] ?? validParam(route.url, name, route.method));

    for (const [what, bad] of badValues) {
      const encoded = encodeURIComponent(bad.replace('\ud800', '\ufffd')).replace('%EF%BF%BD', '%ED%A0%80');
      for (const name of paramNames) await send(`path :${name} = ${what}`, pathWith({ [name]: encoded }));
      // One known field at a time too: a strict query schema refuses unknown names before any bad value counts.
      for (const name of schemaQueryNames) await send(`query ${name} = ${what}`, `${pathWith({})}?${name}=${encoded}`);
      await send(`every query field = ${what}`, `${pathWith({})}?${queryNames.map((name) => `${name}=${encoded}`).join('&')}`);
      if (route.method === 'GET' || route.method === 'DELETE') continue;
      if (what === '100 KB') {
        for (const payload of oneFieldAtATime(bodySchema, bad)) await send(`body with ${what} in one field`, pathWith({}), payload);
      } else {
        for (const payload of shapedLike(bodySchema, bad)) await send(`body shaped by its schema = ${what}`, pathWith({}), payload);
      }
      await send(`plausible body fields = ${what}`, pathWith({}), Object.fromEntries(plausibleNames.map((name) => [name, bad])));
    }
    t.same(failures, [], `${route.method} ${route.url}: no 5xx, every refusal in the error shape`);
  }
  t.ok(bodiesFromSchema >= 12, `${bodiesFromSchema} routes fuzzed field by field from their body schema`);
  // How long it took is reported, not asserted: a timed assertion fails on a slow machine, not on a bug.
  t.ok(requests >= 1_000, `${requests} requests sent (${Math.round((Date.now() - started) / 1000)} s)`);
});
