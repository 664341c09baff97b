import { desc, eq, or } from 'drizzle-orm';
import { bookingRequests } from '@kopir/db';
import { notFound } from '../../errors.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { bookingRows, sideOf, toBooking } from './to-booking.ts';

/**
 * One booking request, for the requesting company's people and the centre's researchers only;
 * anyone else is told it is not there (a booking is nobody else's business, not even its existence).
 */
export async function getBooking({ ctx, input: { id } }: { ctx: ServiceContext; input: { id: string } }) {
  const actor = signedInActor(ctx);
  const [row] = await bookingRows(ctx.db).where(eq(bookingRequests.id, id));
  const side = row && sideOf(actor, row.booking);
  if (!row || !side) throw notFound('The booking request');
  return toBooking(row, side);
}

/** The booking requests of the person's organisation, newest first: a company's own requests, or those for a centre's instruments. */
export async function listBookings({ ctx }: { ctx: ServiceContext }) {
  const actor = signedInActor(ctx);
  const organisationId = actor.organisationId ?? '00000000-0000-0000-0000-000000000000';
  const rows = await bookingRows(ctx.db)
    .where(
      or(
        actor.role === 'company' ? eq(bookingRequests.companyOrganisationId, organisationId) : undefined,
        actor.role === 'researcher' ? eq(bookingRequests.centreOrganisationId, organisationId) : undefined,
      ),
    )
    .orderBy(desc(bookingRequests.createdAt))
    .limit(200);
  return rows.flatMap((row) => {
    const side = sideOf(actor, row.booking);
    return side ? [toBooking(row, side)] : [];
  });
}
