import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Test } from 'tap';
import type { App } from '@kopir/server';

// Every response a test receives through `app.inject` is compared with the document the same app
// serves at /docs/json: its status must be documented for that operation, its content type among
// the documented ones, and a JSON body must match the documented schema. The validators are
// compiled once per process (every test app builds the same routes, so the same document).

type MediaTypes = Record<string, { schema?: object }>;
type Operation = { operationId?: string; responses?: Record<string, { content?: MediaTypes }> };
export type OpenApiDocument = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, object> } };

interface Route {
  method: string;
  path: string;
  pattern: RegExp;
  literalSegments: number;
  operation: Operation;
}

/** What a response looked like and what the document says about it. */
interface Violation {
  request: string;
  status: number;
  problem: string;
}

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
const validators = new Map<string, ValidateFunction>();
// A test may add routes of its own (probes), so each document has its own route table.
const routeTables = new WeakMap<OpenApiDocument, Route[]>();

function routesOf(document: OpenApiDocument): Route[] {
  const table: Route[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
    for (const [method, operation] of Object.entries(operations)) {
      // Every route of the app is documented with an operationId (route-docs.ts); one without is a test's own probe.
      if (!operation.operationId) continue;
      const literalSegments = path.split('/').filter((segment) => segment && !segment.startsWith('{')).length;
      table.push({ method: method.toUpperCase(), path, pattern: new RegExp(`^${source}$`), literalSegments, operation });
    }
  }
  // `/labs/search` before `/labs/{id}`: the route with more fixed segments wins, as in Fastify's router.
  return table.sort((a, b) => b.literalSegments - a.literalSegments);
}

/** A validator for one documented body; its `$ref`s (`#/components/schemas/ApiError`) resolve in the document's components. */
function validatorFor(key: string, schema: object, document: OpenApiDocument): ValidateFunction {
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile({ ...schema, components: document.components });
    validators.set(key, validate);
  }
  return validate;
}

/** The problems with one response, judged by the document; none when it is what the document promises. */
export function checkResponse(document: OpenApiDocument, method: string, url: string, status: number, contentType: string, body: string): string[] {
  let routes = routeTables.get(document);
  if (!routes) {
    routes = routesOf(document);
    routeTables.set(document, routes);
  }
  const path = url.split('?')[0]!;
  const route = routes.find((candidate) => candidate.method === method && candidate.pattern.test(path));
  if (!route) return []; // not an operation (unknown routes, /docs, the web client's files)
  const documented = route.operation.responses?.[String(status)];
  const name = route.operation.operationId;
  if (!documented) return [`${name} answered ${status}, which it does not document (it documents ${Object.keys(route.operation.responses ?? {}).join(', ')})`];
  const content = documented.content;
  if (!content || body.length === 0) return content && status !== 204 ? [`${name} ${status} came without the documented body`] : [];
  const mediaType = contentType.split(';')[0]!.trim();
  const media = content[mediaType];
  if (!media) return [`${name} ${status} answered ${mediaType || 'no content type'}, documented: ${Object.keys(content).join(', ')}`];
  if (!media.schema || !mediaType.endsWith('json')) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [`${name} ${status} sent a body that is not JSON`];
  }
  const validate = validatorFor(`${route.method} ${route.path} ${status} ${mediaType}`, media.schema, document);
  if (validate(parsed)) return [];
  return (validate.errors ?? [])
    .slice(0, 5)
    .map((error) => `${name} ${status} body${error.instancePath.replaceAll('/', '.')} ${error.message} ${JSON.stringify(error.params)}`);
}

/**
 * Wraps `app.inject` so every response is checked against the served document; the violations
 * fail the test when it ends (an assertion mid-test would land in whichever subtest is running).
 */
export function checkConformance(t: Test, app: App): void {
  const violations: Violation[] = [];
  let document: OpenApiDocument | undefined;
  const inject = app.inject.bind(app) as (options: unknown) => Promise<{ statusCode: number; headers: Record<string, unknown>; body: string }>;
  const wrapped = async (options: unknown) => {
    const response = await inject(options);
    const { method = 'GET', url = '/' } = typeof options === 'string' ? { url: options } : (options as { method?: string; url?: string });
    document ??= app.swagger() as unknown as OpenApiDocument;
    const contentType = String(response.headers['content-type'] ?? '');
    // Fuzzed addresses can be kilobytes long; the start says which request it was.
    const request = `${method.toUpperCase()} ${url.length > 120 ? `${url.slice(0, 120)}…` : url}`;
    for (const problem of checkResponse(document, method.toUpperCase(), url, response.statusCode, contentType, response.body)) {
      violations.push({ request, status: response.statusCode, problem });
    }
    return response;
  };
  // Only the promise form (one options argument) is checked; the callback and chained forms pass through.
  app.inject = ((options?: unknown, callback?: unknown) =>
    options === undefined || callback !== undefined ? (inject as (...args: unknown[]) => unknown)(options, callback) : wrapped(options)) as App['inject'];
  t.teardown(() => {
    if (violations.length === 0) return;
    const lines = violations.map((violation) => `${violation.request} → ${violation.problem}`);
    throw new Error(`responses that do not match the served OpenAPI document (/docs/json):\n${[...new Set(lines)].join('\n')}`);
  });
}
