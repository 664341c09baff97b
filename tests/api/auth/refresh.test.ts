import t from 'tap';
import { desc, eq } from 'drizzle-orm';
import { auditLog, refreshTokens } from '@kopir/db';
import { apiErrorSchema, sessionSchema } from '@kopir/shared';
import type { App } from '@kopir/server';
import { createUser, TEST_PASSWORD } from '../../harness/factories.ts';
import { createTestApp } from '../../harness/test-app.ts';

async function signIn(app: App, email: string): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password: TEST_PASSWORD } });
  return response.cookies.find((cookie) => cookie.name === 'kopir_refresh')!.value;
}
const refresh = (app: App, token: string) => app.inject({ method: 'POST', url: '/api/v1/auth/refresh', cookies: { kopir_refresh: token } });
const newCookie = (response: Awaited<ReturnType<typeof refresh>>) => response.cookies.find((cookie) => cookie.name === 'kopir_refresh' && cookie.value)?.value;

t.test('refresh rotates the token: the new one works, the old one is spent', async (t) => {
  const app = await createTestApp(t);
  const { user } = await createUser(app, 'researcher');
  const first = await signIn(app, user.email);

  const rotated = await refresh(app, first);
  t.equal(rotated.statusCode, 200, '200');
  t.equal(sessionSchema.parse(rotated.json()).user.id, user.id, 'a session for the same user');
  const second = newCookie(rotated);
  t.ok(second && second !== first, 'a new refresh token');

  const stored = await app.db.select({ tokenHash: refreshTokens.tokenHash }).from(refreshTokens);
  t.notOk(stored.some((row) => row.tokenHash === first || row.tokenHash === second), 'tokens are stored only as hashes');
  t.equal((await refresh(app, second!)).statusCode, 200, 'the new token works once');
});

t.test('a replayed refresh token revokes its whole family', async (t) => {
  const app = await createTestApp(t);
  const { user } = await createUser(app, 'company');
  const first = await signIn(app, user.email);
  const second = newCookie(await refresh(app, first))!;
  const otherSession = await signIn(app, user.email); // another device, another family

  const replay = await refresh(app, first);
  t.equal(replay.statusCode, 401, 'the replay is refused');
  t.equal(apiErrorSchema.parse(replay.json()).code, 'REFRESH_TOKEN_REUSED', 'and recognised as reuse');
  const descendant = await refresh(app, second);
  t.equal(descendant.statusCode, 401, 'the token issued after it is revoked too');
  t.equal(apiErrorSchema.parse(descendant.json()).code, 'REFRESH_TOKEN_REUSED', 'as part of the compromised family');
  t.equal((await refresh(app, otherSession)).statusCode, 200, 'another session of the same user is untouched');

  const [entry] = await app.db.select().from(auditLog).where(eq(auditLog.action, 'auth.refresh_reuse_detected')).orderBy(desc(auditLog.id)).limit(1);
  t.equal(entry?.actorUserId, user.id, 'the reuse is in the audit log');
});

t.test('sign-out ends the session', async (t) => {
  const app = await createTestApp(t);
  const { user } = await createUser(app, 'researcher');
  const token = await signIn(app, user.email);
  const out = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-out', cookies: { kopir_refresh: token } });
  t.equal(out.statusCode, 204, '204');
  t.ok(out.cookies.some((cookie) => cookie.name === 'kopir_refresh' && cookie.value === ''), 'the cookie is cleared');
  t.equal((await refresh(app, token)).statusCode, 401, 'the token no longer refreshes');
  t.equal((await app.inject({ method: 'POST', url: '/api/v1/auth/sign-out' })).statusCode, 204, 'signing out twice is fine');
});

t.test('no cookie, an unknown token and an expired one all get 401', async (t) => {
  const app = await createTestApp(t);
  const { user } = await createUser(app, 'researcher');
  t.equal((await app.inject({ method: 'POST', url: '/api/v1/auth/refresh' })).statusCode, 401, 'no cookie');
  t.equal((await refresh(app, 'made-up-token')).statusCode, 401, 'unknown token');
  const token = await signIn(app, user.email);
  await app.db.update(refreshTokens).set({ expiresAt: new Date(Date.now() - 1000) });
  t.equal((await refresh(app, token)).statusCode, 401, 'expired token');
});
