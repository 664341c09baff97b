import { PassThrough } from 'node:stream';
import t from 'tap';
import { buildApp } from '@kopir/server';
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
  const preflight = (origin: string) =>
    app.inject({ method: 'OPTIONS', url: '/api/v1/me', headers: { origin, 'access-control-request-method': 'GET' } });
  t.equal((await preflight('https://partner.example.kz')).headers['access-control-allow-origin'], 'https://partner.example.kz', 'a configured origin');
  t.notOk((await preflight('https://evil.example.com')).headers['access-control-allow-origin'], 'any other origin gets nothing');
});

t.test('no password, token or hash ever reaches the log', async (t) => {
  const captured: string[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => captured.push(chunk.toString('utf8')));
  const app = await buildApp({ ...testConfig(await createTestDatabase(t)), logLevel: 'trace' }, { logStream: stream });
  t.teardown(() => app.close());

  const password = 'Secret-steppe-4242';
  const registered = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { email: 'logcheck@example.kz', password, fullName: 'Log Check', role: 'researcher', organisation: { create: { kind: 'university', name: { en: 'Log U' }, regionCode: 'KZ-71' } } },
  });
  const signedIn = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'logcheck@example.kz', password } });
  const failed = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'logcheck@example.kz', password: `${password}-wrong` } });
  const refreshToken = signedIn.cookies.find((cookie) => cookie.name === 'kopir_refresh')!.value;
  const accessToken = signedIn.json<{ accessToken: string }>().accessToken;
  await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${accessToken}` } });
  await app.inject({ method: 'POST', url: '/api/v1/auth/refresh', cookies: { kopir_refresh: refreshToken } });
  t.equal(registered.statusCode, 201, 'registered');
  t.equal(failed.statusCode, 401, 'a failed attempt too');

  const log = captured.join('');
  t.ok(log.length > 1000 && log.includes('"reqId"'), 'requests were logged at trace level');
  t.notOk(log.includes(password), 'no password');
  t.notOk(log.includes(accessToken), 'no access token');
  t.notOk(log.includes(accessToken.split('.')[2]!), 'not even an access token’s signature');
  t.notOk(log.includes(refreshToken), 'no refresh token');
  t.notOk(log.includes('$argon2'), 'no password hash');
});
