import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  apiErrorSchema,
  verifyEmailSchema,
  passwordResetRequestSchema,
  recoveryCodesSchema,
  registerRequestSchema,
  registrationOutcomeSchema,
  secondFactorCodeSchema,
  secondFactorProofSchema,
  secondFactorSetupSchema,
  sessionSchema,
  setPasswordSchema,
  signInRequestSchema,
} from '@kopir/shared';
import { allow } from '../../access/rules.ts';
import { AppError } from '../../errors.ts';
import type { AppConfig } from '../../config.ts';
import { setPasswordFromLink, requestPasswordReset } from '../../services/auth/password-links.ts';
import { refreshSession } from '../../services/auth/refresh-session.ts';
import { register } from '../../services/auth/register.ts';
import { beginSecondFactorSetup, enableSecondFactor, giveSecondFactor } from '../../services/auth/second-factor.ts';
import type { SessionGrant } from '../../services/auth/session-grant.ts';
import { sessionStage } from '../../services/auth/session-stage.ts';
import { signIn } from '../../services/auth/sign-in.ts';
import { deviceCookieFor, isTrustedDevice } from '../../services/auth/sign-in-throttle.ts';
import { signOut } from '../../services/auth/sign-out.ts';
import { resendVerification, verifyEmail } from '../../services/auth/verify-email.ts';
import { contextOf } from '../../services/context.ts';

/** The refresh token lives only in this cookie: httpOnly (no script reads it), sent only to /auth. */
const REFRESH_COOKIE = 'kopir_refresh';
/** Marks a browser where this account signed in before; sign-in throttling trusts it (not a secret to the owner, unforgeable to others). */
const DEVICE_COOKIE = 'kopir_device';
/**
 * Readable by the web client and holding nothing secret: it says a refresh cookie exists, so a
 * page load without a session makes no refresh call at all.
 */
const SESSION_HINT_COOKIE = 'kopir_session';
const COOKIE_PATH = '/api/v1/auth';

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 409: apiErrorSchema, 429: apiErrorSchema };

const authRoutes: FastifyPluginAsyncZod<{ auth: AppConfig['auth'] }> = async (app, { auth }) => {
  const perMinute = (max: number, keyOf: (request: FastifyRequest) => string) => ({ max, timeWindow: '1 minute', keyGenerator: keyOf });
  const perIp = (name: string, factor = 1) => perMinute(auth.rateLimitPerMinute * factor, (request) => `${name}:${request.ip}`);

  const sendSession = async (request: FastifyRequest, reply: FastifyReply, grant: SessionGrant, status: 200 | 201) => {
    const { user } = grant;
    const stage = await sessionStage({ ctx: contextOf(request), input: { userId: user.id, sessionId: grant.sessionId } });
    const cookie = { sameSite: 'strict' as const, secure: 'auto' as const, expires: grant.refresh.expiresAt };
    reply.setCookie(REFRESH_COOKIE, grant.refresh.token, { ...cookie, httpOnly: true, path: COOKIE_PATH });
    reply.setCookie(SESSION_HINT_COOKIE, '1', { ...cookie, httpOnly: false, path: '/' });
    if (grant.passwordHash)
      reply.setCookie(DEVICE_COOKIE, deviceCookieFor(auth.jwtSecret, user.email, grant.passwordHash), {
        ...cookie,
        httpOnly: true,
        path: COOKIE_PATH,
        maxAge: 365 * 86_400,
      });
    if (!stage) throw new AppError('SESSION_ENDED', 'This session has ended; sign in again');
    return reply.status(status).send({ accessToken: app.signAccessToken(user.id, grant.sessionId), expiresInSeconds: auth.accessTokenTtlSeconds, user, stage });
  };
  const endSessionCookies = (reply: FastifyReply) => {
    reply.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
    reply.clearCookie(SESSION_HINT_COOKIE, { path: '/' });
  };

  app.post(
    '/register',
    {
      config: {
        access: allow.public('researchers and companies register themselves; the answer never says whether the address had an account'),
        rateLimit: perIp('register'),
      },
      schema: {
        tags: ['auth'],
        summary: 'Create a researcher or company account; a link to confirm the address is emailed (with an invitation, signed in at once)',
        body: registerRequestSchema,
        response: { 201: sessionSchema, 202: registrationOutcomeSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const outcome = await register({ ctx, input: request.body });
      if (outcome.status === 'verification_sent') return reply.status(202).send({ status: 'verification_sent' });
      return sendSession(
        request,
        reply,
        await signIn({ ctx, input: { ...request.body, refreshTtlDays: auth.refreshTokenTtlDays, isTrusted: () => false } }),
        201,
      );
    },
  );

  app.post(
    '/verify-email',
    {
      config: { access: allow.public('the emailed link is the proof'), rateLimit: perIp('link') },
      schema: {
        tags: ['auth'],
        summary: 'Confirm the address with the emailed link and the account’s password; signs the person in',
        body: verifyEmailSchema,
        response: { 200: sessionSchema, ...errors },
      },
    },
    async (request, reply) =>
      sendSession(request, reply, await verifyEmail({ ctx: contextOf(request), input: { ...request.body, refreshTtlDays: auth.refreshTokenTtlDays } }), 200),
  );

  app.post(
    '/verify-email/resend',
    {
      config: { access: allow.signedInBeforeComplete('one’s own address'), rateLimit: perMinute(3, (request) => `resend:${request.actor?.id ?? request.ip}`) },
      schema: { tags: ['auth'], summary: 'Send a new confirmation link to my address', response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      await resendVerification({ ctx: contextOf(request) });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/password-reset',
    {
      config: { access: allow.public('the answer never says whether the address has an account'), rateLimit: perIp('reset') },
      schema: {
        tags: ['auth'],
        summary: 'Email a single-use link (one hour) to choose a new password',
        body: passwordResetRequestSchema,
        response: { 202: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await requestPasswordReset({ ctx: contextOf(request), input: request.body });
      return reply.status(202).send(null);
    },
  );

  app.post(
    '/password',
    {
      config: { access: allow.public('the emailed reset or set-password link is the proof'), rateLimit: perIp('link') },
      schema: {
        tags: ['auth'],
        summary: 'Choose a password with an emailed link; every session of the account ends',
        body: setPasswordSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await setPasswordFromLink({ ctx: contextOf(request), input: request.body });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/sign-in',
    {
      config: { access: allow.public(), rateLimit: perIp('sign-in') },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password (then the second factor, where the account has one)',
        body: signInRequestSchema,
        response: { 200: sessionSchema, ...errors },
      },
    },
    async (request, reply) => {
      const isTrusted = (passwordHash: string | null | undefined) =>
        isTrustedDevice(auth.jwtSecret, request.body.email, passwordHash, request.cookies[DEVICE_COOKIE]);
      return sendSession(
        request,
        reply,
        await signIn({ ctx: contextOf(request), input: { ...request.body, refreshTtlDays: auth.refreshTokenTtlDays, isTrusted } }),
        200,
      );
    },
  );

  app.post(
    '/second-factor/setup',
    {
      config: { access: allow.signedInBeforeComplete('one’s own account') },
      schema: {
        tags: ['auth'],
        summary: 'Start setting up an authenticator app: a new key to scan or type',
        response: { 200: secondFactorSetupSchema, ...errors },
      },
    },
    async (request) => beginSecondFactorSetup({ ctx: contextOf(request) }),
  );

  app.post(
    '/second-factor/enable',
    {
      config: { access: allow.signedInBeforeComplete('one’s own account'), rateLimit: perMinute(5, (request) => `totp:${request.actor?.id ?? request.ip}`) },
      schema: {
        tags: ['auth'],
        summary: 'Turn two-step sign-in on with a first code; answers the recovery codes, once',
        body: secondFactorCodeSchema,
        response: { 200: recoveryCodesSchema, ...errors },
      },
    },
    async (request) => enableSecondFactor({ ctx: contextOf(request), input: request.body }),
  );

  app.post(
    '/second-factor',
    {
      config: { access: allow.signedInBeforeComplete('one’s own session'), rateLimit: perMinute(5, (request) => `totp:${request.actor?.id ?? request.ip}`) },
      schema: {
        tags: ['auth'],
        summary: 'Finish signing in with the authenticator’s code or a recovery code',
        body: secondFactorProofSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await giveSecondFactor({ ctx: contextOf(request), input: request.body });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/refresh',
    {
      // Its own, generous limit: every page load refreshes, and a university behind one NAT
      // must not sign its people out. Calls without a cookie are answered without counting.
      config: {
        access: allow.public('needs the refresh-token cookie'),
        rateLimit: { ...perIp('refresh', 10), allowList: (request) => !request.cookies[REFRESH_COOKIE] },
      },
      schema: {
        tags: ['auth'],
        summary: 'Exchange the refresh-token cookie for a new session (the old token stops working)',
        response: { 200: sessionSchema, ...errors },
      },
    },
    async (request, reply) => {
      try {
        return await sendSession(
          request,
          reply,
          await refreshSession({ ctx: contextOf(request), input: { presented: request.cookies[REFRESH_COOKIE], refreshTtlDays: auth.refreshTokenTtlDays } }),
          200,
        );
      } catch (error) {
        endSessionCookies(reply);
        throw error;
      }
    },
  );

  app.post(
    '/sign-out',
    {
      config: { access: allow.public('ends the session of the refresh-token cookie or of the access token') },
      schema: { tags: ['auth'], summary: 'End this session', response: { 204: z.null() } },
    },
    async (request, reply) => {
      await signOut({ ctx: contextOf(request), input: { presented: request.cookies[REFRESH_COOKIE] } });
      endSessionCookies(reply);
      return reply.status(204).send(null);
    },
  );
};

export default authRoutes;
