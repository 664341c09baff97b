import t from 'tap';
import { eq } from 'drizzle-orm';
import { auditLog, sessions } from '@kopir/db';
import { apiErrorSchema, userSchema } from '@kopir/shared';
import { createUser, TEST_PASSWORD } from '../harness/factories.ts';
import { linkTokenSentTo } from '../harness/mail.ts';
import { createTestApp } from '../harness/test-app.ts';

t.test('an admin creates ministry and region accounts, which can then sign in', async (t) => {
  const app = await createTestApp(t);
  const admin = await createUser(app, 'admin');
  const create = (payload: object) => app.inject({ method: 'POST', url: '/api/v1/admin/users', headers: { authorization: admin.authorization }, payload });

  const officer = await create({ email: 'officer@akimat.kz', fullName: 'Region Officer', role: 'region', regionCode: 'KZ-35' });
  t.equal(officer.statusCode, 201, 'a region officer');
  t.equal(userSchema.parse(officer.json()).regionCode, 'KZ-35', 'bound to Karaganda region');
  t.equal((await create({ email: 'analyst@edu.gov.kz', fullName: 'Ministry Analyst', role: 'ministry' })).statusCode, 201, 'a ministry analyst');

  const noRegion = await create({ email: 'x@akimat.kz', fullName: 'No Region', role: 'region' });
  t.match(apiErrorSchema.parse(noRegion.json()).fields, [{ path: 'body.regionCode' }], 'a region officer needs a region');
  const researcher = await create({ email: 'y@uni.kz', fullName: 'Researcher', role: 'researcher' });
  t.equal(researcher.statusCode, 400, 'researchers register themselves');

  const chosen = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/password',
    payload: { token: await linkTokenSentTo(app, 'officer@akimat.kz'), password: 'Karaganda-coal-museum-61' },
  });
  t.equal(chosen.statusCode, 204, 'the new officer chooses a password from the emailed link');
  const signIn = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email: 'officer@akimat.kz', password: 'Karaganda-coal-museum-61' },
  });
  t.equal(signIn.statusCode, 200, 'and signs in');
  const [created] = await app.db.select().from(auditLog).where(eq(auditLog.action, 'user.created'));
  t.equal(created?.actorUserId, admin.user.id, 'account creation is audited with who did it');
});

t.test('a role change is audited and ends the user’s sessions', async (t) => {
  const app = await createTestApp(t);
  const admin = await createUser(app, 'admin');
  const analyst = await createUser(app, 'ministry');
  await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: analyst.user.email, password: TEST_PASSWORD } });

  const changed = await app.inject({
    method: 'PATCH',
    url: `/api/v1/admin/users/${analyst.user.id}`,
    headers: { authorization: admin.authorization },
    payload: { role: 'region', regionCode: 'KZ-79' },
  });
  t.equal(changed.statusCode, 200, '200');
  t.equal(userSchema.parse(changed.json()).role, 'region', 'now a region officer');
  const [audit] = await app.db.select().from(auditLog).where(eq(auditLog.action, 'user.role_changed'));
  t.same(audit?.details, { from: 'ministry', to: 'region', regionCode: 'KZ-79' }, 'audited');
  const live = (await app.db.select().from(sessions).where(eq(sessions.userId, analyst.user.id))).filter((row) => !row.revokedAt);
  t.equal(live.length, 0, 'every session of the user ended');

  const mismatch = await app.inject({
    method: 'PATCH',
    url: `/api/v1/admin/users/${analyst.user.id}`,
    headers: { authorization: admin.authorization },
    payload: { role: 'researcher' },
  });
  t.equal(apiErrorSchema.parse(mismatch.json()).code, 'ROLE_NEEDS_ORGANISATION', 'a researcher needs a university or institute');
  const self = await app.inject({
    method: 'PATCH',
    url: `/api/v1/admin/users/${admin.user.id}`,
    headers: { authorization: admin.authorization },
    payload: { disabled: true },
  });
  t.equal(self.statusCode, 409, 'an admin cannot lock themselves out');
});

t.test('the audit log is readable by admins, newest first, filtered by action', async (t) => {
  const app = await createTestApp(t);
  const admin = await createUser(app, 'admin');
  await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'ghost@example.kz', password: 'Whatever-123' } });
  const response = await app.inject({
    method: 'GET',
    url: '/api/v1/admin/audit-log?action=auth.sign_in_failed',
    headers: { authorization: admin.authorization },
  });
  t.equal(response.statusCode, 200, '200');
  const items = response.json<{ items: { action: string; details: { email?: string } }[] }>().items;
  t.equal(items.length, 1, 'one failed sign-in');
  t.equal(items[0]?.details.email, 'ghost@example.kz', 'with the email tried');
});
