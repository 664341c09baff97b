import fp from 'fastify-plugin';
import cookie from '@fastify/cookie';
import jwt from '@fastify/jwt';
import type { UserRole } from '@kopir/shared';
import type { Actor } from '../../access/actor.ts';
import type { RouteAccess } from '../../access/rules.ts';
import { AppError } from '../../errors.ts';

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: { sub: string; role: UserRole; org: string | null; region: string | null };
    user: Actor;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every registered route with its declared access rule. */
    accessTable: RouteAccess[];
  }
  interface FastifyRequest {
    /** The signed-in user, or null for an anonymous request to a public route. */
    actor: Actor | null;
  }
}

const unauthenticated = () => new AppError(401, 'UNAUTHENTICATED', 'Sign in to do this (the access token is missing, expired or invalid)');

/**
 * Access tokens (HS256 JWTs; any other algorithm, `none` included, is refused) and the rule
 * check that runs before every route: the rule each route declares in `config.access`.
 */
export default fp<{ secret: string; accessTokenTtlSeconds: number }>(
  async function auth(app, options) {
    await app.register(cookie);
    await app.register(jwt, {
      secret: options.secret,
      sign: { algorithm: 'HS256', expiresIn: options.accessTokenTtlSeconds },
      verify: { algorithms: ['HS256'] },
      formatUser: (payload) => ({ id: payload.sub, role: payload.role, organisationId: payload.org, regionCode: payload.region }),
    });

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
        if (method !== 'HEAD') app.accessTable.push({ method, url, access });
      }
    });

    app.addHook('onRequest', async (request) => {
      const access = request.routeOptions.config.access;
      if (!access) return;
      const hasToken = request.headers.authorization !== undefined;
      if (access.kind === 'public') {
        // A public answer may show more to a signed-in user; a bad token just means anonymous.
        if (hasToken) request.actor = await request.jwtVerify().then(() => request.user, () => null);
        return;
      }
      if (!hasToken) throw unauthenticated();
      await request.jwtVerify().catch(() => {
        throw unauthenticated();
      });
      const actor = request.user;
      request.actor = actor;
      if (!access.roles.includes(actor.role)) throw new AppError(403, 'FORBIDDEN_ROLE', `Your role (${actor.role}) may not do this`);
    });
  },
  { name: 'auth' },
);
