import t from 'tap';
import { bookingListSchema, bookingSchema, instrumentSchema } from '@kopir/shared';
import { notifications } from '@kopir/db';
import { eq } from 'drizzle-orm';
import { instrumentInput } from '../../harness/catalogue.ts';
import { createUser } from '../../harness/factories.ts';
import { latestEmailTo } from '../../harness/mail.ts';
import { createTestApp } from '../../harness/test-app.ts';

type App = Awaited<ReturnType<typeof createTestApp>>;

const call = (app: App, method: 'GET' | 'POST' | 'PATCH', url: string, authorization?: string, payload?: Record<string, unknown>) =>
  app.inject({ method, url: `/api/v1${url}`, ...(authorization && { headers: { authorization } }), ...(payload !== undefined && { payload }) });

/** A day `days` from now in Kazakhstan, as YYYY-MM-DD. */
const dayFromNow = (days: number) => new Date(Date.now() + 5 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

async function scene(app: App) {
  const researcher = await createUser(app, 'researcher', { locale: 'kk' });
  const colleague = await createUser(app, 'researcher', { organisationId: researcher.user.organisationId! });
  const company = await createUser(app, 'company', { locale: 'ru' });
  const companyColleague = await createUser(app, 'company', { organisationId: company.user.organisationId! });
  const instrument = instrumentSchema.parse((await call(app, 'POST', '/instruments', researcher.authorization, instrumentInput())).json());
  return { researcher, colleague, company, companyColleague, instrument };
}

t.test('a company asks for days, the centre accepts, and each side is told in its language', async (t) => {
  const app = await createTestApp(t);
  const { researcher, colleague, company, companyColleague, instrument } = await scene(app);
  const asked = await call(app, 'POST', `/instruments/${instrument.id}/bookings`, company.authorization, {
    startsOn: dayFromNow(3),
    endsOn: dayFromNow(4),
    message: 'Ten powder samples of copper ore',
  });
  t.equal(asked.statusCode, 201, 'the company sends a booking request');
  const booking = bookingSchema.parse(asked.json());
  t.match(
    booking,
    { status: 'requested', side: 'company', instrument: { id: instrument.id }, company: { id: company.user.organisationId } },
    'as it was asked',
  );

  const told = await app.db.select().from(notifications).where(eq(notifications.userId, researcher.user.id));
  t.match(told, [{ kind: 'booking_requested', payload: { bookingId: booking.id } }], 'the centre’s researcher is told in the app');
  t.match((await latestEmailTo(app, researcher.user.email))?.subject, /брондау сұрауы/, 'and by email, in Kazakh, her language');
  t.match((await latestEmailTo(app, colleague.user.email))?.subject, /booking request/, 'her colleague in English, his');

  const received = bookingListSchema.parse((await call(app, 'GET', '/bookings', colleague.authorization)).json());
  t.same(
    received.items.map((item) => [item.id, item.side]),
    [[booking.id, 'centre']],
    'the centre lists the request it received',
  );
  const sent = bookingListSchema.parse((await call(app, 'GET', '/bookings', companyColleague.authorization)).json());
  t.same(
    sent.items.map((item) => [item.id, item.side]),
    [[booking.id, 'company']],
    'the company’s people list the request it sent',
  );

  const accepted = await call(app, 'POST', `/bookings/${booking.id}/accept`, colleague.authorization, { reason: 'Bring the samples dried' });
  t.equal(accepted.statusCode, 200, 'a researcher of the centre accepts');
  t.match(accepted.json(), { status: 'accepted', decisionReason: 'Bring the samples dried' }, 'with the reason shown');
  t.match((await latestEmailTo(app, company.user.email))?.subject, /принят/, 'the company is told by email in Russian');
  const companyTold = await app.db.select().from(notifications).where(eq(notifications.userId, companyColleague.user.id));
  t.match(companyTold, [{ kind: 'booking_updated', payload: { bookingId: booking.id, status: 'accepted' } }], 'and in the app');

  const again = await call(app, 'POST', `/bookings/${booking.id}/decline`, researcher.authorization, {});
  t.equal(again.statusCode, 409, 'a decided request cannot be decided again');
  t.equal(again.json().code, 'BOOKING_CLOSED', 'saying why');

  const cancelled = await call(app, 'POST', `/bookings/${booking.id}/cancel`, company.authorization);
  t.equal(cancelled.statusCode, 200, 'the company may still cancel an accepted booking');
  t.equal(cancelled.json().status, 'cancelled', 'it is cancelled');
  t.match((await latestEmailTo(app, researcher.user.email))?.subject, /тоқтатылды/, 'and the centre is told, in Kazakh');
  t.equal((await call(app, 'POST', `/bookings/${booking.id}/cancel`, company.authorization)).json().code, 'BOOKING_CLOSED', 'once');
});

t.test('who sees which booking: its company’s people and the centre’s researchers only', async (t) => {
  const app = await createTestApp(t);
  const { researcher, company, instrument } = await scene(app);
  const otherCompany = await createUser(app, 'company');
  const otherResearcher = await createUser(app, 'researcher');
  const ministry = await createUser(app, 'ministry');
  const region = await createUser(app, 'region');
  const admin = await createUser(app, 'admin');
  const booking = bookingSchema.parse(
    (await call(app, 'POST', `/instruments/${instrument.id}/bookings`, company.authorization, { startsOn: dayFromNow(1), message: 'One day' })).json(),
  );
  t.equal(booking.endsOn, booking.startsOn, 'a single day when no last day is given');

  t.equal((await call(app, 'GET', `/bookings/${booking.id}`, company.authorization)).statusCode, 200, 'the company reads it');
  t.equal((await call(app, 'GET', `/bookings/${booking.id}`, researcher.authorization)).statusCode, 200, 'the centre reads it');
  t.equal((await call(app, 'GET', `/bookings/${booking.id}`, otherCompany.authorization)).statusCode, 404, 'another company: not there');
  t.equal((await call(app, 'GET', `/bookings/${booking.id}`, otherResearcher.authorization)).statusCode, 404, 'another centre’s researcher: not there');
  for (const [who, user] of [
    ['the ministry', ministry],
    ['a region officer', region],
    ['an admin', admin],
  ] as const) {
    t.equal((await call(app, 'GET', `/bookings/${booking.id}`, user.authorization)).statusCode, 403, `${who} reads no single booking`);
    t.equal((await call(app, 'GET', '/bookings', user.authorization)).statusCode, 403, `${who} lists none`);
  }
  t.equal((await call(app, 'GET', `/bookings/${booking.id}`)).statusCode, 401, 'anonymous: sign in first');
  t.same((await call(app, 'GET', '/bookings', otherCompany.authorization)).json().items, [], 'another company’s list does not hold it');
  t.same((await call(app, 'GET', '/bookings', otherResearcher.authorization)).json().items, [], 'nor another centre’s');

  t.equal((await call(app, 'POST', `/bookings/${booking.id}/accept`, otherResearcher.authorization, {})).statusCode, 404, 'another centre cannot accept it');
  t.equal(
    (await call(app, 'POST', `/bookings/${booking.id}/accept`, company.authorization, {})).json().code,
    'FORBIDDEN_ROLE',
    'the company cannot accept its own',
  );
  t.equal((await call(app, 'POST', `/bookings/${booking.id}/cancel`, otherCompany.authorization)).statusCode, 404, 'another company cannot cancel it');
  t.equal(
    (await call(app, 'POST', `/bookings/${booking.id}/cancel`, researcher.authorization)).json().code,
    'FORBIDDEN_ROLE',
    'the centre declines, never cancels',
  );

  const declined = await call(app, 'POST', `/bookings/${booking.id}/decline`, researcher.authorization, { reason: 'Under maintenance that week' });
  t.match(declined.json(), { status: 'declined', decisionReason: 'Under maintenance that week' }, 'the centre declines with a reason');
  t.equal(
    (await call(app, 'POST', `/bookings/${booking.id}/cancel`, company.authorization)).json().code,
    'BOOKING_CLOSED',
    'a declined request cannot be cancelled',
  );

  t.equal(
    (await call(app, 'POST', `/instruments/${instrument.id}/bookings`, researcher.authorization, { startsOn: dayFromNow(1), message: 'x' })).json().code,
    'FORBIDDEN_ROLE',
    'a researcher books nothing',
  );
  await call(app, 'PATCH', `/instruments/${instrument.id}`, researcher.authorization, { status: 'hidden' });
  t.equal(
    (await call(app, 'POST', `/instruments/${instrument.id}/bookings`, company.authorization, { startsOn: dayFromNow(1), message: 'x' })).statusCode,
    404,
    'a hidden instrument cannot be booked: it is not there for the company',
  );
  t.equal((await call(app, 'GET', `/bookings/${booking.id}`, company.authorization)).statusCode, 200, 'its earlier requests stay readable');
});

t.test('bad booking input is refused naming the field', async (t) => {
  const app = await createTestApp(t);
  const { company, instrument } = await scene(app);
  const refused = async (payload: Record<string, unknown>, path: string, what: string) => {
    const answer = await call(app, 'POST', `/instruments/${instrument.id}/bookings`, company.authorization, {
      startsOn: dayFromNow(2),
      message: 'Samples',
      ...payload,
    });
    t.equal(answer.statusCode, 400, `${what}: 400`);
    t.ok(
      (answer.json().fields ?? []).some((field: { path: string }) => field.path === path),
      `${what}: names ${path} (${JSON.stringify(answer.json().fields?.map((field: { path: string }) => field.path))})`,
    );
  };
  await refused({ message: 'a\u0000b' }, 'body.message', 'a NUL character');
  await refused({ message: 'a\udc00b' }, 'body.message', 'a lone surrogate');
  await refused({ message: 'x'.repeat(100_000) }, 'body.message', 'a huge message');
  await refused({ message: '   ' }, 'body.message', 'an empty message');
  await refused({ startsOn: '9999-01-01' }, 'body.startsOn', 'the year 9999');
  await refused({ startsOn: '0000-01-01' }, 'body.startsOn', 'the year 0');
  await refused({ startsOn: '2027-02-30' }, 'body.startsOn', 'a day that does not exist');
  await refused({ startsOn: '31.12.2027' }, 'body.startsOn', 'another format');
  await refused({ startsOn: dayFromNow(-2) }, 'body.startsOn', 'a day already past');
  await refused({ endsOn: dayFromNow(1) }, 'body.endsOn', 'a last day before the first');
  await refused({ endsOn: dayFromNow(800) }, 'body.endsOn', 'more than a year of days');
  t.equal(
    (await call(app, 'POST', '/instruments/00000000-0000-4000-8000-000000000000/bookings', company.authorization, { startsOn: dayFromNow(2), message: 'x' }))
      .statusCode,
    404,
    'an unknown instrument',
  );
});
