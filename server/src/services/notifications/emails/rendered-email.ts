import type { Locale } from '@kopir/shared';

/** An email ready for the outbox: its subject, plain-text part and HTML part. */
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** A link an email offers: absolute (an email has no page to be relative to), with the words to show, if any. */
export interface EmailLink {
  href: string;
  label?: string;
}

/** What one email says in one language, before it is laid out as text and HTML. All of it is plain text. */
export interface EmailContent {
  subject: string;
  paragraphs: string[];
  links: EmailLink[];
  /** A last paragraph, after the links. */
  closing?: string;
}

/** One kind of email in the three languages, each worded from the same facts. */
export type EmailCatalogue<Facts> = Record<Locale, (facts: Facts) => EmailContent>;
