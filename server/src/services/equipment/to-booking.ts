import { aliasedTable, eq } from 'drizzle-orm';
import { bookingRequests, instruments, organisations, type DbOrTransaction } from '@kopir/db';
import type { Booking } from '@kopir/shared';
import type { UserActor } from '../../access/actor.ts';
import { organisationSummary } from '../labs/to-lab.ts';

const centres = aliasedTable(organisations, 'centres');
const companies = aliasedTable(organisations, 'companies');

/** Booking requests with their instrument, its centre and the company, ready for `toBooking`. */
export const bookingRows = (db: DbOrTransaction) =>
  db
    .select({ booking: bookingRequests, instrument: instruments, centre: centres, company: companies })
    .from(bookingRequests)
    .innerJoin(instruments, eq(instruments.id, bookingRequests.instrumentId))
    .innerJoin(centres, eq(centres.id, bookingRequests.centreOrganisationId))
    .innerJoin(companies, eq(companies.id, bookingRequests.companyOrganisationId))
    .$dynamic();

type BookingRow = Awaited<ReturnType<ReturnType<typeof bookingRows>['execute']>>[number];

/** Which side of a booking the person is on, or null when it is none of theirs (they may not know it exists). */
export function sideOf(actor: UserActor, booking: { centreOrganisationId: string; companyOrganisationId: string }): Booking['side'] | null {
  if (actor.role === 'company' && actor.organisationId === booking.companyOrganisationId) return 'company';
  if (actor.role === 'researcher' && actor.organisationId === booking.centreOrganisationId) return 'centre';
  return null;
}

export const toBooking = (row: BookingRow, side: Booking['side']): Booking => ({
  id: row.booking.id,
  instrument: {
    id: row.instrument.id,
    model: row.instrument.model,
    classCode: row.instrument.classCode,
    organisation: organisationSummary(row.centre),
  },
  company: organisationSummary(row.company),
  startsOn: row.booking.startsOn,
  endsOn: row.booking.endsOn,
  message: row.booking.message,
  status: row.booking.status,
  decisionReason: row.booking.decisionReason,
  decidedAt: row.booking.decidedAt?.toISOString() ?? null,
  createdAt: row.booking.createdAt.toISOString(),
  side,
});
