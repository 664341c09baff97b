import t from 'tap';
import type { App } from '@kopir/server';
import { apiErrorSchema, labSchema, LISTING_STATS_MAX_DAYS, listingStatsSchema, needSchema } from '@kopir/shared';
import { labInput, needInput } from '../harness/catalogue.ts';
import { createUser } from '../harness/factories.ts';
import { createTestApp } from '../harness/test-app.ts';

const stats = (app: App, url: string, authorization?: string) =>
  app.inject({ method: 'GET', url: `/api/v1${url}`, ...(authorization && { headers: { authorization } }) });

/** The status and error code of an answer, to compare in one assertion. */
const outcome = (response: Awaited<ReturnType<typeof stats>>) => [
  response.statusCode,
  response.statusCode === 200 ? null : response.json<{ code: string }>().code,
];

t.test('a lab’s statistics: its researchers and admins only', async (t) => {
  const app = await createTestApp(t);
  const researcher = await createUser(app, 'researcher');
  const colleague = await createUser(app, 'researcher', { organisationId: researcher.user.organisationId! });
  const outsider = await createUser(app, 'researcher');
  const company = await createUser(app, 'company');
  const ministry = await createUser(app, 'ministry');
  const admin = await createUser(app, 'admin');
  const post = async (payload: object) =>
    labSchema.parse((await app.inject({ method: 'POST', url: '/api/v1/labs', headers: { authorization: researcher.authorization }, payload })).json());
  const active = await post(labInput());
  const hidden = await post(labInput({ status: 'hidden' }));

  for (const [who, authorization] of [
    ['a researcher of the lab', researcher.authorization],
    ['a colleague', colleague.authorization],
    ['an admin', admin.authorization],
  ] as const) {
    const response = await stats(app, `/labs/${active.id}/stats`, authorization);
    t.equal(response.statusCode, 200, `${who} reads it`);
    t.equal(listingStatsSchema.parse(response.json()).days.length, 30, `${who}: the last 30 days by default`);
  }
  t.same(outcome(await stats(app, `/labs/${hidden.id}/stats`, researcher.authorization)), [200, null], 'its researchers read a hidden lab’s too');

  t.same(outcome(await stats(app, `/labs/${active.id}/stats`)), [401, 'UNAUTHENTICATED'], 'anonymous: sign in');
  t.same(outcome(await stats(app, `/labs/${active.id}/stats`, outsider.authorization)), [403, 'NOT_YOURS'], 'a researcher of another organisation: not yours');
  t.same(outcome(await stats(app, `/labs/${hidden.id}/stats`, outsider.authorization)), [404, 'NOT_FOUND'], 'a hidden lab is not there for her');
  t.same(outcome(await stats(app, `/labs/${active.id}/stats`, company.authorization)), [403, 'FORBIDDEN_ROLE'], 'a company: not its role');
  t.same(outcome(await stats(app, `/labs/${active.id}/stats`, ministry.authorization)), [403, 'FORBIDDEN_ROLE'], 'the ministry: not its role');
  t.same(
    outcome(await stats(app, '/labs/00000000-0000-4000-8000-000000000000/stats', researcher.authorization)),
    [404, 'NOT_FOUND'],
    'an unknown lab: not found',
  );
});

t.test('a need’s statistics: its company and admins only', async (t) => {
  const app = await createTestApp(t);
  const company = await createUser(app, 'company');
  const otherCompany = await createUser(app, 'company');
  const researcher = await createUser(app, 'researcher');
  const ministry = await createUser(app, 'ministry');
  const admin = await createUser(app, 'admin');
  const post = async (payload: object) =>
    needSchema.parse((await app.inject({ method: 'POST', url: '/api/v1/needs', headers: { authorization: company.authorization }, payload })).json());
  const open = await post(needInput());
  const confidential = await post(needInput({ visibility: 'confidential' }));

  t.same(outcome(await stats(app, `/needs/${confidential.id}/stats`, company.authorization)), [200, null], 'the company reads its confidential need’s');
  t.same(outcome(await stats(app, `/needs/${open.id}/stats`, admin.authorization)), [200, null], 'an admin reads it');
  t.same(outcome(await stats(app, `/needs/${open.id}/stats`)), [401, 'UNAUTHENTICATED'], 'anonymous: sign in');
  t.same(outcome(await stats(app, `/needs/${open.id}/stats`, otherCompany.authorization)), [403, 'NOT_YOURS'], 'another company: not yours');
  t.same(
    outcome(await stats(app, `/needs/${confidential.id}/stats`, otherCompany.authorization)),
    [404, 'NOT_FOUND'],
    'a confidential need is not there for it',
  );
  t.same(outcome(await stats(app, `/needs/${open.id}/stats`, researcher.authorization)), [403, 'FORBIDDEN_ROLE'], 'a researcher: not her role');
  t.same(outcome(await stats(app, `/needs/${open.id}/stats`, ministry.authorization)), [403, 'FORBIDDEN_ROLE'], 'the ministry: not its role');
});

t.test('the period: dates or a window of days, bounded, in order; anything else is refused naming the field', async (t) => {
  let now = new Date('2026-12-04T10:00:00Z');
  const app = await createTestApp(t, {}, { clock: () => now });
  const company = await createUser(app, 'company');
  const need = needSchema.parse(
    (await app.inject({ method: 'POST', url: '/api/v1/needs', headers: { authorization: company.authorization }, payload: needInput() })).json(),
  );
  const get = (query: string) => stats(app, `/needs/${need.id}/stats?${query}`, company.authorization);

  const window = listingStatsSchema.parse((await get('days=7')).json());
  t.match(window, { from: '2026-11-28', to: '2026-12-04' }, 'seven days up to today in Kazakhstan');
  t.equal(window.days.length, 7, 'one entry per day, days with nothing included');
  const dates = listingStatsSchema.parse((await get('from=2026-01-01&to=2026-12-31')).json());
  t.equal(dates.days.length, 365, 'a whole year by dates');
  t.match(listingStatsSchema.parse((await get('to=2026-06-30&days=2')).json()), { from: '2026-06-29', to: '2026-06-30' }, 'a window before a given end');
  t.equal(listingStatsSchema.parse((await get(`days=${LISTING_STATS_MAX_DAYS}`)).json()).days.length, LISTING_STATS_MAX_DAYS, 'the longest window');

  for (const [query, path, rule] of [
    ['days=0', 'query.days', 'too_small'],
    [`days=${LISTING_STATS_MAX_DAYS + 1}`, 'query.days', 'too_large'],
    ['days=many', 'query.days', 'invalid_type'],
    ['days=1.5', 'query.days', 'not_whole'],
    ['from=2026-13-01', 'query.from', 'invalid_format'],
    ['from=0001-01-01&to=2026-01-01', 'query.from', 'date_out_of_range'],
    ['to=9999-12-31', 'query.to', 'date_out_of_range'],
    ['from=2026-12-01&to=2026-11-01', 'query.to', 'period_order'],
    ['from=2024-01-01&to=2026-12-31', 'query.from', 'period_too_many_days'],
    ['from=2026-12-01&days=3', 'query.days', 'days_or_from'],
    ['from=2027-01-01', 'query.from', 'period_order'],
    ['from=2020-01-01', 'query.from', 'period_too_many_days'],
    ['period=week', 'query', 'unrecognized_keys'],
  ] as const) {
    const response = await get(query);
    t.equal(response.statusCode, 400, `${query}: 400`);
    t.match(apiErrorSchema.parse(response.json()).fields, [{ path, rule }], `${query}: names ${path} (${rule})`);
  }

  now = new Date('2026-12-04T19:30:00Z');
  t.equal(listingStatsSchema.parse((await get('days=1')).json()).to, '2026-12-05', 'today is Kazakhstan’s, already the 5th at 19:30 UTC');
});
