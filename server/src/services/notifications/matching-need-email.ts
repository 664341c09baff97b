import { pickText, type LocalizedText, type Locale } from '@kopir/shared';

type FittingLab = { labId: string; name: LocalizedText; score: number };

const texts: Record<Locale, { subject: (count: number) => string; intro: (title: string) => string; open: string }> = {
  kk: {
    subject: (count) => (count === 1 ? 'Kopir: жаңа ҒЗТКЖ сұранысы зертханаңызға сай' : 'Kopir: жаңа ҒЗТКЖ сұранысы зертханаларыңызға сай'),
    intro: (title) => `Kopir-де жаңа сұраныс жарияланды: «${title}». Ол сіздің мына зертханаларыңызға сай:`,
    open: 'Зертхананы ашып, сай сұраныстарды көріңіз.',
  },
  ru: {
    subject: (count) => (count === 1 ? 'Kopir: новый запрос НИОКР подходит вашей лаборатории' : 'Kopir: новый запрос НИОКР подходит вашим лабораториям'),
    intro: (title) => `В Kopir опубликован новый запрос: «${title}». Он подходит вашим лабораториям:`,
    open: 'Откройте лабораторию, чтобы увидеть подходящие ей запросы.',
  },
  en: {
    subject: (count) => (count === 1 ? 'Kopir: a new R&D need fits your lab' : 'Kopir: a new R&D need fits your labs'),
    intro: (title) => `A new need was published on Kopir: “${title}”. It fits these labs of yours:`,
    open: 'Open a lab to see the needs it fits.',
  },
};

/**
 * The one email telling a person that a new need fits their labs: every lab named, with its fit and
 * an absolute link (an email has no page to be relative to), in the recipient's language.
 */
export function matchingNeedEmail(locale: Locale, publicUrl: string, needTitle: string, labs: FittingLab[]): { subject: string; body: string } {
  const text = texts[locale];
  const lines = labs.map((lab) => `- ${pickText(lab.name, locale)} (${Math.round(lab.score * 100)}%): ${new URL(`/my/labs/${lab.labId}`, publicUrl).href}`);
  return { subject: text.subject(labs.length), body: `${text.intro(needTitle)}\n${lines.join('\n')}\n\n${text.open}` };
}
