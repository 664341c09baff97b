import type { CollaborationSide, CollaborationStatus, Locale } from '@kopir/shared';
import { absoluteUrl } from './absolute-url.ts';
import { renderEmail } from './render-email.ts';
import type { EmailCatalogue, RenderedEmail } from './rendered-email.ts';
import { statusWords } from './status-words.ts';

interface Proposal {
  needTitle: string;
  /** What the sender wrote with it, quoted. */
  message?: string | undefined;
  /** Who started it: the company invites a lab, a lab proposes to a need. */
  from: CollaborationSide;
  link: string;
}

/** The sender's own words, quoted after a label, when they wrote any. */
const said = (label: string, message: string | undefined) => (message ? [`${label}: «${message}»`] : []);

const proposal: EmailCatalogue<Proposal> = {
  kk: ({ needTitle, from, link, message }) => ({
    subject: `Kopir: ${from === 'company' ? 'шақыру' : 'ұсыныс'}: «${needTitle}»`,
    paragraphs: [
      from === 'company'
        ? `Компания сіздің зертханаңызды «${needTitle}» сұранысы бойынша бірге жұмыс істеуге шақырады.`
        : `Зертхана сіздің «${needTitle}» сұранысыңыз бойынша бірге жұмыс істеуді ұсынады.`,
      ...said('Хабарламасы', message),
    ],
    links: [{ label: 'Kopir-де жауап беру', href: link }],
  }),
  ru: ({ needTitle, from, link, message }) => ({
    subject: `Kopir: ${from === 'company' ? 'приглашение' : 'предложение'}: «${needTitle}»`,
    paragraphs: [
      from === 'company'
        ? `Компания приглашает вашу лабораторию поработать вместе над запросом «${needTitle}».`
        : `Лаборатория предлагает поработать вместе над вашим запросом «${needTitle}».`,
      ...said('Сообщение', message),
    ],
    links: [{ label: 'Ответить в Kopir', href: link }],
  }),
  en: ({ needTitle, from, link, message }) => ({
    subject: `Kopir: ${from === 'company' ? 'an invitation' : 'a proposal'}: ${needTitle}`,
    paragraphs: [
      from === 'company' ? `A company invites your lab to work on its need “${needTitle}”.` : `A lab proposes to work on your need “${needTitle}”.`,
      ...said('Their message', message),
    ],
    links: [{ label: 'Answer on Kopir', href: link }],
  }),
};

interface Update {
  needTitle: string;
  status: string;
  link: string;
}

const update: EmailCatalogue<Update> = {
  kk: ({ needTitle, status, link }) => ({
    subject: `Kopir: «${needTitle}»: ${status}`,
    paragraphs: [`«${needTitle}» сұранысы бойынша ынтымақтастықтың жаңа күйі: ${status}.`],
    links: [{ label: 'Kopir-де ашу', href: link }],
  }),
  ru: ({ needTitle, status, link }) => ({
    subject: `Kopir: «${needTitle}»: ${status}`,
    paragraphs: [`Новый статус сотрудничества по запросу «${needTitle}»: ${status}.`],
    links: [{ label: 'Открыть в Kopir', href: link }],
  }),
  en: ({ needTitle, status, link }) => ({
    subject: `Kopir: ${needTitle}: ${status}`,
    paragraphs: [`The collaboration on “${needTitle}” has a new status: ${status}.`],
    links: [{ label: 'See it on Kopir', href: link }],
  }),
};

const collaborationPage = (publicUrl: string, collaborationId: string) => absoluteUrl(publicUrl, `/collaborations/${collaborationId}`);

/** The email telling one side that the other invites it or proposes to it, in `locale`. */
export const proposalEmail = (
  locale: Locale,
  publicUrl: string,
  facts: { collaborationId: string; needTitle: string; from: CollaborationSide; message?: string | undefined },
): RenderedEmail => renderEmail(proposal, locale, { ...facts, link: collaborationPage(publicUrl, facts.collaborationId) });

/** The email telling one side that the other moved the collaboration on, the status in words, in `locale`. */
export const collaborationUpdateEmail = (
  locale: Locale,
  publicUrl: string,
  facts: { collaborationId: string; needTitle: string; status: CollaborationStatus },
): RenderedEmail =>
  renderEmail(update, locale, {
    needTitle: facts.needTitle,
    status: statusWords[locale][facts.status],
    link: collaborationPage(publicUrl, facts.collaborationId),
  });
