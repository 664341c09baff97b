import type { ResearchField, TaxonomyEntry } from './types.ts';

/**
 * The six broad areas of the OECD Fields of Science and Technology classification (FOS 2007,
 * "Revised Field of Science and Technology Classification in the Frascati Manual"), codes `1`–`6`.
 * English titles are the OECD's; Russian and Kazakh are the usual scientific names.
 */
export const researchAreas = [
  { code: '1', labels: { kk: 'Жаратылыстану ғылымдары', ru: 'Естественные науки', en: 'Natural sciences' } },
  { code: '2', labels: { kk: 'Техника және технологиялар', ru: 'Техника и технологии', en: 'Engineering and technology' } },
  {
    code: '3',
    labels: { kk: 'Медицина және денсаулық сақтау ғылымдары', ru: 'Медицинские науки и науки о здоровье', en: 'Medical and health sciences' },
  },
  { code: '4', labels: { kk: 'Ауыл шаруашылығы ғылымдары', ru: 'Сельскохозяйственные науки', en: 'Agricultural sciences' } },
  { code: '5', labels: { kk: 'Әлеуметтік ғылымдар', ru: 'Социальные науки', en: 'Social sciences' } },
  { code: '6', labels: { kk: 'Гуманитарлық ғылымдар', ru: 'Гуманитарные науки', en: 'Humanities' } },
] as const satisfies readonly TaxonomyEntry[];

export type ResearchAreaCode = (typeof researchAreas)[number]['code'];
export const researchAreaCodes = researchAreas.map((area) => area.code) as [ResearchAreaCode, ...ResearchAreaCode[]];

/**
 * The 42 fields of the OECD Fields of Science and Technology classification (FOS 2007), codes
 * `1.1`–`6.5`, each under its area. English titles are the OECD's.
 */
export const researchFields = [
  // 1 Natural sciences
  { code: '1.1', area: '1', labels: { kk: 'Математика', ru: 'Математика', en: 'Mathematics' } },
  {
    code: '1.2',
    area: '1',
    labels: { kk: 'Компьютерлік және ақпараттық ғылымдар', ru: 'Компьютерные и информационные науки', en: 'Computer and information sciences' },
  },
  { code: '1.3', area: '1', labels: { kk: 'Физика ғылымдары', ru: 'Физические науки', en: 'Physical sciences' } },
  { code: '1.4', area: '1', labels: { kk: 'Химия ғылымдары', ru: 'Химические науки', en: 'Chemical sciences' } },
  {
    code: '1.5',
    area: '1',
    labels: {
      kk: 'Жер туралы ғылымдар және қоршаған ортаға қатысты ғылымдар',
      ru: 'Науки о Земле и смежные экологические науки',
      en: 'Earth and related environmental sciences',
    },
  },
  { code: '1.6', area: '1', labels: { kk: 'Биология ғылымдары', ru: 'Биологические науки', en: 'Biological sciences' } },
  { code: '1.7', area: '1', labels: { kk: 'Басқа жаратылыстану ғылымдары', ru: 'Другие естественные науки', en: 'Other natural sciences' } },

  // 2 Engineering and technology
  { code: '2.1', area: '2', labels: { kk: 'Құрылыс инженериясы', ru: 'Гражданское строительство', en: 'Civil engineering' } },
  {
    code: '2.2',
    area: '2',
    labels: {
      kk: 'Электр техникасы, электроника және ақпараттық инженерия',
      ru: 'Электротехника, электроника, информационные технологии',
      en: 'Electrical engineering, electronic engineering, information engineering',
    },
  },
  { code: '2.3', area: '2', labels: { kk: 'Машина жасау', ru: 'Машиностроение', en: 'Mechanical engineering' } },
  { code: '2.4', area: '2', labels: { kk: 'Химиялық технология', ru: 'Химическая технология', en: 'Chemical engineering' } },
  { code: '2.5', area: '2', labels: { kk: 'Материалтану', ru: 'Материаловедение', en: 'Materials engineering' } },
  { code: '2.6', area: '2', labels: { kk: 'Медициналық техника', ru: 'Медицинская техника', en: 'Medical engineering' } },
  { code: '2.7', area: '2', labels: { kk: 'Экологиялық инженерия', ru: 'Экологическая инженерия', en: 'Environmental engineering' } },
  { code: '2.8', area: '2', labels: { kk: 'Экологиялық биотехнология', ru: 'Экологическая биотехнология', en: 'Environmental biotechnology' } },
  { code: '2.9', area: '2', labels: { kk: 'Өнеркәсіптік биотехнология', ru: 'Промышленная биотехнология', en: 'Industrial biotechnology' } },
  { code: '2.10', area: '2', labels: { kk: 'Нанотехнологиялар', ru: 'Нанотехнологии', en: 'Nano-technology' } },
  {
    code: '2.11',
    area: '2',
    labels: {
      kk: 'Басқа техникалық ғылымдар мен технологиялар',
      ru: 'Другие технические науки и технологии',
      en: 'Other engineering and technologies',
    },
  },

  // 3 Medical and health sciences
  { code: '3.1', area: '3', labels: { kk: 'Іргелі медицина', ru: 'Фундаментальная медицина', en: 'Basic medicine' } },
  { code: '3.2', area: '3', labels: { kk: 'Клиникалық медицина', ru: 'Клиническая медицина', en: 'Clinical medicine' } },
  { code: '3.3', area: '3', labels: { kk: 'Денсаулық сақтау ғылымдары', ru: 'Науки о здоровье', en: 'Health sciences' } },
  { code: '3.4', area: '3', labels: { kk: 'Медициналық биотехнология', ru: 'Медицинская биотехнология', en: 'Medical biotechnology' } },
  { code: '3.5', area: '3', labels: { kk: 'Басқа медицина ғылымдары', ru: 'Другие медицинские науки', en: 'Other medical sciences' } },

  // 4 Agricultural sciences
  {
    code: '4.1',
    area: '4',
    labels: { kk: 'Ауыл, орман және балық шаруашылығы', ru: 'Сельское, лесное и рыбное хозяйство', en: 'Agriculture, forestry, and fisheries' },
  },
  { code: '4.2', area: '4', labels: { kk: 'Мал шаруашылығы және сүт ісі', ru: 'Животноводство и молочное дело', en: 'Animal and dairy science' } },
  { code: '4.3', area: '4', labels: { kk: 'Ветеринария ғылымдары', ru: 'Ветеринарные науки', en: 'Veterinary science' } },
  {
    code: '4.4',
    area: '4',
    labels: { kk: 'Ауыл шаруашылығы биотехнологиясы', ru: 'Сельскохозяйственная биотехнология', en: 'Agricultural biotechnology' },
  },
  {
    code: '4.5',
    area: '4',
    labels: { kk: 'Басқа ауыл шаруашылығы ғылымдары', ru: 'Другие сельскохозяйственные науки', en: 'Other agricultural sciences' },
  },

  // 5 Social sciences
  { code: '5.1', area: '5', labels: { kk: 'Психология', ru: 'Психология', en: 'Psychology' } },
  { code: '5.2', area: '5', labels: { kk: 'Экономика және бизнес', ru: 'Экономика и бизнес', en: 'Economics and business' } },
  { code: '5.3', area: '5', labels: { kk: 'Білім беру ғылымдары', ru: 'Науки об образовании', en: 'Educational sciences' } },
  { code: '5.4', area: '5', labels: { kk: 'Әлеуметтану', ru: 'Социология', en: 'Sociology' } },
  { code: '5.5', area: '5', labels: { kk: 'Құқық', ru: 'Право', en: 'Law' } },
  { code: '5.6', area: '5', labels: { kk: 'Саясаттану', ru: 'Политические науки', en: 'Political science' } },
  {
    code: '5.7',
    area: '5',
    labels: { kk: 'Әлеуметтік және экономикалық география', ru: 'Социальная и экономическая география', en: 'Social and economic geography' },
  },
  { code: '5.8', area: '5', labels: { kk: 'Медиа және коммуникациялар', ru: 'Медиа и коммуникации', en: 'Media and communications' } },
  { code: '5.9', area: '5', labels: { kk: 'Басқа әлеуметтік ғылымдар', ru: 'Другие социальные науки', en: 'Other social sciences' } },

  // 6 Humanities
  { code: '6.1', area: '6', labels: { kk: 'Тарих және археология', ru: 'История и археология', en: 'History and archaeology' } },
  { code: '6.2', area: '6', labels: { kk: 'Тіл және әдебиет', ru: 'Языки и литература', en: 'Languages and literature' } },
  {
    code: '6.3',
    area: '6',
    labels: { kk: 'Философия, этика және дінтану', ru: 'Философия, этика и религиоведение', en: 'Philosophy, ethics and religion' },
  },
  {
    code: '6.4',
    area: '6',
    labels: {
      kk: 'Өнер (өнер, өнер тарихы, орындаушылық өнер, музыка)',
      ru: 'Искусство (искусство, история искусств, исполнительское искусство, музыка)',
      en: 'Art (arts, history of arts, performing arts, music)',
    },
  },
  { code: '6.5', area: '6', labels: { kk: 'Басқа гуманитарлық ғылымдар', ru: 'Другие гуманитарные науки', en: 'Other humanities' } },
] as const satisfies readonly (ResearchField & { area: ResearchAreaCode })[];

export type ResearchFieldCode = (typeof researchFields)[number]['code'];
export const researchFieldCodes = researchFields.map((field) => field.code) as [ResearchFieldCode, ...ResearchFieldCode[]];
