import t from 'tap';
import { allow, buildApp, parseEnvironment } from '@kopir/server';
import { createTestDatabase, testConfig } from '../harness/test-app.ts';

t.test('behind one trusted proxy, the client address is the one the proxy saw, not one the client wrote', async (t) => {
  // Built directly, not by createTestApp: the probe route is not in the OpenAPI document it checks against.
  const app = await buildApp(testConfig(await createTestDatabase(t), { trustProxy: 1 }));
  t.teardown(() => app.close());
  app.get('/client-address-probe', { config: { access: allow.public('a probe of this test') } }, async (request) => ({ ip: request.ip }));
  const seen = async (forwardedFor: string) =>
    (await app.inject({ method: 'GET', url: '/client-address-probe', remoteAddress: '10.0.0.2', headers: { 'x-forwarded-for': forwardedFor } })).json<{
      ip: string;
    }>().ip;
  t.equal(await seen('203.0.113.7'), '203.0.113.7', 'the address the proxy appended');
  t.equal(await seen('198.51.100.1, 203.0.113.7'), '203.0.113.7', 'an address the client put in front is ignored');
});

t.test('TRUST_PROXY takes false, true, a number of proxies or their addresses, and refuses anything else', async (t) => {
  t.equal(parseEnvironment({ TRUST_PROXY: 'false' }).TRUST_PROXY, 0);
  t.equal(parseEnvironment({ TRUST_PROXY: 'true' }).TRUST_PROXY, 1, 'true means one proxy, never every hop');
  t.equal(parseEnvironment({ TRUST_PROXY: '2' }).TRUST_PROXY, 2);
  t.same(parseEnvironment({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).TRUST_PROXY, ['10.0.0.0/8', '127.0.0.1']);
  t.throws(() => parseEnvironment({ TRUST_PROXY: 'everyone' }), /TRUST_PROXY/);
});
