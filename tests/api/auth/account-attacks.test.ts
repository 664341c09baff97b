// Attacks an outside review of the account code found, each one replayed here against the fix.
import t from 'tap';
import { eq } from 'drizzle-orm';
import { memberships, users } from '@kopir/db';
import { apiErrorSchema, sessionSchema } from '@kopir/shared';
import type { App } from '@kopir/server';
import { createOrganisation, createUser, TEST_PASSWORD, TEST_TOTP_SECRET, totpCode } from '../../harness/factories.ts';
import { linkTokenSentTo } from '../../harness/mail.ts';
import { createTestApp, testConfig } from '../../harness/test-app.ts';

const register = (app: App, payload: Record<string, unknown>) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { password: 'Steppe-Lab-2026-quartz', fullName: 'Some Person', role: 'researcher', locale: 'en', ...payload },
  });

t.test('registering someone else’s address first gets the registrant nothing when the owner clicks the link', async (t) => {
  const app = await createTestApp(t);
  const university = await createOrganisation(app, { kind: 'university', verifiedDomain: 'kaznu.kz' });
  await register(app, { email: 'victim@kaznu.kz', password: 'Attacker-chosen-pass-99', organisation: { id: university.id } });
  const attacker = sessionSchema.parse(
    (await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'victim@kaznu.kz', password: 'Attacker-chosen-pass-99' } })).json(),
  );
  const link = await linkTokenSentTo(app, 'victim@kaznu.kz');

  // The owner, who does not know the attacker's password, clicks the link: refused, nothing confirmed.
  const blind = await app.inject({ method: 'POST', url: '/api/v1/auth/verify-email', payload: { token: link, password: 'Owners-own-password-77' } });
  t.equal(apiErrorSchema.parse(blind.json()).code, 'WRONG_PASSWORD', 'a link without the registrant’s password confirms nothing');
  // The owner registers the address herself: the earlier registration starts over.
  t.equal(
    (await register(app, { email: 'victim@kaznu.kz', password: 'Owners-own-password-77', organisation: { id: university.id } })).statusCode,
    202,
    'the owner registers her own address',
  );
  const mine = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/verify-email',
    payload: { token: await linkTokenSentTo(app, 'victim@kaznu.kz'), password: 'Owners-own-password-77' },
  });
  t.equal(mine.statusCode, 200, 'and confirms it with her password');
  t.equal(sessionSchema.parse(mine.json()).user.organisationId, university.id, 'she is the member');
  t.equal(
    (await app.inject({ method: 'GET', url: `/api/v1/organisations/${university.id}/members`, headers: { authorization: `Bearer ${attacker.accessToken}` } }))
      .statusCode,
    401,
    'the first registrant’s session is gone',
  );
  t.equal(
    (await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'victim@kaznu.kz', password: 'Attacker-chosen-pass-99' } })).statusCode,
    401,
    'and so is their password',
  );
  const old = await app.inject({ method: 'POST', url: '/api/v1/auth/verify-email', payload: { token: link, password: 'Attacker-chosen-pass-99' } });
  t.equal(old.statusCode, 400, 'and their link');
});

t.test('an invitation dies with its sender’s membership', async (t) => {
  const app = await createTestApp(t);
  const insider = await createUser(app, 'company');
  const colleague = await createUser(app, 'company', { organisationId: insider.user.organisationId! });
  await app.inject({
    method: 'POST',
    url: `/api/v1/organisations/${insider.user.organisationId}/invitations`,
    headers: { authorization: insider.authorization },
    payload: { email: 'insider-alt@gmail.com' },
  });
  const token = await linkTokenSentTo(app, 'insider-alt@gmail.com');
  t.equal(
    (
      await app.inject({
        method: 'DELETE',
        url: `/api/v1/organisations/${insider.user.organisationId}/members/${insider.user.id}`,
        headers: { authorization: colleague.authorization },
      })
    ).statusCode,
    204,
    'the insider is removed',
  );
  const back = await register(app, { email: 'insider-alt@gmail.com', role: 'company', organisation: { id: insider.user.organisationId }, invitation: token });
  t.equal(apiErrorSchema.parse(back.json()).code, 'INVITATION_INVALID', 'the removed member’s invitation no longer joins');
});

t.test('registration answers an unknown organisation, a made-up invitation and a verified BIN the same for known and new addresses', async (t) => {
  const app = await createTestApp(t);
  const known = await createUser(app, 'researcher');
  const company = await createOrganisation(app, { kind: 'company', verifiedAt: new Date() });
  const cases: [string, Record<string, unknown>][] = [
    ['an unknown organisation', { organisation: { id: '00000000-0000-4000-8000-000000000000' } }],
    ['a made-up invitation', { organisation: { id: known.user.organisationId }, invitation: 'made-up-invitation-token' }],
    [
      'a verified company’s BIN',
      { role: 'company', organisation: { create: { kind: 'company', name: { en: 'Squat LLP' }, regionCode: 'KZ-71', bin: company.bin } } },
    ],
  ];
  for (const [what, payload] of cases) {
    const forKnown = await register(app, { ...payload, email: known.user.email });
    const forNew = await register(app, { ...payload, email: 'never-seen@example.kz' });
    t.equal(forKnown.statusCode, forNew.statusCode, `${what}: the same status (${forNew.statusCode})`);
    t.equal(apiErrorSchema.safeParse(forKnown.json()).data?.code, apiErrorSchema.safeParse(forNew.json()).data?.code, `${what}: the same code`);
  }
});

t.test('second-factor guesses are counted per account across sign-ins, and a code works once', async (t) => {
  const app = await createTestApp(t);
  const { user } = await createUser(app, 'admin');
  const signIn = async () => {
    const remoteAddress = `10.8.${Math.floor(Math.random() * 250)}.1`;
    const answer = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', remoteAddress, payload: { email: user.email, password: TEST_PASSWORD } });
    return `Bearer ${sessionSchema.parse(answer.json()).accessToken}`;
  };
  const give = (authorization: string, code: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/second-factor', headers: { authorization }, payload: { code } });
  const code = totpCode(TEST_TOTP_SECRET);
  t.equal((await give(await signIn(), code)).statusCode, 204, 'the right code finishes a sign-in');
  t.equal(apiErrorSchema.parse((await give(await signIn(), code)).json()).code, 'SECOND_FACTOR_INVALID', 'the same code again, in another session, is refused');
  const statuses: number[] = [];
  for (let i = 0; i < 8; i++) statuses.push((await give(await signIn(), String(100000 + i))).statusCode);
  t.ok(
    statuses.slice(-2).every((status) => status === 429),
    `new sessions buy no new guesses (${statuses.join(', ')})`,
  );
});

t.test('wrong passwords sent all at once are counted, not all judged', async (t) => {
  const app = await createTestApp(t);
  const { user } = await createUser(app, 'researcher');
  const answers = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', remoteAddress: '10.5.5.5', payload: { email: user.email, password: `Wrong-guess-${i}` } }),
    ),
  );
  const judged = answers.filter((answer) => answer.statusCode === 401).length;
  t.ok(judged <= 5, `only the free attempts are judged (${judged} of 20)`);
});

t.test('an account an admin moves to a staff role leaves its organisation’s member list', async (t) => {
  const app = await createTestApp(t, { auth: { ...testConfig('postgres://unused').auth } });
  const admin = await createUser(app, 'admin');
  const member = await createUser(app, 'researcher');
  const researcher = await createUser(app, 'researcher', { organisationId: member.user.organisationId! });
  await app.inject({
    method: 'PATCH',
    url: `/api/v1/admin/users/${researcher.user.id}`,
    headers: { authorization: admin.authorization },
    payload: { role: 'ministry' },
  });
  const listed = await app.inject({
    method: 'GET',
    url: `/api/v1/organisations/${member.user.organisationId}/members`,
    headers: { authorization: member.authorization },
  });
  t.notOk(listed.body.includes(researcher.user.email), 'the ministry official is not listed');
  const [membership] = await app.db.select().from(memberships).where(eq(memberships.userId, researcher.user.id));
  t.equal(membership?.status, 'revoked', 'the membership ended');
  t.equal(
    (
      await app.inject({
        method: 'DELETE',
        url: `/api/v1/organisations/${member.user.organisationId}/members/${researcher.user.id}`,
        headers: { authorization: member.authorization },
      })
    ).statusCode,
    404,
    'nor can a former colleague sign them out',
  );
  const [row] = await app.db.select().from(users).where(eq(users.id, researcher.user.id));
  t.equal(row?.organisationId, null, 'and they belong nowhere');
});
