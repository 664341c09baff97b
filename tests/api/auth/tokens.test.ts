import t from 'tap';
import { apiErrorSchema } from '@kopir/shared';
import { createUser } from '../../harness/factories.ts';
import { forgeJwt } from '../../harness/forge-jwt.ts';
import { createTestApp, TEST_JWT_SECRET } from '../../harness/test-app.ts';

t.test('only genuine, unexpired HS256 tokens are accepted', async (t) => {
  const app = await createTestApp(t);
  const { user, accessToken } = await createUser(app, 'admin');
  const now = Math.floor(Date.now() / 1000);
  const claims = { sub: user.id, role: 'admin', org: null, region: null, iat: now };
  const me = (token: string) => app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });

  t.equal((await me(accessToken)).statusCode, 200, 'a genuine token works');

  const [header, payload, signature] = accessToken.split('.');
  const tamperedPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), role: 'ministry' })).toString('base64url');
  const cases: [string, string][] = [
    ['a tampered payload', `${header}.${tamperedPayload}.${signature}`],
    ['a tampered signature', `${header}.${payload}.${signature!.slice(0, -2)}xx`],
    ['alg: none', forgeJwt({ alg: 'none', typ: 'JWT' }, { ...claims, exp: now + 600 })],
    ['an expired token', forgeJwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: now - 7200, exp: now - 3600 }, TEST_JWT_SECRET)],
    ['another secret', forgeJwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, exp: now + 600 }, 'some-other-secret-some-other-secret!!')],
    ['another algorithm with our secret', forgeJwt({ alg: 'HS512', typ: 'JWT' }, { ...claims, exp: now + 600 }, TEST_JWT_SECRET)],
    ['garbage', 'not.a.token'],
  ];
  for (const [what, token] of cases) {
    const response = await me(token);
    t.equal(response.statusCode, 401, `${what}: 401`);
    t.equal(apiErrorSchema.parse(response.json()).code, 'UNAUTHENTICATED', `${what}: UNAUTHENTICATED`);
  }
});

t.test('on a public route a bad token counts as anonymous, not as an error', async (t) => {
  const app = await createTestApp(t);
  const response = await app.inject({ method: 'GET', url: '/api/v1/organisations', headers: { authorization: 'Bearer not.a.token' } });
  t.equal(response.statusCode, 200, '200');
});
