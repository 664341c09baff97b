import type { Locale, OrganisationKind } from '@kopir/shared';

/** The words of a link preview, in each language the product speaks (the web client words its pages the same). */
export const previewWords: Record<
  Locale,
  {
    product: string;
    tagline: string;
    confidentialNeed: string;
    needBy: (organisation: string) => string;
    sectors: string;
    labs: (count: number) => string;
    kinds: Record<OrganisationKind, string>;
    notFound: string;
  }
> = {
  kk: {
    product: 'Көпір',
    tagline: 'Университет зертханалары мен ҒЗТКЖ қажет компаниялар арасындағы көпір',
    confidentialNeed: 'Құпия ҒЗТКЖ сұранысы: толық мәтінін компания шақырған зертханалар ғана оқиды.',
    needBy: (organisation) => `${organisation} компаниясының ҒЗТКЖ сұранысы`,
    sectors: 'Салалар',
    labs: (count) => `Зертханалар: ${count}`,
    kinds: { university: 'Университет', research_institute: 'Ғылыми-зерттеу институты', company: 'Компания' },
    notFound: 'Бет табылмады',
  },
  ru: {
    product: 'Көпір',
    tagline: 'Мост между лабораториями университетов и компаниями, которым нужны НИОКР',
    confidentialNeed: 'Конфиденциальный запрос НИОКР: полный текст читают только лаборатории, приглашённые компанией.',
    needBy: (organisation) => `Запрос НИОКР компании ${organisation}`,
    sectors: 'Отрасли',
    labs: (count) => `Лабораторий: ${count}`,
    kinds: { university: 'Университет', research_institute: 'Научно-исследовательский институт', company: 'Компания' },
    notFound: 'Страница не найдена',
  },
  en: {
    product: 'Kopir',
    tagline: 'A bridge between university labs and companies that need R&D',
    confidentialNeed: 'Confidential R&D need: only the labs the company invites read it in full.',
    needBy: (organisation) => `R&D need of ${organisation}`,
    sectors: 'Sectors',
    labs: (count) => `Labs: ${count}`,
    kinds: { university: 'University', research_institute: 'Research institute', company: 'Company' },
    notFound: 'Page not found',
  },
};
