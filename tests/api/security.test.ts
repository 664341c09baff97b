import { PassThrough } from 'node:stream';
import t from 'tap';
import { buildApp } from '@kopir/server';
import { createUser, TEST_PASSWORD } from '../harness/factories.ts';
import { linkTokenSentTo } from '../harness/mail.ts';
import { createTestApp, createTestDatabase, testConfig } from '../harness/test-app.ts';

t.test('responses carry security headers', async (t) => {
  const app = await createTestApp(t);
  const response = await app.inject({ method: 'GET', url: '/health' });
  t.equal(response.headers['x-content-type-options'], 'nosniff', 'nosniff');
  t.match(response.headers['content-security-policy'], /default-src 'self'/, 'a same-origin CSP');
  t.match(response.headers['strict-transport-security'], /max-age=/, 'HSTS');
  t.equal(response.headers['x-frame-options'], 'SAMEORIGIN', 'no framing by other sites');
});

t.test('CORS allows only the configured origins', async (t) => {
  const app = await createTestApp(t, { corsOrigins: ['https://partner.example.kz'] });
  const preflight = (origin: string) => app.inject({ method: 'OPTIONS', url: '/api/v1/me', headers: { origin, 'access-control-request-method': 'GET' } });
  t.equal((await preflight('https://partner.example.kz')).headers['access-control-allow-origin'], 'https://partner.example.kz', 'a configured origin');
  t.notOk((await preflight('https://evil.example.com')).headers['access-control-allow-origin'], 'any other origin gets nothing');
});

t.test('no password, token, hash or SQL parameter ever reaches the log', async (t) => {
  const captured: string[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => captured.push(chunk.toString('utf8')));
  const app = await buildApp({ ...testConfig(await createTestDatabase(t)), logLevel: 'trace' }, { logStream: stream });
  t.teardown(() => app.close());
  const { user } = await createUser(app, 'researcher');

  // A registration that fails inside PostgreSQL after the hash is computed: the failed query's
  // parameters (the email and the Argon2 hash) are exactly what must stay out of the log.
  await app.sql.unsafe(`create function refuse_users() returns trigger language plpgsql as $$ begin raise exception 'refused for the test'; end $$;
    create trigger refuse_users before insert on users for each row execute function refuse_users();`);
  const password = 'Secret-steppe-4242-quartz';
  const registered = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: {
      email: 'logcheck@example.kz',
      password,
      fullName: 'Log Check',
      role: 'researcher',
      organisation: { create: { kind: 'university', name: { en: 'Log U' }, regionCode: 'KZ-71' } },
    },
  });
  t.equal(registered.statusCode, 500, 'the registration failed in the database');
  await app.sql.unsafe('drop trigger refuse_users on users');

  const signedIn = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: user.email, password: TEST_PASSWORD } });
  const failed = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: user.email, password: `${password}-wrong` } });
  const refreshToken = signedIn.cookies.find((cookie) => cookie.name === 'kopir_refresh')!.value;
  const accessToken = signedIn.json<{ accessToken: string }>().accessToken;
  await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${accessToken}` } });
  await app.inject({ method: 'POST', url: '/api/v1/auth/refresh', cookies: { kopir_refresh: refreshToken } });
  await app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email: user.email } });
  const resetToken = await linkTokenSentTo(app, user.email);
  const reset = await app.inject({ method: 'POST', url: '/api/v1/auth/password', payload: { token: resetToken, password } });
  t.equal(failed.statusCode, 401, 'a failed sign-in');
  t.equal(reset.statusCode, 204, 'and a reset');

  const log = captured.join('');
  t.ok(log.includes('"reqId"') && log.includes('refused for the test'), 'requests and the failure were logged at trace level');
  t.notOk(log.includes(password), 'no password');
  t.notOk(log.includes(TEST_PASSWORD), 'not the old one either');
  t.notOk(log.includes(accessToken.split('.')[2]!), 'not even an access token’s signature');
  t.notOk(log.includes(refreshToken), 'no refresh token');
  t.notOk(log.includes(resetToken), 'no reset link token');
  t.notOk(log.includes('$argon2'), 'no password hash');
  t.notOk(log.includes('logcheck@example.kz'), 'not the email of the failed registration’s parameters');
});
