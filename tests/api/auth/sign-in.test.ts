import t from 'tap';
import { desc } from 'drizzle-orm';
import { auditLog } from '@kopir/db';
import { apiErrorSchema, sessionSchema } from '@kopir/shared';
import { createUser, TEST_PASSWORD } from '../../harness/factories.ts';
import { createTestApp } from '../../harness/test-app.ts';

t.test('the right email and password sign in, whatever the email’s letter case', async (t) => {
  const app = await createTestApp(t);
  const { user } = await createUser(app, 'researcher', { email: 'dana@kaznu.kz' });
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: ' Dana@KazNU.kz ', password: TEST_PASSWORD } });
  t.equal(response.statusCode, 200, '200');
  t.equal(sessionSchema.parse(response.json()).user.id, user.id, 'the right user');
  const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${sessionSchema.parse(response.json()).accessToken}` } });
  t.equal(me.statusCode, 200, 'the access token works');
  const [entry] = await app.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  t.equal(entry?.action, 'auth.signed_in', 'audited');
});

t.test('a wrong password and an unknown email get the same 401, with no hint which', async (t) => {
  const app = await createTestApp(t);
  await createUser(app, 'company', { email: 'rd@dala.kz' });
  const wrongPassword = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'rd@dala.kz', password: 'Wrong-password-1' } });
  const unknownEmail = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'nobody@dala.kz', password: 'Wrong-password-1' } });
  t.equal(wrongPassword.statusCode, 401, 'wrong password: 401');
  t.equal(unknownEmail.statusCode, 401, 'unknown email: 401');
  const { requestId: _a, ...first } = apiErrorSchema.parse(wrongPassword.json());
  const { requestId: _b, ...second } = apiErrorSchema.parse(unknownEmail.json());
  t.same(first, second, 'identical bodies');
  t.equal(first.code, 'INVALID_CREDENTIALS', 'code');
  t.notOk(
    wrongPassword.cookies.some((cookie) => cookie.name === 'kopir_refresh'),
    'no session cookie',
  );

  const failures = (await app.db.select().from(auditLog)).filter((row) => row.action === 'auth.sign_in_failed');
  t.equal(failures.length, 2, 'both failures are in the audit log');
});

t.test('a disabled account cannot sign in', async (t) => {
  const app = await createTestApp(t);
  const { user } = await createUser(app, 'researcher');
  const admin = await createUser(app, 'admin');
  await app.inject({ method: 'PATCH', url: `/api/v1/admin/users/${user.id}`, headers: { authorization: admin.authorization }, payload: { disabled: true } });
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: user.email, password: TEST_PASSWORD } });
  t.equal(response.statusCode, 401, '401');
  t.equal(apiErrorSchema.parse(response.json()).code, 'INVALID_CREDENTIALS', 'the same answer as a wrong password');
});
