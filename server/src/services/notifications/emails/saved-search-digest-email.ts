import type { DigestFrequency, Locale } from '@kopir/shared';
import { absoluteUrl } from './absolute-url.ts';
import { renderEmail } from './render-email.ts';
import type { EmailCatalogue, EmailLink, RenderedEmail } from './rendered-email.ts';

interface Digest {
  frequency: Exclude<DigestFrequency, 'off'>;
  /** One per new lab or need, each naming the saved search it entered. */
  items: EmailLink[];
  manage: string;
  unsubscribe: string;
}

const digest: EmailCatalogue<Digest> = {
  kk: ({ frequency, items, manage, unsubscribe }) => ({
    subject: frequency === 'daily' ? 'Kopir: сақталған іздеулеріңіздегі бүгінгі жаңалықтар' : 'Kopir: сақталған іздеулеріңіздегі апталық жаңалықтар',
    paragraphs: ['Сақталған іздеулеріңіздің нәтижелеріне жаңа зертханалар мен сұраныстар қосылды:'],
    links: [...items, { label: 'Сақталған іздеулерді басқару', href: manage }, { label: 'Бұл хаттардан бас тарту', href: unsubscribe }],
    closing: 'Бас тарту сілтемесі сақталған іздеулеріңіздің барлық хаттарын өшіреді; қосымшадағы хабарландырулар қала береді.',
  }),
  ru: ({ frequency, items, manage, unsubscribe }) => ({
    subject: frequency === 'daily' ? 'Kopir: новое в ваших сохранённых поисках за день' : 'Kopir: новое в ваших сохранённых поисках за неделю',
    paragraphs: ['В результатах ваших сохранённых поисков появились новые лаборатории и запросы:'],
    links: [...items, { label: 'Управлять сохранёнными поисками', href: manage }, { label: 'Отписаться от этих писем', href: unsubscribe }],
    closing: 'Ссылка «Отписаться» отключает письма по всем вашим сохранённым поискам; уведомления в приложении останутся.',
  }),
  en: ({ frequency, items, manage, unsubscribe }) => ({
    subject: frequency === 'daily' ? 'Kopir: today’s new results for your saved searches' : 'Kopir: this week’s new results for your saved searches',
    paragraphs: ['New labs and needs entered the results of your saved searches:'],
    links: [...items, { label: 'Manage saved searches', href: manage }, { label: 'Unsubscribe from these emails', href: unsubscribe }],
    closing: 'The unsubscribe link turns off the emails of all your saved searches; notifications in the app stay.',
  }),
};

/** One new result of a saved search, as the digest lists it. */
export interface DigestItem {
  kind: 'lab' | 'need';
  id: string;
  /** The lab's name in the reader's language, or the need's title. */
  name: string;
  searchName: string;
}

/** The one digest email of a period to one person: every new lab and need with an absolute link to its page, and the unsubscribe link. */
export function savedSearchDigestEmail(
  locale: Locale,
  publicUrl: string,
  facts: { frequency: Digest['frequency']; items: DigestItem[]; unsubscribeToken: string },
): RenderedEmail {
  const items = facts.items.map((item) => ({
    label: `${item.name} — «${item.searchName}»`,
    href: absoluteUrl(publicUrl, `/${item.kind === 'lab' ? 'labs' : 'needs'}/${item.id}`),
  }));
  return renderEmail(digest, locale, {
    frequency: facts.frequency,
    items,
    manage: absoluteUrl(publicUrl, '/my/saved-searches'),
    // In the fragment, so the token reaches the page but never a server's request log.
    unsubscribe: absoluteUrl(publicUrl, `/unsubscribe#token=${facts.unsubscribeToken}`),
  });
}
