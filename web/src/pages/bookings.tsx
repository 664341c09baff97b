import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { pickText, type Booking } from '@kopir/shared';
import { send } from '../api/client.ts';
import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { FormError, TextField } from '../components/form.tsx';
import { Fact } from '../components/listing-facts.tsx';
import { Loaded } from '../components/load-state.tsx';
import { useFormat } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** The days of a booking: one date, or first – last. */
function useDays() {
  const format = useFormat();
  return (booking: Booking) =>
    booking.startsOn === booking.endsOn ? format.date(booking.startsOn) : `${format.date(booking.startsOn)} – ${format.date(booking.endsOn)}`;
}

/** The booking requests the reader's organisation sent (a company) or received (a centre), newest first. */
export function BookingsPage() {
  const { t, locale } = useI18n();
  const days = useDays();
  const list = useApi(endpoints.bookings());
  return (
    <section class="narrow">
      <h1>{t('booking.heading')}</h1>
      <Loaded resource={list} empty={t('booking.none')} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <ul class="plain-list">
            {data.items.map((booking) => (
              <li key={booking.id} class="card" data-status={booking.status}>
                <a href={`/bookings/${booking.id}`}>{booking.instrument.model}</a>
                <p class="meta">
                  {days(booking)} · {t(`booking.status.${booking.status}`)} ·{' '}
                  {booking.side === 'centre' ? pickText(booking.company.name, locale) : pickText(booking.instrument.organisation.name, locale)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </section>
  );
}

/** One booking request: the centre accepts or declines it, the company cancels it. */
export function BookingPage() {
  const { t, locale } = useI18n();
  const { params } = useRoute();
  const days = useDays();
  const loaded = useApi(endpoints.booking(params.id ?? ''));
  const [problem, setProblem] = useState<unknown>();
  const [reason, setReason] = useState('');
  const move = (action: 'accept' | 'decline' | 'cancel') => {
    setProblem(undefined);
    send(endpoints.moveBooking(params.id ?? '', action, reason.trim() || undefined)).then(loaded.replace, setProblem);
  };
  return (
    <Loaded resource={loaded}>
      {(booking) => (
        <article class="narrow" data-kind="booking" data-status={booking.status}>
          <h1>{t('booking.title', { model: booking.instrument.model })}</h1>
          <dl class="facts">
            <Fact label={t('booking.statusLabel')}>
              <span role="status">{t(`booking.status.${booking.status}`)}</span>
            </Fact>
            <Fact label={t('booking.days')}>{days(booking)}</Fact>
            <Fact label={t('booking.instrument')}>
              <a href={`/instruments/${booking.instrument.id}`}>{booking.instrument.model}</a> · {pickText(booking.instrument.organisation.name, locale)}
            </Fact>
            <Fact label={t('booking.company')}>{pickText(booking.company.name, locale)}</Fact>
            <Fact label={t('equipment.message')}>{booking.message}</Fact>
            {booking.decisionReason && <Fact label={t('booking.reason')}>{booking.decisionReason}</Fact>}
          </dl>
          {booking.side === 'centre' && booking.status === 'requested' && (
            <div class="stack">
              <TextField label={t('booking.reasonOptional')} name="reason" value={reason} onInput={(event) => setReason(event.currentTarget.value)} />
              <div class="actions">
                <button type="button" onClick={() => move('accept')}>
                  {t('booking.accept')}
                </button>
                <button type="button" class="secondary" onClick={() => move('decline')}>
                  {t('booking.decline')}
                </button>
              </div>
            </div>
          )}
          {booking.side === 'company' && (booking.status === 'requested' || booking.status === 'accepted') && (
            <button type="button" class="secondary" onClick={() => move('cancel')}>
              {t('booking.cancel')}
            </button>
          )}
          <FormError problem={problem} />
        </article>
      )}
    </Loaded>
  );
}
