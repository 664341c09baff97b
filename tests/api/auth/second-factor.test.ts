import t from 'tap';
import { eq } from 'drizzle-orm';
import { sessions, users } from '@kopir/db';
import { apiErrorSchema, recoveryCodesSchema, secondFactorSetupSchema, sessionSchema } from '@kopir/shared';
import type { App } from '@kopir/server';
import { createUser, signedInSession, TEST_PASSWORD, TEST_TOTP_SECRET, totpCode } from '../../harness/factories.ts';
import { createTestApp } from '../../harness/test-app.ts';

const post = (app: App, url: string, authorization: string, payload?: object) =>
  app.inject({ method: 'POST', url, headers: { authorization }, ...(payload && { payload }) });
const signIn = async (app: App, email: string) =>
  sessionSchema.parse((await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password: TEST_PASSWORD } })).json());

t.test('a ministry account without a second factor reaches no ministry data until it sets one up', async (t) => {
  const app = await createTestApp(t);
  const { user } = await createUser(app, 'ministry');
  await app.db.update(users).set({ totpSecret: null, totpEnabledAt: null }).where(eq(users.id, user.id));
  const session = await signIn(app, user.email);
  t.equal(session.stage, 'second_factor_setup', 'the session says a second factor must be set up');
  const authorization = `Bearer ${session.accessToken}`;
  const summary = () => app.inject({ method: 'GET', url: '/api/v1/analytics/summary', headers: { authorization } });
  const refused = await summary();
  t.equal(refused.statusCode, 403, 'ministry data is refused');
  t.equal(apiErrorSchema.parse(refused.json()).code, 'SECOND_FACTOR_SETUP_REQUIRED', 'saying why');

  const setup = secondFactorSetupSchema.parse((await post(app, '/api/v1/auth/second-factor/setup', authorization)).json());
  t.match(setup.otpauthUri, /^otpauth:\/\/totp\/Kopir:.*secret=/, 'an otpauth URI for the app');
  const wrong = await post(app, '/api/v1/auth/second-factor/enable', authorization, { code: totpCode(setup.secret, Date.now() - 10 * 60_000) });
  t.equal(apiErrorSchema.parse(wrong.json()).code, 'SECOND_FACTOR_INVALID', 'a wrong code is refused');
  const enabled = await post(app, '/api/v1/auth/second-factor/enable', authorization, { code: totpCode(setup.secret) });
  t.equal(enabled.statusCode, 200, 'the right code turns it on');
  t.equal(recoveryCodesSchema.parse(enabled.json()).recoveryCodes.length, 10, 'with ten recovery codes, shown once');
  t.equal((await summary()).statusCode, 200, 'and this session may now read ministry data');
});

t.test('with a second factor on, every sign-in asks for a code; a lost phone is replaced by a recovery code, once', async (t) => {
  const app = await createTestApp(t);
  const { user } = await createUser(app, 'admin');
  const session = await signIn(app, user.email);
  t.equal(session.stage, 'second_factor', 'the password alone is not enough');
  const authorization = `Bearer ${session.accessToken}`;
  const users_ = () => app.inject({ method: 'GET', url: '/api/v1/admin/users', headers: { authorization } });
  t.equal(apiErrorSchema.parse((await users_()).json()).code, 'SECOND_FACTOR_REQUIRED', 'nothing is open before the code');
  t.equal((await post(app, '/api/v1/auth/second-factor', authorization, { code: '000000' })).statusCode, 400, 'a wrong code');
  t.equal((await post(app, '/api/v1/auth/second-factor', authorization, { code: totpCode(TEST_TOTP_SECRET) })).statusCode, 204, 'the right code');
  t.equal((await users_()).statusCode, 200, 'finishes the sign-in');

  // Set up anew to learn this account's recovery codes, then lose the phone.
  const fresh = await createUser(app, 'region');
  await app.db.update(users).set({ totpSecret: null, totpEnabledAt: null }).where(eq(users.id, fresh.user.id));
  const setupSession = await signedInSession(app, fresh.user.id, { secondFactorGiven: false });
  const { secret } = secondFactorSetupSchema.parse((await post(app, '/api/v1/auth/second-factor/setup', setupSession.authorization)).json());
  const { recoveryCodes } = recoveryCodesSchema.parse(
    (await post(app, '/api/v1/auth/second-factor/enable', setupSession.authorization, { code: totpCode(secret) })).json(),
  );
  const later = await signIn(app, fresh.user.email);
  const laterAuth = `Bearer ${later.accessToken}`;
  t.equal(
    (await post(app, '/api/v1/auth/second-factor', laterAuth, { recoveryCode: recoveryCodes[0]! })).statusCode,
    204,
    'a recovery code finishes the sign-in',
  );
  const [row] = await app.db
    .select()
    .from(sessions)
    .where(eq(sessions.id, JSON.parse(Buffer.from(later.accessToken.split('.')[1]!, 'base64url').toString()).sid));
  t.ok(row?.secondFactorAt, 'the session records the second factor');
  const again = await signIn(app, fresh.user.email);
  const reused = await post(app, '/api/v1/auth/second-factor', `Bearer ${again.accessToken}`, { recoveryCode: recoveryCodes[0]! });
  t.equal(apiErrorSchema.parse(reused.json()).code, 'RECOVERY_CODE_INVALID', 'and works only once');
});
