import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { apiErrorSchema, registerRequestSchema, sessionSchema, signInRequestSchema } from '@kopir/shared';
import { allow } from '../../access/rules.ts';
import { AppError } from '../../errors.ts';
import type { AppConfig } from '../../config.ts';
import { refreshSession } from '../../services/auth/refresh-session.ts';
import { register } from '../../services/auth/register.ts';
import type { SessionGrant } from '../../services/auth/session-grant.ts';
import { signIn } from '../../services/auth/sign-in.ts';
import { signOut } from '../../services/auth/sign-out.ts';
import { contextOf } from '../../services/context.ts';

/** The refresh token lives only in this cookie: httpOnly (no script reads it), sent only to /auth. */
export const REFRESH_COOKIE = 'kopir_refresh';
const COOKIE_PATH = '/api/v1/auth';

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 409: apiErrorSchema, 429: apiErrorSchema };

const authRoutes: FastifyPluginAsyncZod<{ auth: AppConfig['auth'] }> = async (app, { auth }) => {
  const perMinute = { max: auth.rateLimitPerMinute, timeWindow: '1 minute' };
  const perIp = { ...perMinute, keyGenerator: (request: FastifyRequest) => `ip:${request.ip}` };
  // A second limit per account (or per session for refresh), so that many addresses cannot take
  // turns guessing one password. The plugin runs one route limit per request, so this one is
  // checked by hand with the plugin's own counter store.
  const secondLimit = (keyOf: (request: FastifyRequest) => string) => {
    const check = app.createRateLimit({ ...perMinute, keyGenerator: keyOf });
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const verdict = await check(request);
      if (!verdict.isAllowed && verdict.isExceeded) {
        reply.header('retry-after', verdict.ttlInSeconds);
        throw new AppError(429, 'RATE_LIMITED', `Too many attempts; try again in ${verdict.ttlInSeconds} seconds`);
      }
    };
  };
  const perAccount = secondLimit((request) => `account:${(request.body as { email?: string } | undefined)?.email ?? ''}`);
  const perSession = secondLimit((request) => `session:${createHash('sha256').update(request.cookies[REFRESH_COOKIE] ?? '').digest('hex')}`);

  const sendSession = (reply: FastifyReply, grant: SessionGrant, status: 200 | 201) => {
    const { user } = grant;
    const accessToken = app.jwt.sign({ sub: user.id, role: user.role, org: user.organisationId, region: user.regionCode });
    reply.setCookie(REFRESH_COOKIE, grant.refresh.token, { httpOnly: true, sameSite: 'strict', secure: 'auto', path: COOKIE_PATH, expires: grant.refresh.expiresAt });
    return reply.status(status).send({ accessToken, expiresInSeconds: auth.accessTokenTtlSeconds, user });
  };

  app.post(
    '/register',
    {
      config: { access: allow.public('researchers and companies register themselves'), rateLimit: perIp },
      preHandler: perAccount,
      schema: { tags: ['auth'], summary: 'Create a researcher or company account, joining or creating its organisation', body: registerRequestSchema, response: { 201: sessionSchema, ...errors } },
    },
    async (request, reply) => sendSession(reply, await register({ ctx: contextOf(request), input: request.body, refreshTtlDays: auth.refreshTokenTtlDays }), 201),
  );

  app.post(
    '/sign-in',
    {
      config: { access: allow.public(), rateLimit: perIp },
      preHandler: perAccount,
      schema: { tags: ['auth'], summary: 'Sign in with email and password', body: signInRequestSchema, response: { 200: sessionSchema, ...errors } },
    },
    async (request, reply) => sendSession(reply, await signIn({ ctx: contextOf(request), input: request.body, refreshTtlDays: auth.refreshTokenTtlDays }), 200),
  );

  app.post(
    '/refresh',
    {
      config: { access: allow.public('needs the refresh-token cookie'), rateLimit: perIp },
      preHandler: perSession,
      schema: { tags: ['auth'], summary: 'Exchange the refresh-token cookie for a new session (the old token stops working)', response: { 200: sessionSchema, ...errors } },
    },
    async (request, reply) => {
      try {
        return sendSession(reply, await refreshSession({ ctx: contextOf(request), presented: request.cookies[REFRESH_COOKIE], refreshTtlDays: auth.refreshTokenTtlDays }), 200);
      } catch (error) {
        reply.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
        throw error;
      }
    },
  );

  app.post(
    '/sign-out',
    {
      config: { access: allow.public('ends the session of the refresh-token cookie') },
      schema: { tags: ['auth'], summary: 'End this session', response: { 204: z.null() } },
    },
    async (request, reply) => {
      await signOut({ ctx: contextOf(request), presented: request.cookies[REFRESH_COOKIE] });
      reply.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
      return reply.status(204).send(null);
    },
  );
};

export default authRoutes;
