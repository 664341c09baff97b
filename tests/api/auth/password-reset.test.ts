import t from 'tap';
import { eq } from 'drizzle-orm';
import { accountTokens, emailOutbox } from '@kopir/db';
import { apiErrorSchema, sessionSchema } from '@kopir/shared';
import type { App } from '@kopir/server';
import { createUser, TEST_PASSWORD } from '../../harness/factories.ts';
import { latestEmailTo, linkTokenSentTo } from '../../harness/mail.ts';
import { createTestApp } from '../../harness/test-app.ts';

const NEW_PASSWORD = 'Apricot-orchard-Almaty-77';
const requestReset = (app: App, email: string) => app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email } });
const setPassword = (app: App, token: string, password = NEW_PASSWORD) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/password', payload: { token, password } });
const signIn = (app: App, email: string, password: string) => app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password } });

t.test('a forgotten password is reset from an emailed single-use link, and every session ends', async (t) => {
  const app = await createTestApp(t);
  const { user, accessToken } = await createUser(app, 'researcher');
  const known = await requestReset(app, user.email);
  const unknown = await requestReset(app, 'nobody@example.kz');
  t.equal(known.statusCode, 202, 'accepted');
  t.equal(unknown.statusCode, known.statusCode, 'the same answer for an address without an account');
  t.equal((await app.db.select().from(emailOutbox)).length, 1, 'only the real account got an email');
  const email = await latestEmailTo(app, user.email);
  t.match(email?.body, /http:\/\/kopir\.test\/reset-password#token=/, 'with an absolute link');
  const token = await linkTokenSentTo(app, user.email);
  const [stored] = await app.db.select().from(accountTokens).where(eq(accountTokens.userId, user.id));
  t.not(stored?.tokenHash, token, 'only the token’s hash is stored');

  const weak = await setPassword(app, token, 'aaaaaaaaa1');
  t.match(apiErrorSchema.parse(weak.json()).fields, [{ path: 'body.password' }], 'a weak new password is refused, naming the field');
  t.equal((await setPassword(app, token)).statusCode, 204, 'the new password is set');
  t.equal(
    (await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${accessToken}` } })).statusCode,
    401,
    'the old session ended',
  );
  t.equal((await signIn(app, user.email, TEST_PASSWORD)).statusCode, 401, 'the old password no longer works');
  t.equal((await signIn(app, user.email, NEW_PASSWORD)).statusCode, 200, 'the new one does');

  const reused = await setPassword(app, token, 'Another-long-password-93');
  t.equal(reused.statusCode, 400, 'a used link is refused');
  t.equal(apiErrorSchema.parse(reused.json()).code, 'LINK_INVALID', 'as used or expired');
});

t.test('an expired link and a newer link’s predecessor are refused', async (t) => {
  const app = await createTestApp(t);
  const { user } = await createUser(app, 'company');
  await requestReset(app, user.email);
  const older = await linkTokenSentTo(app, user.email);
  await requestReset(app, user.email);
  const newer = await linkTokenSentTo(app, user.email);
  t.equal((await setPassword(app, older)).statusCode, 400, 'a newer link replaces the older one');
  await app.db
    .update(accountTokens)
    .set({ expiresAt: new Date(Date.now() - 1000) })
    .where(eq(accountTokens.userId, user.id));
  t.equal(apiErrorSchema.parse((await setPassword(app, newer)).json()).code, 'LINK_INVALID', 'an expired link is refused');
});

t.test('an invited staff member chooses their own password: no admin ever knows it', async (t) => {
  const app = await createTestApp(t);
  const admin = await createUser(app, 'admin');
  const created = await app.inject({
    method: 'POST',
    url: '/api/v1/admin/users',
    headers: { authorization: admin.authorization },
    payload: { email: 'analyst@edu.gov.kz', fullName: 'Ministry Analyst', role: 'ministry' },
  });
  t.equal(created.statusCode, 201, 'the admin creates the account without a password');
  t.equal((await signIn(app, 'analyst@edu.gov.kz', TEST_PASSWORD)).statusCode, 401, 'nobody can sign in to it yet');
  t.equal((await setPassword(app, await linkTokenSentTo(app, 'analyst@edu.gov.kz'))).statusCode, 204, 'the analyst sets a password from the emailed link');
  const session = sessionSchema.parse((await signIn(app, 'analyst@edu.gov.kz', NEW_PASSWORD)).json());
  t.equal(session.stage, 'second_factor_setup', 'and, signed in, must set up a second factor first');
});
