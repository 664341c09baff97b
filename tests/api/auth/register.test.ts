import t from 'tap';
import { count, eq } from 'drizzle-orm';
import { emailOutbox, memberships, organisations, users } from '@kopir/db';
import { apiErrorSchema, meSchema, sessionSchema } from '@kopir/shared';
import type { App } from '@kopir/server';
import { createOrganisation, createUser, validBin } from '../../harness/factories.ts';
import { latestEmailTo, linkTokenSentTo } from '../../harness/mail.ts';
import { createTestApp } from '../../harness/test-app.ts';

const newUniversity = { kind: 'university', name: { kk: 'Сынақ университеті', en: 'Test University' }, regionCode: 'KZ-75', city: 'Almaty' };
const registration = (overrides: Record<string, unknown> = {}) => ({
  email: 'Aigerim.Sadykova@Example.KZ',
  password: 'Steppe-Lab-2026-quartz',
  fullName: 'Aigerim Sadykova',
  role: 'researcher',
  locale: 'en',
  organisation: { create: newUniversity },
  ...overrides,
});
const register = (app: App, payload: object) => app.inject({ method: 'POST', url: '/api/v1/auth/register', payload });
const verify = async (app: App, email: string, password = 'Steppe-Lab-2026-quartz') => {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/verify-email', payload: { token: await linkTokenSentTo(app, email), password } });
  return { response, session: sessionSchema.parse(response.json()) };
};
const me = (app: App, accessToken: string) => app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${accessToken}` } });

t.test('a researcher registers her new university, confirms her address from the email, and is its first member', async (t) => {
  const app = await createTestApp(t);
  const response = await register(app, registration());
  t.equal(response.statusCode, 202, '202: a confirmation link was sent');
  t.same(response.json(), { status: 'verification_sent' }, 'and nothing else is said');
  t.notOk(
    response.cookies.some((cookie) => cookie.name === 'kopir_refresh'),
    'not signed in before the address is confirmed',
  );

  const email = await latestEmailTo(app, 'aigerim.sadykova@example.kz');
  t.match(
    email?.body,
    /^http:\/\/kopir\.test\/verify-email#token=/m,
    'an absolute link on the configured public URL, the token after # (never sent to a server log)',
  );
  const { response: verified, session } = await verify(app, 'aigerim.sadykova@example.kz');
  t.equal(verified.statusCode, 200, 'the link signs her in');
  t.equal(session.stage, 'complete', 'a researcher needs nothing more');
  t.ok(session.user.emailVerified, 'her address is confirmed');
  const [organisation] = await app.db.select().from(organisations).where(eq(organisations.id, session.user.organisationId!));
  t.equal(organisation?.kind, 'university', 'she belongs to the university she registered');
  t.equal(organisation?.verifiedAt, null, 'which stays unverified until an admin verifies it');
  const [membership] = await app.db.select().from(memberships).where(eq(memberships.userId, session.user.id));
  t.match(membership, { via: 'created', status: 'active' }, 'recorded as the organisation’s creator');

  const again = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/verify-email',
    payload: { token: await linkTokenSentTo(app, 'aigerim.sadykova@example.kz'), password: 'Steppe-Lab-2026-quartz' },
  });
  t.equal(again.statusCode, 400, 'the link works once');
  t.equal(apiErrorSchema.parse(again.json()).code, 'LINK_INVALID', 'and says so');
});

t.test('until the address is confirmed, an account belongs nowhere and can do nothing restricted', async (t) => {
  const app = await createTestApp(t);
  await register(app, registration());
  const signIn = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email: 'aigerim.sadykova@example.kz', password: 'Steppe-Lab-2026-quartz' },
  });
  t.equal(signIn.statusCode, 200, 'she may sign in to complete her profile');
  const session = sessionSchema.parse(signIn.json());
  t.equal(session.stage, 'verify_email', 'the session says what is missing');
  t.equal(session.user.organisationId, null, 'no organisation yet');
  const headers = { authorization: `Bearer ${session.accessToken}` };
  t.equal((await me(app, session.accessToken)).statusCode, 200, 'her profile answers');
  t.equal((await app.inject({ method: 'PATCH', url: '/api/v1/me', headers, payload: { fullName: 'Aigerim S.' } })).statusCode, 200, 'and she may edit it');
  const lab = await app.inject({ method: 'POST', url: '/api/v1/labs', headers, payload: {} });
  t.equal(lab.statusCode, 403, 'publishing is refused');
  t.equal(apiErrorSchema.parse(lab.json()).code, 'EMAIL_NOT_VERIFIED', 'because the address is not confirmed');
  t.equal((await app.inject({ method: 'POST', url: '/api/v1/collaborations', headers, payload: {} })).statusCode, 403, 'proposing is refused');
  t.equal((await app.inject({ method: 'POST', url: '/api/v1/auth/verify-email/resend', headers })).statusCode, 204, 'she can ask for a new link');
});

t.test('joining an existing organisation takes proof; an id alone only asks an admin', async (t) => {
  const app = await createTestApp(t);
  const company = await createOrganisation(app, { kind: 'company' });
  const secret = await app.inject({
    method: 'POST',
    url: '/api/v1/needs',
    headers: { authorization: (await createUser(app, 'company', { organisationId: company.id })).authorization },
    payload: {
      title: 'Confidential catalyst regeneration',
      description: { en: 'Budget and process are confidential.' },
      sectors: ['C'],
      trlTarget: 5,
      visibility: 'confidential',
      budgetMinKzt: 25_000_000,
    },
  });
  t.equal(secret.statusCode, 201, 'the company has a confidential need');

  t.equal(
    (await register(app, registration({ email: 'stranger@example.kz', role: 'company', organisation: { id: company.id } }))).statusCode,
    202,
    'a stranger registers naming the company',
  );
  const { session } = await verify(app, 'stranger@example.kz');
  t.equal(session.user.organisationId, null, 'and, address confirmed, still belongs nowhere');
  const need = await app.inject({
    method: 'GET',
    url: `/api/v1/needs/${secret.json<{ id: string }>().id}`,
    headers: { authorization: `Bearer ${session.accessToken}` },
  });
  t.equal(need.json<{ restricted?: boolean }>().restricted, true, 'the confidential need stays closed to them');
  const [request] = await app.db.select().from(memberships).where(eq(memberships.userId, session.user.id));
  t.match(request, { via: 'approval', status: 'pending' }, 'their request waits for an admin');

  const admin = await createUser(app, 'admin');
  const pending = await app.inject({ method: 'GET', url: '/api/v1/admin/join-requests', headers: { authorization: admin.authorization } });
  t.same(
    pending.json<{ items: { id: string }[] }>().items.map((item) => item.id),
    [request!.id],
    'the admin sees the request',
  );
  const rejected = await app.inject({
    method: 'POST',
    url: `/api/v1/admin/join-requests/${request!.id}/decision`,
    headers: { authorization: admin.authorization },
    payload: { approve: false },
  });
  t.equal(rejected.statusCode, 204, 'and rejects it');
  const [after] = await app.db.select().from(users).where(eq(users.id, session.user.id));
  t.equal(after?.organisationId, null, 'no membership');
  t.match((await latestEmailTo(app, 'stranger@example.kz'))?.subject, /declined/, 'they are told');
});

t.test('a confirmed address on the organisation’s proven domain joins; the website proves nothing', async (t) => {
  const app = await createTestApp(t);
  const university = await createOrganisation(app, { kind: 'university', website: 'https://www.kaznu.kz', verifiedDomain: 'kaznu.kz' });
  const lookalike = await createOrganisation(app, { kind: 'university', website: 'https://steppe.kz' });
  const join = (email: string, id = university.id) => register(app, registration({ email, organisation: { id } }));

  for (const email of ['dana@kaznu.kz', 'erlan@chem.kaznu.kz', 'eve@fakekaznu.kz', 'mallory@steppe.kz'])
    t.equal((await join(email, email.endsWith('steppe.kz') ? lookalike.id : university.id)).statusCode, 202, `${email}: the same answer`);
  const [dana] = await app.db.select().from(users).where(eq(users.email, 'dana@kaznu.kz'));
  t.equal(dana?.organisationId, null, 'before confirming, even the right domain is not a member');
  t.equal((await verify(app, 'dana@kaznu.kz')).session.user.organisationId, university.id, 'the domain joins once the address is confirmed');
  t.equal((await verify(app, 'erlan@chem.kaznu.kz')).session.user.organisationId, university.id, 'a subdomain too');
  t.equal((await verify(app, 'eve@fakekaznu.kz')).session.user.organisationId, null, 'a look-alike domain only asks');
  t.equal(
    (await verify(app, 'mallory@steppe.kz')).session.user.organisationId,
    null,
    'an address on the website’s domain proves nothing: only an admin sets the domain',
  );

  const member = await createUser(app, 'researcher', { organisationId: university.id });
  const edit = await app.inject({
    method: 'PATCH',
    url: `/api/v1/organisations/${university.id}`,
    headers: { authorization: member.authorization },
    payload: { verifiedDomain: null },
  });
  t.equal(edit.statusCode, 400, 'members cannot change the proven domain');
});

t.test('an invitation from a member joins the invited address at once', async (t) => {
  const app = await createTestApp(t);
  const member = await createUser(app, 'company');
  const invite = await app.inject({
    method: 'POST',
    url: `/api/v1/organisations/${member.user.organisationId}/invitations`,
    headers: { authorization: member.authorization },
    payload: { email: 'colleague@gmail.com' },
  });
  t.equal(invite.statusCode, 202, 'a member invites a colleague');
  const token = await linkTokenSentTo(app, 'colleague@gmail.com');

  const wrongAddress = await register(
    app,
    registration({ email: 'other@gmail.com', role: 'company', organisation: { id: member.user.organisationId }, invitation: token }),
  );
  t.equal(apiErrorSchema.parse(wrongAddress.json()).code, 'INVITATION_INVALID', 'the link is good for the invited address only');
  const joined = await register(
    app,
    registration({ email: 'colleague@gmail.com', role: 'company', organisation: { id: member.user.organisationId }, invitation: token }),
  );
  t.equal(joined.statusCode, 201, 'the invited colleague is signed up and in');
  t.equal(sessionSchema.parse(joined.json()).user.organisationId, member.user.organisationId, 'as a member');
  const replay = await register(
    app,
    registration({ email: 'colleague2@gmail.com', role: 'company', organisation: { id: member.user.organisationId }, invitation: token }),
  );
  t.equal(replay.statusCode, 400, 'an invitation works once');

  const outsider = await createUser(app, 'company');
  const foreign = await app.inject({
    method: 'POST',
    url: `/api/v1/organisations/${member.user.organisationId}/invitations`,
    headers: { authorization: outsider.authorization },
    payload: { email: 'friend@gmail.com' },
  });
  t.equal(foreign.statusCode, 403, 'only members invite');
});

t.test('registering an address that has an account says nothing about it, and tells the owner', async (t) => {
  const app = await createTestApp(t);
  const { user } = await createUser(app, 'researcher', { email: 'taken@example.kz', locale: 'ru' });
  const [before] = await app.db.select({ n: count() }).from(organisations);
  const again = await register(app, registration({ email: 'TAKEN@example.kz' }));
  const fresh = await register(app, registration({ email: 'fresh@example.kz' }));
  t.equal(again.statusCode, fresh.statusCode, 'the same status as a new address');
  t.same(again.json(), fresh.json(), 'the same body');
  t.match((await latestEmailTo(app, 'taken@example.kz'))?.subject, /уже зарегистрирован/, 'the owner is told by email, in their own language (Russian)');
  const [after] = await app.db.select({ n: count() }).from(organisations);
  t.equal(after?.n, before!.n + 1, 'only the new address created an organisation');
  const [owner] = await app.db.select().from(users).where(eq(users.id, user.id));
  t.equal(owner?.fullName, user.fullName, 'and the existing account is untouched');
});

t.test('passwords that are easy to guess are refused, with every rule they break', async (t) => {
  const app = await createTestApp(t);
  const short = await register(app, registration({ password: 'short' }));
  t.equal(short.statusCode, 400, '400');
  const messages =
    apiErrorSchema
      .parse(short.json())
      .fields?.filter((field) => field.path === 'body.password')
      .map((field) => field.message) ?? [];
  t.ok(
    messages.some((message) => /at least 10 characters/.test(message)),
    'says it is too short',
  );
  t.ok(
    messages.some((message) => /digit/.test(message)),
    'says a digit is missing',
  );
  for (const password of ['aaaaaaaaa1', '          1a', 'Password123', 'Qwerty123456', 'aigerim2026!', 'Kazakhstan2026']) {
    const response = await register(app, registration({ password }));
    t.equal(response.statusCode, 400, `${JSON.stringify(password)} is refused`);
    t.match(apiErrorSchema.parse(response.json()).fields, [{ path: 'body.password' }], 'naming the password field');
  }
  const [n] = await app.db.select({ n: count() }).from(users);
  t.equal(n?.n, 0, 'no account was created');
  t.equal((await app.db.select().from(emailOutbox)).length, 0, 'and no email sent');
});

t.test('companies need a valid BIN, once; a role must fit its organisation; unknown fields are an error', async (t) => {
  const app = await createTestApp(t);
  const company = (bin?: string) => ({ kind: 'company', name: { ru: 'ТОО «Тест»' }, regionCode: 'KZ-71', ...(bin && { bin }) });
  const missing = await register(app, registration({ role: 'company', organisation: { create: company() } }));
  t.match(apiErrorSchema.parse(missing.json()).fields, [{ path: 'body.organisation.create.bin' }], 'no BIN: names the BIN field');
  const bin = validBin();
  const badCheck = `${bin.slice(0, 11)}${(Number(bin[11]) + 1) % 10}`;
  const wrong = await register(app, registration({ role: 'company', organisation: { create: company(badCheck) } }));
  t.match(apiErrorSchema.parse(wrong.json()).fields, [{ path: 'body.organisation.create.bin', message: /check digit/ }], 'a wrong check digit is explained');
  t.equal((await register(app, registration({ role: 'company', organisation: { create: company(bin) } }))).statusCode, 202, 'a valid BIN');
  // An unverified registration cannot squat a real company's BIN: only a verified organisation holds it.
  t.equal(
    (await register(app, registration({ email: 'real-owner@example.kz', role: 'company', organisation: { create: company(bin) } }))).statusCode,
    202,
    'the same BIN while the first is unverified',
  );
  const [first] = await app.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.bin, bin)).limit(1);
  await app.db.update(organisations).set({ verifiedAt: new Date() }).where(eq(organisations.id, first!.id));
  const taken = await register(app, registration({ email: 'other@example.kz', role: 'company', organisation: { create: company(bin) } }));
  t.equal(apiErrorSchema.parse(taken.json()).code, 'BIN_TAKEN', 'once one is verified, the BIN again: 409 BIN_TAKEN');

  const university = await createOrganisation(app, { kind: 'company' });
  const mismatch = await register(app, registration({ email: 'r@example.kz', organisation: { id: university.id } }));
  t.equal(apiErrorSchema.parse(mismatch.json()).code, 'ORGANISATION_KIND_MISMATCH', 'a researcher cannot join a company');
  for (const role of ['admin', 'ministry', 'region']) {
    t.match(apiErrorSchema.parse((await register(app, registration({ role }))).json()).fields, [{ path: 'body.role' }], `${role} cannot self-register`);
  }
  const extra = await register(app, registration({ isAdmin: true }));
  t.equal(extra.statusCode, 400, 'an unknown field is a 400');
  t.match(JSON.stringify(extra.json()), /isAdmin/, 'naming it');
});

t.test('/me of a confirmed member shows the organisation', async (t) => {
  const app = await createTestApp(t);
  await register(app, registration());
  const { session } = await verify(app, 'aigerim.sadykova@example.kz');
  const body = meSchema.parse((await me(app, session.accessToken)).json());
  t.equal(body.organisation?.id, session.user.organisationId, 'her university');
});
