import t from 'tap';
import { meSchema, userRoles, type Abilities, type UserRole } from '@kopir/shared';
import { createUser, signedInSession } from '../../harness/factories.ts';
import { createTestApp } from '../../harness/test-app.ts';

const nothing: Abilities = {
  manageLabs: false,
  manageNeeds: false,
  seeCollaborations: false,
  keepShortlist: false,
  converse: false,
  keepSavedSearches: false,
  openDashboard: false,
  ownRegion: null,
  readReports: false,
  writeRegionReport: null,
  publishNationalReport: false,
  administer: false,
};

/** What each role may do, written out by hand: the routes' rules as docs/authorization.md states them. */
const expected: Record<UserRole, Abilities> = {
  researcher: { ...nothing, manageLabs: true, seeCollaborations: true, keepShortlist: true, converse: true, keepSavedSearches: true },
  company: { ...nothing, manageNeeds: true, seeCollaborations: true, keepShortlist: true, converse: true, keepSavedSearches: true },
  region: { ...nothing, openDashboard: true, ownRegion: 'KZ-19', readReports: true, writeRegionReport: 'KZ-19' },
  ministry: { ...nothing, seeCollaborations: true, openDashboard: true, readReports: true, publishNationalReport: true },
  admin: { ...nothing, seeCollaborations: true, openDashboard: true, readReports: true, administer: true },
};

/** The route each yes/no ability opens, to check that the API agrees with what /me offers. */
const routeOf: Partial<Record<keyof Abilities, string>> = {
  manageLabs: '/api/v1/my/labs',
  manageNeeds: '/api/v1/my/needs',
  keepShortlist: '/api/v1/my/shortlist',
  converse: '/api/v1/questions',
  keepSavedSearches: '/api/v1/my/saved-searches',
  seeCollaborations: '/api/v1/collaborations',
  openDashboard: '/api/v1/analytics/summary',
  readReports: '/api/v1/reports?year=2025',
  administer: '/api/v1/admin/organisations',
};

t.test('GET /me says what each role may do, and every route agrees', async (t) => {
  const app = await createTestApp(t);
  for (const role of userRoles) {
    const { authorization } = await createUser(app, role, { regionCode: 'KZ-19' });
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization } });
    t.equal(me.statusCode, 200, `${role}: /me answers`);
    const { can } = meSchema.parse(me.json());
    t.same(can, expected[role], `${role}: the abilities are the role's`);
    for (const [ability, url] of Object.entries(routeOf)) {
      const response = await app.inject({ method: 'GET', url, headers: { authorization } });
      if (can[ability as keyof Abilities]) t.not(response.statusCode, 403, `${role} may ${ability}: ${url} lets them in (${response.statusCode})`);
      else t.equal(response.statusCode, 403, `${role} may not ${ability}: ${url} refuses them`);
    }
  }
});

t.test('PATCH /me answers the abilities too', async (t) => {
  const app = await createTestApp(t);
  const { authorization } = await createUser(app, 'company');
  const response = await app.inject({ method: 'PATCH', url: '/api/v1/me', headers: { authorization }, payload: { fullName: 'Aigerim Test' } });
  t.equal(response.statusCode, 200, 'the change is accepted');
  t.same(meSchema.parse(response.json()).can, expected.company, 'with what a company may do');
});

t.test('before the second factor a ministry account may do nothing yet, as the routes say', async (t) => {
  const app = await createTestApp(t);
  const { user } = await createUser(app, 'ministry');
  const { authorization } = await signedInSession(app, user.id, { secondFactorGiven: false });
  const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization } });
  t.same(meSchema.parse(me.json()).can, nothing, 'no ability before the sign-in is complete');
  const dashboard = await app.inject({ method: 'GET', url: '/api/v1/analytics/summary', headers: { authorization } });
  t.equal(dashboard.statusCode, 403, 'and the dashboard route refuses the same account');
});
