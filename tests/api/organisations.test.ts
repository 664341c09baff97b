import t from 'tap';
import { desc, eq } from 'drizzle-orm';
import { auditLog, searchOutbox } from '@kopir/db';
import { apiErrorSchema, meSchema, organisationDetailSchema, organisationPublicSchema } from '@kopir/shared';
import { createOrganisation, createUser } from '../harness/factories.ts';
import { createTestApp } from '../harness/test-app.ts';

t.test('anyone reads public fields; signed-in users also see contacts', async (t) => {
  const app = await createTestApp(t);
  const company = await createOrganisation(app, { kind: 'company', contactEmail: 'rd@example.kz', contactPhone: '+7 727 000 00 00' });
  const anonymous = await app.inject({ method: 'GET', url: `/api/v1/organisations/${company.id}` });
  t.equal(anonymous.statusCode, 200, 'public');
  t.notOk('contactEmail' in anonymous.json<object>(), 'no contacts for anonymous readers');
  t.notOk('bin' in anonymous.json<object>(), 'no BIN for anonymous readers');
  organisationPublicSchema.parse(anonymous.json());

  const { authorization } = await createUser(app, 'researcher');
  const signedIn = await app.inject({ method: 'GET', url: `/api/v1/organisations/${company.id}`, headers: { authorization } });
  t.equal(organisationDetailSchema.parse(signedIn.json()).contactEmail, 'rd@example.kz', 'contacts for signed-in users');

  const missing = await app.inject({ method: 'GET', url: '/api/v1/organisations/7d0e8a4e-0000-4000-8000-000000000000' });
  t.equal(missing.statusCode, 404, 'an unknown id is 404');
  const malformed = await app.inject({ method: 'GET', url: '/api/v1/organisations/not-a-uuid' });
  t.match(apiErrorSchema.parse(malformed.json()).fields, [{ path: 'params.id' }], 'a malformed id names params.id');
});

t.test('the organisation list filters by name, kind and region', async (t) => {
  const app = await createTestApp(t);
  await createOrganisation(app, { kind: 'university', name: { kk: 'Шәкәрім университеті', en: 'Shakarim University' }, regionCode: 'KZ-10' });
  await createOrganisation(app, { kind: 'company', name: { ru: 'ТОО «Шакарим Агро»' }, regionCode: 'KZ-10' });
  await createOrganisation(app, { kind: 'university', name: { en: 'Other University' }, regionCode: 'KZ-71' });
  await createOrganisation(app, {
    kind: 'university',
    name: { kk: 'Әл-Фараби атындағы Қазақ ұлттық университеті', ru: 'Казахский национальный университет имени аль-Фараби' },
    shortName: 'KazNU',
    aliases: ['КазНУ', 'ҚазҰУ'],
    regionCode: 'KZ-75',
  });
  const list = async (query: string) => (await app.inject({ method: 'GET', url: `/api/v1/organisations?${query}` })).json<{ total: number }>().total;
  t.equal(await list(`q=${encodeURIComponent('казну')}`), 1, 'by its Russian abbreviation, any case, as people call it');
  t.equal(await list(`q=${encodeURIComponent('ҚазҰУ')}`), 1, 'by its Kazakh abbreviation');
  t.equal(await list('q=shakarim'), 1, 'by English name, any case');
  t.equal(await list('q=Шакарим'), 1, 'by Russian name');
  t.equal(await list('q=Шәкәрім'), 1, 'by Kazakh name');
  t.equal(await list('region=KZ-10'), 2, 'by region');
  t.equal(await list('region=KZ-10&kind=company'), 1, 'by region and kind');
  t.equal(await list('q=100%25'), 0, 'LIKE wildcards are taken literally');
  const bad = await app.inject({ method: 'GET', url: '/api/v1/organisations?region=KZ-00' });
  t.equal(bad.statusCode, 400, 'an unknown region code is 400');
});

t.test('members update their own organisation; anyone else gets 403 NOT_YOURS', async (t) => {
  const app = await createTestApp(t);
  const member = await createUser(app, 'researcher');
  const outsider = await createUser(app, 'researcher');
  const url = `/api/v1/organisations/${member.user.organisationId}`;

  const own = await app.inject({
    method: 'PATCH',
    url,
    headers: { authorization: member.authorization },
    payload: { city: 'Astana', contactEmail: 'Lab@Uni.KZ' },
  });
  t.equal(own.statusCode, 200, 'a member may');
  t.equal(organisationDetailSchema.parse(own.json()).contactEmail, 'lab@uni.kz', 'email normalised');
  const [outbox] = await app.db.select().from(searchOutbox).where(eq(searchOutbox.entityId, member.user.organisationId!)).orderBy(desc(searchOutbox.id));
  t.equal(outbox?.entityVersion, 2, 'the search outbox learned of version 2 in the same transaction');

  const other = await app.inject({ method: 'PATCH', url, headers: { authorization: outsider.authorization }, payload: { city: 'Hacked' } });
  t.equal(other.statusCode, 403, 'a member of another organisation may not');
  t.equal(apiErrorSchema.parse(other.json()).code, 'NOT_YOURS', 'NOT_YOURS');

  const invalid = await app.inject({ method: 'PATCH', url, headers: { authorization: member.authorization }, payload: { website: 'javascript:alert(1)' } });
  t.match(apiErrorSchema.parse(invalid.json()).fields, [{ path: 'body.website' }], 'a bad website names the field');
});

t.test('an admin verifies and un-verifies with a reason, and members see it', async (t) => {
  const app = await createTestApp(t);
  const admin = await createUser(app, 'admin');
  const researcher = await createUser(app, 'researcher');
  const url = `/api/v1/admin/organisations/${researcher.user.organisationId}/verification`;

  const noReason = await app.inject({ method: 'PUT', url, headers: { authorization: admin.authorization }, payload: { verified: true, reason: '' } });
  t.match(apiErrorSchema.parse(noReason.json()).fields, [{ path: 'body.reason' }], 'a reason is required');

  const verified = await app.inject({
    method: 'PUT',
    url,
    headers: { authorization: admin.authorization },
    payload: { verified: true, reason: 'Checked the state register' },
  });
  t.equal(organisationDetailSchema.parse(verified.json()).verified, true, 'verified');
  const me = meSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: researcher.authorization } })).json());
  t.equal(me.organisation?.verified, true, 'the member sees it verified');

  const unverified = await app.inject({
    method: 'PUT',
    url,
    headers: { authorization: admin.authorization },
    payload: { verified: false, reason: 'Licence expired' },
  });
  t.equal(organisationDetailSchema.parse(unverified.json()).verified, false, 'un-verified');
  const actions = (await app.db.select().from(auditLog).orderBy(auditLog.id)).map((row) => [row.action, row.details]);
  t.same(
    actions.slice(-2),
    [
      ['organisation.verified', { reason: 'Checked the state register' }],
      ['organisation.unverified', { reason: 'Licence expired' }],
    ],
    'both in the audit log with reasons',
  );

  const list = await app.inject({ method: 'GET', url: '/api/v1/admin/organisations?verified=false', headers: { authorization: admin.authorization } });
  t.ok(
    list.json<{ items: { id: string }[] }>().items.some((item) => item.id === researcher.user.organisationId),
    'the admin list filters by verification',
  );
});
