import type { Locale } from '@kopir/shared';
import { absoluteUrl } from './absolute-url.ts';
import { renderEmail } from './render-email.ts';
import type { EmailCatalogue, RenderedEmail } from './rendered-email.ts';

/** How much of a message an email quotes: enough to answer from, the rest is on the page. */
const QUOTE_CHARACTERS = 600;
const quote = (body: string) => `«${body.length > QUOTE_CHARACTERS ? `${body.slice(0, QUOTE_CHARACTERS).trimEnd()}…` : body}»`;

interface Said {
  /** What the thread is about, as the recipient may read it: a need's title or a lab's name. */
  about: string;
  body: string;
  link: string;
}

const question: EmailCatalogue<Said> = {
  kk: ({ about, body, link }) => ({
    subject: `Kopir: «${about}» туралы сұрақ`,
    paragraphs: [`Сізге «${about}» туралы сұрақ қойылды:`, quote(body)],
    links: [{ label: 'Kopir-де жауап беру', href: link }],
  }),
  ru: ({ about, body, link }) => ({
    subject: `Kopir: вопрос о «${about}»`,
    paragraphs: [`Вам задали вопрос о «${about}»:`, quote(body)],
    links: [{ label: 'Ответить в Kopir', href: link }],
  }),
  en: ({ about, body, link }) => ({
    subject: `Kopir: a question about ${about}`,
    paragraphs: [`You have been asked a question about “${about}”:`, quote(body)],
    links: [{ label: 'Answer on Kopir', href: link }],
  }),
};

const message: EmailCatalogue<Said> = {
  kk: ({ about, body, link }) => ({
    subject: `Kopir: «${about}» бойынша жаңа хабар`,
    paragraphs: [`«${about}» бойынша әңгімеде жаңа хабар бар:`, quote(body)],
    links: [{ label: 'Kopir-де ашу', href: link }],
    closing: 'Осы әңгімедегі келесі хабарлар туралы оны ашқаныңызша қайта жазбаймыз.',
  }),
  ru: ({ about, body, link }) => ({
    subject: `Kopir: новое сообщение по «${about}»`,
    paragraphs: [`В разговоре о «${about}» новое сообщение:`, quote(body)],
    links: [{ label: 'Открыть в Kopir', href: link }],
    closing: 'О следующих сообщениях в этом разговоре мы не напишем, пока вы его не откроете.',
  }),
  en: ({ about, body, link }) => ({
    subject: `Kopir: a new message about ${about}`,
    paragraphs: [`There is a new message in the conversation about “${about}”:`, quote(body)],
    links: [{ label: 'Open it on Kopir', href: link }],
    closing: 'We will not email you about further messages in this conversation until you have opened it.',
  }),
};

/** The email telling a lab's researchers or a company that someone asked them a question, in `locale`. */
export const questionEmail = (locale: Locale, publicUrl: string, facts: { questionId: string; about: string; body: string }): RenderedEmail =>
  renderEmail(question, locale, { about: facts.about, body: facts.body, link: absoluteUrl(publicUrl, `/questions/${facts.questionId}`) });

/** The email telling one side of a thread that the other wrote, in `locale`; `path` is the thread's page. */
export const messageEmail = (locale: Locale, publicUrl: string, facts: { path: string; about: string; body: string }): RenderedEmail =>
  renderEmail(message, locale, { about: facts.about, body: facts.body, link: absoluteUrl(publicUrl, facts.path) });
