import { pickText, type Locale, type LocalizedText } from '@kopir/shared';
import { absoluteUrl } from './absolute-url.ts';
import { renderEmail } from './render-email.ts';
import type { EmailCatalogue, EmailLink, RenderedEmail } from './rendered-email.ts';

type FittingLab = { labId: string; name: LocalizedText; score: number };

interface MatchingNeed {
  needTitle: string;
  /** One per fitting lab, best first, each naming the lab and its fit. */
  labs: EmailLink[];
}

const matchingNeed: EmailCatalogue<MatchingNeed> = {
  kk: ({ needTitle, labs }) => ({
    subject: labs.length === 1 ? 'Kopir: жаңа ҒЗТКЖ сұранысы зертханаңызға сай' : 'Kopir: жаңа ҒЗТКЖ сұранысы зертханаларыңызға сай',
    paragraphs: [`Kopir-де жаңа сұраныс жарияланды: «${needTitle}». Ол сіздің мына зертханаларыңызға сай:`],
    links: labs,
    closing: 'Зертхананы ашып, сай сұраныстарды көріңіз.',
  }),
  ru: ({ needTitle, labs }) => ({
    subject: labs.length === 1 ? 'Kopir: новый запрос НИОКР подходит вашей лаборатории' : 'Kopir: новый запрос НИОКР подходит вашим лабораториям',
    paragraphs: [`В Kopir опубликован новый запрос: «${needTitle}». Он подходит вашим лабораториям:`],
    links: labs,
    closing: 'Откройте лабораторию, чтобы увидеть подходящие ей запросы.',
  }),
  en: ({ needTitle, labs }) => ({
    subject: labs.length === 1 ? 'Kopir: a new R&D need fits your lab' : 'Kopir: a new R&D need fits your labs',
    paragraphs: [`A new need was published on Kopir: “${needTitle}”. It fits these labs of yours:`],
    links: labs,
    closing: 'Open a lab to see the needs it fits.',
  }),
};

/** The one email telling a person that a new need fits their labs: every lab named, with its fit and a link, in `locale`. */
export function matchingNeedEmail(locale: Locale, publicUrl: string, needTitle: string, labs: FittingLab[]): RenderedEmail {
  const links = labs.map((lab) => ({
    label: `${pickText(lab.name, locale)} (${Math.round(lab.score * 100)}%)`,
    href: absoluteUrl(publicUrl, `/my/labs/${lab.labId}`),
  }));
  return renderEmail(matchingNeed, locale, { needTitle, labs: links });
}
