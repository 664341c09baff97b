import t from 'tap';
import { eq } from 'drizzle-orm';
import { users } from '@kopir/db';
import { apiErrorSchema, memberSchema } from '@kopir/shared';
import { createOrganisation, createUser } from '../harness/factories.ts';
import { createTestApp } from '../harness/test-app.ts';

t.test('members see who belongs to their organisation, how each joined, and can revoke a membership', async (t) => {
  const app = await createTestApp(t);
  const university = await createOrganisation(app, { kind: 'university' });
  const dana = await createUser(app, 'researcher', { organisationId: university.id });
  const erlan = await createUser(app, 'researcher', { organisationId: university.id });
  const outsider = await createUser(app, 'researcher');
  const list = (authorization: string) => app.inject({ method: 'GET', url: `/api/v1/organisations/${university.id}/members`, headers: { authorization } });

  const members = (await list(dana.authorization)).json<{ items: unknown[] }>().items.map((item) => memberSchema.parse(item));
  t.same(members.map((member) => member.userId).sort(), [dana.user.id, erlan.user.id].sort(), 'both members, with how they joined');
  t.equal((await list(outsider.authorization)).statusCode, 403, 'an outsider sees nothing');
  t.equal(
    apiErrorSchema.parse(
      (
        await app.inject({
          method: 'DELETE',
          url: `/api/v1/organisations/${university.id}/members/${erlan.user.id}`,
          headers: { authorization: outsider.authorization },
        })
      ).json(),
    ).code,
    'NOT_YOURS',
    'nor revokes',
  );

  const revoked = await app.inject({
    method: 'DELETE',
    url: `/api/v1/organisations/${university.id}/members/${erlan.user.id}`,
    headers: { authorization: dana.authorization },
  });
  t.equal(revoked.statusCode, 204, 'Dana removes Erlan');
  const [after] = await app.db.select().from(users).where(eq(users.id, erlan.user.id));
  t.equal(after?.organisationId, null, 'he belongs nowhere now');
  t.equal(
    (await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: erlan.authorization } })).statusCode,
    401,
    'and his sessions ended with it',
  );
  t.equal(
    (
      await app.inject({
        method: 'DELETE',
        url: `/api/v1/organisations/${university.id}/members/${dana.user.id}`,
        headers: { authorization: dana.authorization },
      })
    ).statusCode,
    409,
    'nobody removes themselves',
  );
});

t.test('only an admin sets the proven domain', async (t) => {
  const app = await createTestApp(t);
  const university = await createOrganisation(app, { kind: 'university' });
  const member = await createUser(app, 'researcher', { organisationId: university.id });
  const admin = await createUser(app, 'admin');
  const set = (authorization: string, domain: string | null) =>
    app.inject({ method: 'PUT', url: `/api/v1/admin/organisations/${university.id}/domain`, headers: { authorization }, payload: { domain } });
  t.equal((await set(member.authorization, 'evil.kz')).statusCode, 403, 'a member cannot');
  const bad = await set(admin.authorization, 'not a domain');
  t.match(apiErrorSchema.parse(bad.json()).fields, [{ path: 'body.domain' }], 'a malformed domain names the field');
  t.equal((await set(admin.authorization, 'www.KazNU.kz')).statusCode, 200, 'an admin records it');
  const listed = await app.inject({ method: 'GET', url: '/api/v1/admin/organisations', headers: { authorization: admin.authorization } });
  t.equal(
    listed.json<{ items: { id: string; verifiedDomain: string | null }[] }>().items.find((item) => item.id === university.id)?.verifiedDomain,
    'kaznu.kz',
    'normalised',
  );
});
