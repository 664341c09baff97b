import { eq } from 'drizzle-orm';
import { bookingRequests, instruments } from '@kopir/db';
import type { BookingStatus } from '@kopir/shared';
import { AppError, notFound } from '../../errors.ts';
import { bookingUpdatedEmail } from '../notifications/emails/booking-emails.ts';
import { membersOf, notify } from '../notifications/notify.ts';
import { signedInActor, withTransaction, type ServiceContext } from '../context.ts';
import { getBooking } from './get-booking.ts';
import { sideOf } from './to-booking.ts';

type Move = { action: 'accept' | 'decline'; reason?: string | undefined } | { action: 'cancel'; reason?: undefined };

const moves = {
  accept: { side: 'centre', from: ['requested'], to: 'accepted' },
  decline: { side: 'centre', from: ['requested'], to: 'declined' },
  cancel: { side: 'company', from: ['requested', 'accepted'], to: 'cancelled' },
} as const satisfies Record<Move['action'], { side: 'centre' | 'company'; from: readonly BookingStatus[]; to: BookingStatus }>;

/**
 * The centre's researchers accept or decline a request (with an optional reason); the requesting
 * company cancels its own while it is not declined. The other side is told in the app and by email.
 */
export async function moveBooking({ ctx, input: { id, move } }: { ctx: ServiceContext; input: { id: string; move: Move } }) {
  const actor = signedInActor(ctx);
  const rule = moves[move.action];
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .select({ booking: bookingRequests, model: instruments.model })
      .from(bookingRequests)
      .innerJoin(instruments, eq(instruments.id, bookingRequests.instrumentId))
      .where(eq(bookingRequests.id, id))
      .for('update', { of: bookingRequests });
    const side = row && sideOf(actor, row.booking);
    if (!row || !side) throw notFound('The booking request');
    if (side !== rule.side) throw new AppError('NOT_YOUR_TURN', `Only the ${rule.side} may ${move.action} a booking request`);
    if (!(rule.from as readonly BookingStatus[]).includes(row.booking.status))
      throw new AppError('BOOKING_CLOSED', `The booking request is ${row.booking.status} already`, undefined, { status: row.booking.status });
    const decided = rule.side === 'centre';
    await tx.db
      .update(bookingRequests)
      .set({
        status: rule.to,
        updatedAt: ctx.now(),
        ...(decided && { decidedBy: actor.id, decidedAt: ctx.now(), decisionReason: move.reason ?? null }),
      })
      .where(eq(bookingRequests.id, id));
    const { booking } = row;
    const told = decided
      ? await membersOf(tx.db, booking.companyOrganisationId, 'company')
      : await membersOf(tx.db, booking.centreOrganisationId, 'researcher');
    await notify(tx.db, told, {
      kind: 'booking_updated',
      payload: { bookingId: id, instrumentModel: row.model, status: rule.to },
      email: (locale) =>
        bookingUpdatedEmail(locale, ctx.publicUrl, {
          id,
          model: row.model,
          startsOn: booking.startsOn,
          endsOn: booking.endsOn,
          status: rule.to,
          reason: move.reason ?? null,
        }),
    });
    return getBooking({ ctx: tx, input: { id } });
  });
}
