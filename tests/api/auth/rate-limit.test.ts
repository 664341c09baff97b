import t from 'tap';
import { apiErrorSchema } from '@kopir/shared';
import { createTestApp, testConfig } from '../../harness/test-app.ts';

const limits = (t: Parameters<typeof createTestApp>[0]) =>
  createTestApp(t, { auth: { ...testConfig('postgres://unused').auth, rateLimitPerMinute: 3 } });

t.test('sign-in is limited per IP and answers 429 with Retry-After', async (t) => {
  const app = await limits(t);
  const attempt = (email: string) => app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', remoteAddress: '10.1.1.1', payload: { email, password: 'Wrong-password-1' } });
  for (let i = 1; i <= 3; i++) t.equal((await attempt(`user${i}@example.kz`)).statusCode, 401, `attempt ${i} is judged`);
  const limited = await attempt('user4@example.kz');
  t.equal(limited.statusCode, 429, 'the 4th within a minute is refused');
  t.ok(Number(limited.headers['retry-after']) > 0, 'with Retry-After in seconds');
  t.equal(apiErrorSchema.parse(limited.json()).code, 'RATE_LIMITED', 'in the shared error shape');
});

t.test('sign-in is limited per account across addresses', async (t) => {
  const app = await limits(t);
  const attempt = (i: number) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', remoteAddress: `10.2.0.${i}`, payload: { email: 'target@example.kz', password: 'Wrong-password-1' } });
  for (let i = 1; i <= 3; i++) t.equal((await attempt(i)).statusCode, 401, `attempt ${i} from its own address`);
  t.equal((await attempt(4)).statusCode, 429, 'the 4th guess at the same account is refused');
});

t.test('registration and refresh are limited too', async (t) => {
  const app = await limits(t);
  for (const url of ['/api/v1/auth/register', '/api/v1/auth/refresh']) {
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) codes.push((await app.inject({ method: 'POST', url, remoteAddress: '10.3.3.3', payload: {} })).statusCode);
    t.equal(codes.at(-1), 429, `${url}: the 4th is refused`);
  }
});
