import t from 'tap';
import { count, eq } from 'drizzle-orm';
import { organisations, users } from '@kopir/db';
import { apiErrorSchema, sessionSchema } from '@kopir/shared';
import { createOrganisation, validBin } from '../../harness/factories.ts';
import { createTestApp } from '../../harness/test-app.ts';

const newUniversity = { kind: 'university', name: { kk: 'Сынақ университеті', en: 'Test University' }, regionCode: 'KZ-75', city: 'Almaty' };
const registration = (overrides: Record<string, unknown> = {}) => ({
  email: 'Aigerim.Sadykova@Example.KZ',
  password: 'Steppe-Lab-2026',
  fullName: 'Aigerim Sadykova',
  role: 'researcher',
  organisation: { create: newUniversity },
  ...overrides,
});

t.test('a researcher registers, creating her university, and is signed in', async (t) => {
  const app = await createTestApp(t);
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: registration() });
  t.equal(response.statusCode, 201, '201');
  const session = sessionSchema.parse(response.json());
  t.equal(session.user.email, 'aigerim.sadykova@example.kz', 'email stored lower-cased');
  t.equal(session.user.role, 'researcher', 'role');
  t.ok(session.accessToken, 'an access token');
  t.notOk('refreshToken' in (response.json() as object), 'the refresh token is not in the body');

  const cookie = response.cookies.find((c) => c.name === 'kopir_refresh');
  t.ok(cookie?.value, 'the refresh token is in a cookie');
  t.equal(cookie?.httpOnly, true, 'httpOnly: scripts cannot read it');
  t.equal(cookie?.sameSite, 'Strict', 'SameSite=Strict');
  t.equal(cookie?.path, '/api/v1/auth', 'sent only to the auth routes');

  const [organisation] = await app.db.select().from(organisations).where(eq(organisations.id, session.user.organisationId!));
  t.equal(organisation?.kind, 'university', 'the university exists');
  t.equal(organisation?.verifiedAt, null, 'not verified until an admin says so');
});

t.test('a company employee joins an existing company', async (t) => {
  const app = await createTestApp(t);
  const company = await createOrganisation(app, { kind: 'company' });
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: registration({ role: 'company', organisation: { id: company.id } }),
  });
  t.equal(response.statusCode, 201, '201');
  t.equal(sessionSchema.parse(response.json()).user.organisationId, company.id, 'member of that company');
});

t.test('joining an organisation with a website needs an email on its domain', async (t) => {
  const app = await createTestApp(t);
  const university = await createOrganisation(app, { kind: 'university', website: 'https://www.kaznu.kz' });
  const join = (email: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: registration({ email, organisation: { id: university.id } }) });

  const outsider = await join('someone@gmail.com');
  t.equal(outsider.statusCode, 403, 'another domain: 403');
  const body = apiErrorSchema.parse(outsider.json());
  t.equal(body.code, 'EMAIL_DOMAIN_MISMATCH', 'code');
  t.match(body.message, /kaznu\.kz/, 'says which domain to use');
  t.equal((await join('dana@kaznu.kz')).statusCode, 201, 'the organisation’s domain: allowed');
  t.equal((await join('erlan@chem.kaznu.kz')).statusCode, 201, 'a subdomain of it: allowed');
  t.equal((await join('eve@fakekaznu.kz')).statusCode, 403, 'a look-alike domain: refused');
});

t.test('a duplicate email answers 409 whatever its letter case, and leaves nothing behind', async (t) => {
  const app = await createTestApp(t);
  t.equal((await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: registration() })).statusCode, 201, 'first');
  const [before] = await app.db.select({ n: count() }).from(organisations);
  const again = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: registration({ email: 'AIGERIM.SADYKOVA@example.kz' }) });
  t.equal(again.statusCode, 409, '409');
  const body = apiErrorSchema.parse(again.json());
  t.equal(body.code, 'EMAIL_TAKEN', 'code');
  t.same(body.fields?.map((field) => field.path), ['body.email'], 'names the field');
  const [after] = await app.db.select({ n: count() }).from(organisations);
  t.equal(after?.n, before?.n, 'the organisation of the failed registration was not kept');
});

t.test('a weak password answers 400 naming every rule it breaks', async (t) => {
  const app = await createTestApp(t);
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: registration({ password: 'short' }) });
  t.equal(response.statusCode, 400, '400');
  const body = apiErrorSchema.parse(response.json());
  const messages = body.fields?.filter((field) => field.path === 'body.password').map((field) => field.message) ?? [];
  t.ok(messages.some((message) => /at least 10 characters/.test(message)), 'says it is too short');
  t.ok(messages.some((message) => /digit/.test(message)), 'says a digit is missing');
  t.notOk(messages.some((message) => /letter/.test(message)), 'does not complain about letters, which it has');

  const common = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: registration({ password: 'Password123' }) });
  t.match(apiErrorSchema.parse(common.json()).fields, [{ path: 'body.password', message: /most common/ }], 'a common password is refused');
  const [users_] = await app.db.select({ n: count() }).from(users);
  t.equal(users_?.n, 0, 'no account was created');
});

t.test('companies need a valid BIN, once', async (t) => {
  const app = await createTestApp(t);
  const company = (bin?: string) => ({ kind: 'company', name: { ru: 'ТОО «Тест»' }, regionCode: 'KZ-71', ...(bin && { bin }) });

  const missing = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: registration({ role: 'company', organisation: { create: company() } }) });
  t.equal(missing.statusCode, 400, 'no BIN: 400');
  t.match(apiErrorSchema.parse(missing.json()).fields, [{ path: 'body.organisation.create.bin' }], 'names the BIN field');

  const bin = validBin();
  const badCheck = `${bin.slice(0, 11)}${(Number(bin[11]) + 1) % 10}`;
  const wrong = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: registration({ role: 'company', organisation: { create: company(badCheck) } }) });
  t.match(apiErrorSchema.parse(wrong.json()).fields, [{ path: 'body.organisation.create.bin', message: /check digit/ }], 'a wrong check digit is explained');

  t.equal((await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: registration({ role: 'company', organisation: { create: company(bin) } }) })).statusCode, 201, 'a valid BIN');
  const taken = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: registration({ email: 'other@example.kz', role: 'company', organisation: { create: company(bin) } }),
  });
  t.equal(taken.statusCode, 409, 'the same BIN again: 409');
  t.equal(apiErrorSchema.parse(taken.json()).code, 'BIN_TAKEN', 'code');
  const [other] = await app.db.select().from(users).where(eq(users.email, 'other@example.kz'));
  t.notOk(other, 'and no user was created for it');
});

t.test('a role must fit its organisation, and only researcher and company may self-register', async (t) => {
  const app = await createTestApp(t);
  const company = await createOrganisation(app, { kind: 'company' });
  const mismatch = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: registration({ organisation: { id: company.id } }) });
  t.equal(mismatch.statusCode, 400, 'a researcher cannot join a company');
  t.equal(apiErrorSchema.parse(mismatch.json()).code, 'ORGANISATION_KIND_MISMATCH', 'code');

  for (const role of ['admin', 'ministry', 'region']) {
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: registration({ role }) });
    t.equal(response.statusCode, 400, `${role} cannot self-register`);
    t.match(apiErrorSchema.parse(response.json()).fields, [{ path: 'body.role' }], 'names the role field');
  }
});

t.test('unknown fields are an error, not silently dropped', async (t) => {
  const app = await createTestApp(t);
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: registration({ isAdmin: true }) });
  t.equal(response.statusCode, 400, '400');
  t.match(JSON.stringify(response.json()), /isAdmin/, 'names the unknown field');
});
