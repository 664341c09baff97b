import type { Locale } from '@kopir/shared';
import { escapeHtml } from '../../../html/escape-html.ts';
import type { EmailContent } from './rendered-email.ts';

// Mail clients drop <style> blocks and external sheets, so every style is inline.
const styles = {
  body: 'margin:0;padding:24px;background:#f4f4f5;font-family:Arial,Helvetica,sans-serif;color:#18181b;line-height:1.5',
  card: 'max-width:560px;margin:0 auto;padding:24px;background:#ffffff;border-radius:8px',
  brand: 'margin:0 0 16px;font-size:18px;font-weight:bold;color:#0f766e',
  paragraph: 'margin:0 0 16px;font-size:15px',
  link: 'color:#0f766e;font-weight:bold;word-break:break-all',
};

const paragraph = (html: string) => `<p style="${styles.paragraph}">${html}</p>`;

/** The one HTML layout of every email: the brand, the paragraphs, the links, in the recipient's language. */
export function htmlLayout(locale: Locale, content: EmailContent): string {
  const links = content.links.map((link) => {
    const href = escapeHtml(link.href);
    return paragraph(`<a href="${href}" style="${styles.link}">${escapeHtml(link.label ?? link.href)}</a>`);
  });
  const body = [
    ...content.paragraphs.map((text) => paragraph(escapeHtml(text))),
    ...links,
    ...(content.closing ? [paragraph(escapeHtml(content.closing))] : []),
  ];
  return [
    '<!doctype html>',
    `<html lang="${locale}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.subject)}</title></head>`,
    `<body style="${styles.body}"><div style="${styles.card}">`,
    `<p style="${styles.brand}">Kopir</p>`,
    ...body,
    '</div></body>',
    '</html>',
  ].join('\n');
}
