import { eq } from 'drizzle-orm';
import { bookingRequests, organisations } from '@kopir/db';
import { inputRules, kindFitsRole, type CreateBooking } from '@kopir/shared';
import { AppError } from '../../errors.ts';
import { todayInKazakhstan } from '../needs/deadline.ts';
import { bookingRequestedEmail } from '../notifications/emails/booking-emails.ts';
import { membersOf, notify } from '../notifications/notify.ts';
import { signedInActor, withTransaction, type ServiceContext } from '../context.ts';
import { getInstrument } from './get-instrument.ts';
import { getBooking } from './get-booking.ts';

/** A company asks a centre for days of an active instrument; the centre's researchers are told in the app and by email. */
export async function requestBooking({
  ctx,
  input: { instrumentId, request },
}: {
  ctx: ServiceContext;
  input: { instrumentId: string; request: CreateBooking };
}) {
  const actor = signedInActor(ctx);
  const endsOn = request.endsOn ?? request.startsOn;
  const today = todayInKazakhstan(ctx.now());
  if (request.startsOn < today)
    throw new AppError('VALIDATION_FAILED', 'The first day has already passed', [
      { path: 'body.startsOn', message: `Choose a day from today (${today}) on`, rule: inputRules.dateInPast, params: { min: today } },
    ]);
  return withTransaction(ctx, async (tx) => {
    const [company] = await tx.db
      .select()
      .from(organisations)
      .where(eq(organisations.id, actor.organisationId ?? '00000000-0000-0000-0000-000000000000'));
    if (!company || !kindFitsRole('company', company.kind)) throw new AppError('NOT_A_COMPANY', 'Only companies book shared instruments');
    // As its page shows it: a hidden instrument is not there for a company.
    const instrument = await getInstrument({ ctx: tx, input: { id: instrumentId } });
    if (instrument.status !== 'active') throw new AppError('INSTRUMENT_HIDDEN', 'The instrument is not offered for booking now');
    const [row] = await tx.db
      .insert(bookingRequests)
      .values({
        instrumentId,
        centreOrganisationId: instrument.organisation.id,
        companyOrganisationId: company.id,
        requestedBy: actor.id,
        startsOn: request.startsOn,
        endsOn,
        message: request.message,
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
      })
      .returning();
    const booking = row!;
    await notify(tx.db, await membersOf(tx.db, instrument.organisation.id, 'researcher'), {
      kind: 'booking_requested',
      payload: { bookingId: booking.id, instrumentModel: instrument.model, startsOn: booking.startsOn, endsOn: booking.endsOn },
      email: (locale) =>
        bookingRequestedEmail(locale, ctx.publicUrl, { id: booking.id, model: instrument.model, startsOn: booking.startsOn, endsOn, message: booking.message }),
    });
    return getBooking({ ctx: tx, input: { id: booking.id } });
  });
}
