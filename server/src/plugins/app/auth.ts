import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import cookie from '@fastify/cookie';
import jwt from '@fastify/jwt';
import type { UserActor } from '../../access/actor.ts';
import { loadActor } from '../../access/load-actor.ts';
import { refusalOf, unauthenticated } from '../../access/refusal.ts';
import type { AccessRule, RouteAccess } from '../../access/rules.ts';

declare module '@fastify/jwt' {
  interface FastifyJWT {
    /** An access token names the user and the session; everything else is read per request. */
    payload: { sub: string; sid: string };
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every registered route with its declared access rule. */
    accessTable: RouteAccess[];
    /** A short-lived access token for a session. */
    signAccessToken(userId: string, sessionId: string): string;
  }
  interface FastifyRequest {
    /** The signed-in user, or null for an anonymous request to a public route. */
    actor: UserActor | null;
  }
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Access tokens (HS256 JWTs with an expiry; any other algorithm, `none` included, is refused), the
 * session behind each one checked on every request, and the rule each route declares in
 * `config.access`, enforced before the route runs.
 */
export default fp<{ secret: string; accessTokenTtlSeconds: number }>(
  async function auth(app, options) {
    await app.register(cookie);
    await app.register(jwt, {
      secret: options.secret,
      sign: { algorithm: 'HS256', expiresIn: options.accessTokenTtlSeconds },
      verify: { algorithms: ['HS256'], requiredClaims: ['exp', 'sub', 'sid'] },
    });
    app.decorate('signAccessToken', (userId: string, sessionId: string) => app.jwt.sign({ sub: userId, sid: sessionId }));
    app.decorate('accessTable', [] as RouteAccess[]);
    app.decorateRequest('actor', null);

    app.addHook('onRoute', (route) => {
      const access = route.config?.access;
      const url = route.url ?? route.path;
      if (!access) {
        if (url.startsWith('/api/')) throw new Error(`Route ${String(route.method)} ${url} declares no access rule (config.access)`);
        return; // documentation UI and static files, registered by their own plugins
      }
      for (const method of [route.method].flat()) {
        if (method !== 'HEAD') app.accessTable.push({ method, url, access, inApiDocument: route.schema?.hide !== true });
      }
    });

    /** The actor of the request's bearer token, or null when it has none that is valid now. */
    const actorOf = async (request: FastifyRequest): Promise<UserActor | null> => {
      const claims = await request.jwtVerify<{ sub: string; sid: string }>().catch(() => null);
      if (!claims || !uuid.test(claims.sub) || !uuid.test(claims.sid)) return null;
      return loadActor(app.sql, claims.sub, claims.sid);
    };

    app.addHook('onRequest', async (request) => {
      const access: AccessRule | undefined = request.routeOptions.config.access;
      if (!access) return;
      const hasToken = request.headers.authorization !== undefined;
      if (access.kind === 'public') {
        // A public answer may show more to a signed-in user with a complete account; anything
        // less (a bad token, an unverified address, a missing second factor) reads as anonymous.
        const actor = hasToken ? await actorOf(request) : null;
        request.actor = actor?.stage === 'complete' ? actor : null;
        return;
      }
      if (!hasToken) throw unauthenticated();
      const actor = await actorOf(request);
      if (actor) request.actor = actor;
      const refusal = refusalOf(access, actor);
      if (refusal) throw refusal;
    });
  },
  { name: 'auth', dependencies: ['database'] },
);
