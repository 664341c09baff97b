import t from 'tap';
import { desc, eq } from 'drizzle-orm';
import { auditLog, refreshTokens } from '@kopir/db';
import { apiErrorSchema, sessionSchema } from '@kopir/shared';
import type { App } from '@kopir/server';
import { createUser, TEST_PASSWORD } from '../../harness/factories.ts';
import { forgeJwt } from '../../harness/forge-jwt.ts';
import { createTestApp, TEST_JWT_SECRET } from '../../harness/test-app.ts';

const signIn = async (app: App, email: string) => {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password: TEST_PASSWORD } });
  return { refresh: response.cookies.find((cookie) => cookie.name === 'kopir_refresh')!.value, accessToken: sessionSchema.parse(response.json()).accessToken };
};
const refresh = (app: App, token: string) => app.inject({ method: 'POST', url: '/api/v1/auth/refresh', cookies: { kopir_refresh: token } });
const me = (app: App, accessToken: string) => app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${accessToken}` } });

t.test('disabling or demoting a user takes effect on their next request', async (t) => {
  const app = await createTestApp(t);
  const admin = await createUser(app, 'admin');
  const researcher = await createUser(app, 'researcher');
  t.equal((await me(app, researcher.accessToken)).statusCode, 200, 'the token works');
  await app.inject({
    method: 'PATCH',
    url: `/api/v1/admin/users/${researcher.user.id}`,
    headers: { authorization: admin.authorization },
    payload: { disabled: true },
  });
  const after = await app.inject({ method: 'POST', url: '/api/v1/labs', headers: { authorization: researcher.authorization }, payload: {} });
  t.equal(after.statusCode, 401, 'a disabled user is refused at once, token or not');

  const analyst = await createUser(app, 'ministry');
  const summary = () => app.inject({ method: 'GET', url: '/api/v1/analytics/summary?region=KZ-75', headers: { authorization: analyst.authorization } });
  t.equal((await summary()).statusCode, 200, 'a ministry analyst reads any region');
  await app.inject({
    method: 'PATCH',
    url: `/api/v1/admin/users/${analyst.user.id}`,
    headers: { authorization: admin.authorization },
    payload: { role: 'region', regionCode: 'KZ-71' },
  });
  t.equal((await summary()).statusCode, 401, 'demoted, the old token reads nothing more');
});

t.test('sign-out ends the access token too, and a stale tab’s refresh afterwards is “ended”, not theft', async (t) => {
  const app = await createTestApp(t);
  const { user } = await createUser(app, 'company');
  const session = await signIn(app, user.email);
  const out = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-out', cookies: { kopir_refresh: session.refresh } });
  t.equal(out.statusCode, 204, 'signed out');
  t.equal((await me(app, session.accessToken)).statusCode, 401, 'the access token stops working on the next request');
  const stale = await refresh(app, session.refresh);
  t.equal(stale.statusCode, 401, 'the stale tab’s refresh is refused');
  t.equal(apiErrorSchema.parse(stale.json()).code, 'SESSION_ENDED', 'as an ended session');
  const actions = (await app.db.select().from(auditLog).orderBy(desc(auditLog.id))).map((row) => row.action);
  t.ok(actions.includes('auth.refresh_after_end'), 'audited as a refresh after the end');
  t.notOk(actions.includes('auth.refresh_reuse_detected'), 'not as token theft');
});

t.test('two tabs refreshing with the same cookie at once both stay signed in', async (t) => {
  const app = await createTestApp(t);
  const { user } = await createUser(app, 'researcher');
  const session = await signIn(app, user.email);
  const [a, b] = await Promise.all([refresh(app, session.refresh), refresh(app, session.refresh)]);
  t.equal(a.statusCode, 200, 'the first tab');
  t.equal(b.statusCode, 200, 'the second tab, within the grace period');
  t.equal((await me(app, sessionSchema.parse(b.json()).accessToken)).statusCode, 200, 'both access tokens work');
});

t.test('a refresh token replayed after the grace period ends the session', async (t) => {
  const app = await createTestApp(t);
  const { user } = await createUser(app, 'company');
  const session = await signIn(app, user.email);
  const second = (await refresh(app, session.refresh)).cookies.find((cookie) => cookie.name === 'kopir_refresh')!.value;
  await app.db
    .update(refreshTokens)
    .set({ usedAt: new Date(Date.now() - 60_000) })
    .where(eq(refreshTokens.userId, user.id));
  const other = await signIn(app, user.email);
  const replay = await refresh(app, session.refresh);
  t.equal(apiErrorSchema.parse(replay.json()).code, 'REFRESH_TOKEN_REUSED', 'the replay is recognised');
  t.equal((await refresh(app, second)).statusCode, 401, 'the session’s newer token is ended too');
  t.equal((await me(app, session.accessToken)).statusCode, 401, 'and its access token');
  t.equal((await refresh(app, other.refresh)).statusCode, 200, 'another session of the same user is untouched');
  const [entry] = await app.db.select().from(auditLog).where(eq(auditLog.action, 'auth.refresh_reuse_detected'));
  t.equal(entry?.actorUserId, user.id, 'the reuse is audited');
});

t.test('twenty reloads in a minute keep the session; calls without a session are not counted', async (t) => {
  const app = await createTestApp(t, { auth: { jwtSecret: TEST_JWT_SECRET, accessTokenTtlSeconds: 900, refreshTokenTtlDays: 30, rateLimitPerMinute: 10 } });
  const { user } = await createUser(app, 'researcher');
  let token = (await signIn(app, user.email)).refresh;
  for (let i = 0; i < 30; i++) await app.inject({ method: 'POST', url: '/api/v1/auth/refresh', remoteAddress: '10.9.9.9' });
  for (let reload = 1; reload <= 20; reload++) {
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/refresh', remoteAddress: '10.9.9.9', cookies: { kopir_refresh: token } });
    if (response.statusCode !== 200) {
      t.fail(`reload ${reload} answered ${response.statusCode}`);
      return;
    }
    token = response.cookies.find((cookie) => cookie.name === 'kopir_refresh')!.value;
  }
  t.ok(token, 'twenty reloads from one address, after thirty anonymous loads, all refreshed');
  const hint =
    (await signIn(app, user.email)) &&
    (await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: user.email, password: TEST_PASSWORD } })).cookies.find(
      (cookie) => cookie.name === 'kopir_session',
    );
  t.equal(hint?.httpOnly ?? false, false, 'a readable hint cookie tells the web client a session exists');
});

t.test('only genuine HS256 tokens with an expiry and a live session are accepted', async (t) => {
  const app = await createTestApp(t);
  const { user, accessToken, sessionId } = await createUser(app, 'admin');
  const now = Math.floor(Date.now() / 1000);
  const claims = { sub: user.id, sid: sessionId, iat: now };
  t.equal((await me(app, accessToken)).statusCode, 200, 'a genuine token works');
  const [header, payload, signature] = accessToken.split('.');
  const tampered = Buffer.from(
    JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), sub: '00000000-0000-4000-8000-000000000000' }),
  ).toString('base64url');
  const cases: [string, string][] = [
    ['a tampered payload', `${header}.${tampered}.${signature}`],
    ['a tampered signature', `${header}.${payload}.${signature!.slice(0, -2)}xx`],
    ['alg: none', forgeJwt({ alg: 'none', typ: 'JWT' }, { ...claims, exp: now + 600 })],
    ['an expired token', forgeJwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: now - 7200, exp: now - 3600 }, TEST_JWT_SECRET)],
    ['a token without an expiry, signed with the real key', forgeJwt({ alg: 'HS256', typ: 'JWT' }, claims, TEST_JWT_SECRET)],
    [
      'a token without a session, signed with the real key',
      forgeJwt({ alg: 'HS256', typ: 'JWT' }, { sub: user.id, iat: now, exp: now + 600 }, TEST_JWT_SECRET),
    ],
    [
      'a token naming another session',
      forgeJwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, sid: '00000000-0000-4000-8000-000000000000', exp: now + 600 }, TEST_JWT_SECRET),
    ],
    ['another secret', forgeJwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, exp: now + 600 }, 'some-other-secret-some-other-secret!!')],
    ['another algorithm with our secret', forgeJwt({ alg: 'HS512', typ: 'JWT' }, { ...claims, exp: now + 600 }, TEST_JWT_SECRET)],
    ['garbage', 'not.a.token'],
  ];
  for (const [what, token] of cases) {
    const response = await me(app, token);
    t.equal(response.statusCode, 401, `${what}: 401`);
    t.equal(apiErrorSchema.parse(response.json()).code, 'UNAUTHENTICATED', `${what}: UNAUTHENTICATED`);
  }
  const publicRoute = await app.inject({ method: 'GET', url: '/api/v1/organisations', headers: { authorization: 'Bearer not.a.token' } });
  t.equal(publicRoute.statusCode, 200, 'on a public route a bad token counts as anonymous');
});

t.test('refresh rotates the token, stores only hashes, and refuses unknown and expired tokens', async (t) => {
  const app = await createTestApp(t);
  const { user } = await createUser(app, 'researcher');
  const first = (await signIn(app, user.email)).refresh;
  const rotated = await refresh(app, first);
  t.equal(rotated.statusCode, 200, 'rotated');
  const second = rotated.cookies.find((cookie) => cookie.name === 'kopir_refresh')!.value;
  t.not(second, first, 'a new refresh token');
  const stored = await app.db.select({ tokenHash: refreshTokens.tokenHash }).from(refreshTokens);
  t.notOk(
    stored.some((row) => row.tokenHash === first || row.tokenHash === second),
    'tokens are stored only as hashes',
  );
  t.equal((await app.inject({ method: 'POST', url: '/api/v1/auth/refresh' })).statusCode, 401, 'no cookie');
  t.equal((await refresh(app, 'made-up-token')).statusCode, 401, 'an unknown token');
  await app.db.update(refreshTokens).set({ expiresAt: new Date(Date.now() - 1000) });
  t.equal((await refresh(app, second)).statusCode, 401, 'an expired token');
});
