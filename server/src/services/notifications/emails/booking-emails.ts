import { formatterFor, type BookingStatus, type Locale } from '@kopir/shared';
import { absoluteUrl } from './absolute-url.ts';
import { renderEmail } from './render-email.ts';
import type { EmailCatalogue, RenderedEmail } from './rendered-email.ts';

interface RequestFacts {
  model: string;
  days: string;
  message: string;
  link: string;
}

const requested: EmailCatalogue<RequestFacts> = {
  kk: ({ model, days, message, link }) => ({
    subject: `Kopir: «${model}» құралын брондау сұрауы`,
    paragraphs: [`Компания «${model}» құралын ${days} күндеріне брондағысы келеді.`, `Хабарламасы: ${message}`, 'Сұрауды қабылдаңыз немесе қабылдамаңыз.'],
    links: [{ label: 'Сұрауды ашу', href: link }],
  }),
  ru: ({ model, days, message, link }) => ({
    subject: `Kopir: запрос на бронирование «${model}»`,
    paragraphs: [`Компания хочет забронировать прибор «${model}» на ${days}.`, `Сообщение: ${message}`, 'Примите или отклоните запрос.'],
    links: [{ label: 'Открыть запрос', href: link }],
  }),
  en: ({ model, days, message, link }) => ({
    subject: `Kopir: a booking request for ${model}`,
    paragraphs: [`A company would like to book ${model} for ${days}.`, `Their message: ${message}`, 'Accept or decline the request.'],
    links: [{ label: 'Open the request', href: link }],
  }),
};

interface UpdateFacts {
  model: string;
  days: string;
  reason: string | null;
  link: string;
}

const statusWords: Record<Locale, Record<Exclude<BookingStatus, 'requested'>, string>> = {
  kk: { accepted: 'қабылданды', declined: 'қабылданбады', cancelled: 'компания тарапынан тоқтатылды' },
  ru: { accepted: 'принят', declined: 'отклонён', cancelled: 'отменён компанией' },
  en: { accepted: 'was accepted', declined: 'was declined', cancelled: 'was cancelled by the company' },
};

const updated = (status: Exclude<BookingStatus, 'requested'>): EmailCatalogue<UpdateFacts> => ({
  kk: ({ model, days, reason, link }) => ({
    subject: `Kopir: «${model}» брондау сұрауы ${statusWords.kk[status]}`,
    paragraphs: [`«${model}» құралын ${days} күндеріне брондау сұрауы ${statusWords.kk[status]}.`, ...(reason ? [`Себебі: ${reason}`] : [])],
    links: [{ label: 'Сұрауды ашу', href: link }],
  }),
  ru: ({ model, days, reason, link }) => ({
    subject: `Kopir: запрос на бронирование «${model}» ${statusWords.ru[status]}`,
    paragraphs: [`Запрос на бронирование прибора «${model}» на ${days} ${statusWords.ru[status]}.`, ...(reason ? [`Причина: ${reason}`] : [])],
    links: [{ label: 'Открыть запрос', href: link }],
  }),
  en: ({ model, days, reason, link }) => ({
    subject: `Kopir: the booking request for ${model} ${statusWords.en[status]}`,
    paragraphs: [`The request to book ${model} for ${days} ${statusWords.en[status]}.`, ...(reason ? [`Reason: ${reason}`] : [])],
    links: [{ label: 'Open the request', href: link }],
  }),
});

interface BookingFacts {
  id: string;
  model: string;
  startsOn: string;
  endsOn: string;
}

/** The days of a booking in the reader's language: one date, or first – last. */
const daysOf = (locale: Locale, booking: BookingFacts) => {
  const format = formatterFor(locale);
  return booking.startsOn === booking.endsOn ? format.date(booking.startsOn) : `${format.date(booking.startsOn)} – ${format.date(booking.endsOn)}`;
};

/** The email telling a centre's researcher, in `locale`, that a company asks to book an instrument. */
export function bookingRequestedEmail(locale: Locale, publicUrl: string, booking: BookingFacts & { message: string }): RenderedEmail {
  return renderEmail(requested, locale, {
    model: booking.model,
    days: daysOf(locale, booking),
    message: booking.message,
    link: absoluteUrl(publicUrl, `/bookings/${booking.id}`),
  });
}

/** The email telling the other side, in `locale`, that a booking request was accepted, declined or cancelled. */
export function bookingUpdatedEmail(
  locale: Locale,
  publicUrl: string,
  booking: BookingFacts & { status: Exclude<BookingStatus, 'requested'>; reason: string | null },
): RenderedEmail {
  return renderEmail(updated(booking.status), locale, {
    model: booking.model,
    days: daysOf(locale, booking),
    reason: booking.reason,
    link: absoluteUrl(publicUrl, `/bookings/${booking.id}`),
  });
}
