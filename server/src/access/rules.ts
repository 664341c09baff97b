import { userRoles, type UserRole } from '@kopir/shared';

/**
 * Who may call a route. Every route declares one in `config.access`; a route under /api without
 * one cannot be registered. `ownership` names the extra rule the route's service enforces on the
 * resource itself (e.g. "member of the organisation"); it is written into docs/authorization.md.
 */
export type AccessRule =
  | { kind: 'public'; note?: string }
  | {
      kind: 'roles';
      roles: readonly UserRole[];
      ownership?: string;
      /**
       * Also for an account that has not verified its address or given its second factor yet:
       * only the routes that get it there (and sign-out, one's own profile) say so.
       */
      beforeComplete?: true;
    };

export const allow = {
  /** Anyone, signed in or not. A valid token is still read, so answers may add to what is public. */
  public: (note?: string): AccessRule => ({ kind: 'public', ...(note && { note }) }),
  /** Signed-in users whose role is in `roles`, subject to `ownership` where given. */
  roles: (roles: readonly UserRole[], ownership?: string): AccessRule => ({ kind: 'roles', roles, ...(ownership && { ownership }) }),
  /** Any signed-in user. */
  signedIn: (ownership?: string): AccessRule => ({ kind: 'roles', roles: userRoles, ...(ownership && { ownership }) }),
  /** Any signed-in user, also before the address is verified and the second factor given. */
  signedInBeforeComplete: (ownership?: string): AccessRule => ({ kind: 'roles', roles: userRoles, beforeComplete: true, ...(ownership && { ownership }) }),
};

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessRule;
  }
}

/** One row of the route table: what docs/authorization.md lists and the route-walk test checks. */
export interface RouteAccess {
  method: string;
  url: string;
  access: AccessRule;
  /** False for a route the OpenAPI document leaves out on purpose: a web page (HTML), not an API operation. */
  inApiDocument: boolean;
}
