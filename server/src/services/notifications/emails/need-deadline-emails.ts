import { formatterFor, type Locale } from '@kopir/shared';
import { absoluteUrl } from './absolute-url.ts';
import { renderEmail } from './render-email.ts';
import type { EmailCatalogue, RenderedEmail } from './rendered-email.ts';

interface DeadlineFacts {
  needTitle: string;
  /** The deadline, written in the reader's language. */
  deadline: string;
  link: string;
}

const near: EmailCatalogue<DeadlineFacts> = {
  kk: ({ needTitle, deadline, link }) => ({
    subject: `Kopir: «${needTitle}» сұранысының мерзімі жақындады`,
    paragraphs: [
      `«${needTitle}» сұранысыңыздың мерзімі ${deadline} аяқталады. Содан кейін сұраныс өздігінен жабылып, іздеуден шығады.`,
      'Сұраныс әлі өзекті болса, мерзімін ұзартыңыз.',
    ],
    links: [{ label: 'Мерзімді ұзарту', href: link }],
  }),
  ru: ({ needTitle, deadline, link }) => ({
    subject: `Kopir: срок запроса «${needTitle}» подходит к концу`,
    paragraphs: [
      `Срок вашего запроса «${needTitle}» истекает ${deadline}. После этого запрос закроется сам и пропадёт из поиска.`,
      'Если запрос ещё актуален, продлите срок.',
    ],
    links: [{ label: 'Продлить срок', href: link }],
  }),
  en: ({ needTitle, deadline, link }) => ({
    subject: `Kopir: the deadline of “${needTitle}” is near`,
    paragraphs: [
      `Your need “${needTitle}” reaches its deadline on ${deadline}. After that it closes by itself and leaves search.`,
      'If it still stands, extend the deadline.',
    ],
    links: [{ label: 'Extend the deadline', href: link }],
  }),
};

const closed: EmailCatalogue<DeadlineFacts> = {
  kk: ({ needTitle, deadline, link }) => ({
    subject: `Kopir: «${needTitle}» сұранысы мерзімі өткендіктен жабылды`,
    paragraphs: [
      `«${needTitle}» сұранысыңыздың мерзімі (${deadline}) өтті, сондықтан ол жабылып, іздеуден шықты.`,
      'Сұраныс әлі өзекті болса, жаңа мерзім белгілеңіз: ол қайта ашылады.',
    ],
    links: [{ label: 'Жаңа мерзім белгілеу', href: link }],
  }),
  ru: ({ needTitle, deadline, link }) => ({
    subject: `Kopir: запрос «${needTitle}» закрыт по истечении срока`,
    paragraphs: [
      `Срок вашего запроса «${needTitle}» (${deadline}) истёк, поэтому он закрыт и больше не виден в поиске.`,
      'Если запрос ещё актуален, назначьте новый срок: запрос откроется снова.',
    ],
    links: [{ label: 'Назначить новый срок', href: link }],
  }),
  en: ({ needTitle, deadline, link }) => ({
    subject: `Kopir: “${needTitle}” closed when its deadline passed`,
    paragraphs: [
      `The deadline of your need “${needTitle}” (${deadline}) has passed, so it is closed and no longer in search.`,
      'If it still stands, set a new deadline: it opens again.',
    ],
    links: [{ label: 'Set a new deadline', href: link }],
  }),
};

const facts = (locale: Locale, publicUrl: string, need: { id: string; title: string; deadlineOn: string }): DeadlineFacts => ({
  needTitle: need.title,
  deadline: formatterFor(locale).date(need.deadlineOn),
  // The need's editor, where its deadline is changed.
  link: absoluteUrl(publicUrl, `/my/needs/${need.id}`),
});

/** The email warning a company, in `locale`, that its need's deadline is a week away or less, with a link to extend it. */
export const deadlineNearEmail = (locale: Locale, publicUrl: string, need: { id: string; title: string; deadlineOn: string }): RenderedEmail =>
  renderEmail(near, locale, facts(locale, publicUrl, need));

/** The email telling a company, in `locale`, that its need closed because its deadline passed, and how to reopen it. */
export const closedByDeadlineEmail = (locale: Locale, publicUrl: string, need: { id: string; title: string; deadlineOn: string }): RenderedEmail =>
  renderEmail(closed, locale, facts(locale, publicUrl, need));
