import type { RouteOptions } from 'fastify';
import { apiErrorSchema, userRoles } from '@kopir/shared';
import type { AccessRule } from '../../access/rules.ts';

/** The security scheme names the document declares in `components.securitySchemes`. */
export const BEARER_SCHEME = 'bearerAuth';
export const REFRESH_COOKIE_SCHEME = 'refreshCookie';
/** The cookie `POST /auth/refresh` reads (routes/api/auth.ts sets it; the openapi test checks the two agree). */
export const REFRESH_COOKIE_NAME = 'kopir_refresh';

/**
 * The routes that read the refresh-token cookie rather than (or as well as) the bearer token. Their
 * access rule is `public` (the cookie is the proof), so nothing in the rule says which cookie.
 */
const cookieRoutes: Record<string, 'only' | 'or-bearer'> = {
  '/api/v1/auth/refresh': 'only',
  '/api/v1/auth/sign-out': 'or-bearer',
};

/** What each status means for any operation; the 403 of an operation adds its rule in the operation's description. */
export const statusDescriptions: Record<string, string> = {
  '200': 'OK: the result',
  '201': 'Created: the new resource',
  '202': 'Accepted: the request was taken; its outcome is not disclosed in the answer',
  '204': 'Done; no content',
  '304': 'Not modified: the copy named by If-None-Match is current',
  '400': 'The request is not valid: `fields` names each failing input (`body.email`, `query.page`)',
  '401': 'Not signed in: the access token (or the refresh cookie) is missing, expired or invalid',
  '403': 'Signed in but not allowed: the role, the account stage (unverified address, missing second factor) or the ownership rule refuses it',
  '404': 'Not found (or not visible to the caller)',
  '409': 'Conflicts with the current state; `details` says what the state is',
  '413': 'The request body is larger than the server accepts',
  '414': 'A part of the address is longer than the server accepts',
  '415': 'The request body has a content type the server does not accept',
  '429': 'Too many attempts; `Retry-After` says when to try again',
  '503': 'A backing service (PostgreSQL or Meilisearch) is briefly unavailable; retry after `Retry-After` seconds',
};

/** A stable camelCase name from the method and the path: `GET /api/v1/labs/:id/matches` → `getLabsByIdMatches`. */
function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/v1/, '')
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith(':') ? `by-${segment.slice(1)}` : segment))
    .flatMap((segment) => segment.split(/[-_.]/))
    .filter(Boolean);
  const pascal = words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
  return `${method.toLowerCase()}${pascal}`;
}

function securityOf(url: string, access: AccessRule): Record<string, string[]>[] {
  const cookie = cookieRoutes[url];
  if (cookie === 'only') return [{ [REFRESH_COOKIE_SCHEME]: [] }];
  if (cookie === 'or-bearer') return [{ [REFRESH_COOKIE_SCHEME]: [] }, { [BEARER_SCHEME]: [] }, {}];
  // A public route still reads a valid token (the answer may show more), so the token is optional.
  if (access.kind === 'public') return [{}, { [BEARER_SCHEME]: [] }];
  return [{ [BEARER_SCHEME]: [] }];
}

/** Who may call it, in words: the same facts docs/authorization.md lists. */
function accessText(access: AccessRule): string {
  if (access.kind === 'public') return `Public${access.note ? `: ${access.note}` : ''}.`;
  const who = access.roles.length === userRoles.length ? 'Any signed-in user' : `Signed-in users with the role ${access.roles.join(', ')}`;
  const stage = access.beforeComplete ? ', also before the address is verified and the second factor given' : '';
  return `${who}${stage}${access.ownership ? `; ${access.ownership}` : ''}.`;
}

/** May a signed-in caller who passes authentication still be refused? Roles, stage and ownership all refuse with 403. */
function canForbid(access: Extract<AccessRule, { kind: 'roles' }>): boolean {
  return access.roles.length < userRoles.length || !access.beforeComplete || access.ownership !== undefined;
}

type Responses = Record<string, unknown>;

/**
 * Completes one route's documentation from what it already declares: its operationId, security
 * requirement and access text from `config.access`, and the error answers the app gives every
 * such route (400 for a malformed or invalid request, 413/415 for a body it cannot take, 414 for an
 * over-long path parameter, 401/403 from the access rule, 429 when rate-limited, 503 when
 * PostgreSQL or Meilisearch is out). Statuses a route documents itself are kept as they are.
 */
export function documentRoute(route: RouteOptions): void {
  const access = route.config?.access;
  if (!access || route.schema?.hide) return;
  const { url } = route;
  const method = [route.method].flat().find((name) => name !== 'HEAD') ?? 'GET';
  route.schema ??= {};
  const schema = route.schema as Record<string, unknown>;
  schema.operationId ??= operationIdOf(method, url);
  schema.security ??= securityOf(url, access);
  schema.description ??= accessText(access);

  const added: Responses = {};
  // Any request may be refused as malformed: bad percent-encoding, characters that cannot be stored (input-guard.ts), invalid input.
  added['400'] = apiErrorSchema;
  if (['POST', 'PUT', 'PATCH'].includes(method)) Object.assign(added, { 413: apiErrorSchema, 415: apiErrorSchema });
  if (url.includes('/:')) added['414'] = apiErrorSchema;
  if (access.kind === 'roles') added['401'] = apiErrorSchema;
  if (access.kind === 'roles' && canForbid(access)) added['403'] = apiErrorSchema;
  if (cookieRoutes[url] === 'only') added['401'] = apiErrorSchema;
  if (route.config?.rateLimit) added['429'] = apiErrorSchema;
  // Every API route reads PostgreSQL (the access check alone loads the session); liveness does not.
  if (url.startsWith('/api/')) added['503'] = apiErrorSchema;
  schema.response = { ...added, ...(schema.response as Responses | undefined) };
}
