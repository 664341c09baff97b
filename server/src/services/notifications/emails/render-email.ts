import type { Locale } from '@kopir/shared';
import { htmlLayout } from './html-layout.ts';
import type { EmailCatalogue, EmailContent, RenderedEmail } from './rendered-email.ts';

/** The plain-text part: paragraphs apart, each link on a line of its own (a bare link starts its line). */
function plainText(content: EmailContent): string {
  const links = content.links.map((link) => (link.label ? `${link.label}: ${link.href}` : link.href)).join('\n');
  return [...content.paragraphs, ...(links ? [links] : []), ...(content.closing ? [content.closing] : [])].join('\n\n');
}

/** One email of a kind, in `locale`, as a subject, a plain-text part and an HTML part saying the same. */
export function renderEmail<Facts>(catalogue: EmailCatalogue<Facts>, locale: Locale, facts: Facts): RenderedEmail {
  const content = catalogue[locale](facts);
  return { subject: content.subject, text: plainText(content), html: htmlLayout(locale, content) };
}
