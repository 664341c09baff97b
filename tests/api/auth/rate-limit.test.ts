import t from 'tap';
import { apiErrorSchema } from '@kopir/shared';
import { buildApp, type App } from '@kopir/server';
import { createUser, TEST_PASSWORD } from '../../harness/factories.ts';
import { createTestApp, createTestDatabase, testConfig } from '../../harness/test-app.ts';

const signIn = (app: App, email: string, password: string, remoteAddress: string, cookies: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', remoteAddress, cookies, payload: { email, password } });

t.test('an attacker’s failures slow the attacker, not the person whose account it is', async (t) => {
  const app = await createTestApp(t);
  const { user } = await createUser(app, 'researcher', { email: 'target@kaznu.kz' });
  // The owner signed in on this laptop before: the browser holds the device cookie.
  const before = await signIn(app, user.email, TEST_PASSWORD, '10.0.0.7');
  const device = before.cookies.find((cookie) => cookie.name === 'kopir_device')!.value;

  const codes: number[] = [];
  for (let i = 0; i < 10; i++) codes.push((await signIn(app, user.email, `Wrong-guess-${i}`, '10.6.6.6')).statusCode);
  t.same(codes.slice(0, 5), [401, 401, 401, 401, 401], 'the first guesses are judged');
  t.ok(
    codes.slice(5).every((code) => code === 429),
    'then the attacker must wait',
  );
  const throttled = await signIn(app, user.email, TEST_PASSWORD, '10.6.6.6');
  t.equal(throttled.statusCode, 429, 'even with the right password, from the attacker’s address');
  t.equal(apiErrorSchema.parse(throttled.json()).code, 'SIGN_IN_THROTTLED', 'with its own code');

  t.equal((await signIn(app, user.email, TEST_PASSWORD, '10.0.0.9')).statusCode, 200, 'the owner from another address signs in');
  t.equal(
    (await signIn(app, user.email, TEST_PASSWORD, '10.6.6.6', { kopir_device: device })).statusCode,
    200,
    'and from the attacker’s own NAT, with the device cookie',
  );
  t.equal((await signIn(app, user.email, 'Wrong-guess-x', '10.6.6.6', { kopir_device: 'forged' })).statusCode, 429, 'a forged device cookie is worth nothing');
});

t.test('many addresses guessing one account are slowed down together, the owner’s browser still is not', async (t) => {
  const app = await createTestApp(t);
  const { user } = await createUser(app, 'company', { email: 'cfo@dala.kz' });
  const device = (await signIn(app, user.email, TEST_PASSWORD, '10.0.0.7')).cookies.find((cookie) => cookie.name === 'kopir_device')!.value;
  const codes: number[] = [];
  for (let i = 0; i < 24; i++) codes.push((await signIn(app, user.email, `Wrong-guess-${i}`, `10.2.${i}.1`)).statusCode);
  t.equal(codes.filter((code) => code === 401).length, 20, 'twenty guesses from twenty addresses are judged');
  t.equal(codes.at(-1), 429, 'then every new address waits');
  t.equal((await signIn(app, user.email, TEST_PASSWORD, '10.3.3.3', { kopir_device: device })).statusCode, 200, 'the owner’s browser is not locked out');
});

t.test('sign-in and registration are limited per address with Retry-After', async (t) => {
  const app = await createTestApp(t, { auth: { ...testConfig('postgres://unused').auth, rateLimitPerMinute: 3 } });
  for (const url of ['/api/v1/auth/sign-in', '/api/v1/auth/register']) {
    const codes: number[] = [];
    let last: Awaited<ReturnType<typeof app.inject>> | undefined;
    for (let i = 0; i < 4; i++) {
      last = await app.inject({ method: 'POST', url, remoteAddress: '10.3.3.3', payload: { email: `user${i}@example.kz`, password: 'Wrong-password-1' } });
      codes.push(last.statusCode);
    }
    t.equal(codes.at(-1), 429, `${url}: the 4th within a minute is refused`);
    t.ok(Number(last!.headers['retry-after']) > 0, 'with Retry-After in seconds');
    t.equal(apiErrorSchema.parse(last!.json()).code, 'RATE_LIMITED', 'in the shared error shape');
  }
});

t.test('two replicas on one database count one window: spreading attempts over them gains nothing', async (t) => {
  const config = testConfig(await createTestDatabase(t));
  const limited = { ...config, auth: { ...config.auth, rateLimitPerMinute: 4 } };
  const replicas = [await buildApp(limited), await buildApp(limited)];
  t.teardown(() => Promise.all(replicas.map((replica) => replica.close())));
  const codes: number[] = [];
  for (let i = 0; i < 10; i++) {
    const replica = replicas[i % 2]!;
    codes.push((await signIn(replica, `nobody${i}@example.kz`, 'Wrong-password-1', '10.8.8.8')).statusCode);
  }
  t.equal(codes.filter((code) => code !== 429).length, 4, `4 attempts judged across both replicas, the rest refused (${codes.join(' ')})`);
  const other = await signIn(replicas[1]!, 'nobody@example.kz', 'Wrong-password-1', '10.8.8.9');
  t.not(other.statusCode, 429, 'another address has its own window');
  const register = await replicas[0]!.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    remoteAddress: '10.8.8.8',
    payload: { email: 'new@example.kz', password: 'Wrong-password-1' },
  });
  t.not(register.statusCode, 429, 'and another route has its own count for the same address');
});
