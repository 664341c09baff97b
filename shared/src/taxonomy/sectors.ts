import type { Sector } from './types.ts';

/**
 * The 21 sections (A–U) of NACE Rev. 2, the EU's statistical classification of economic activities.
 * Kazakhstan's OKED (ОКЭД / ЭҚЖЖ, ҚР СТ 03-2019) follows it exactly at section level, so a section
 * letter joins with official statistics. English titles are NACE Rev. 2's, Russian titles ОКЭД's and
 * Kazakh titles ЭҚЖЖ's. `priority` marks the sectors of the priority directions of the 2026–2035
 * Concept for science-intensive territories: agro-industrial complex (A), manufacturing (C),
 * green energy (D) and digital technologies (J).
 */
export const sectors = [
  {
    code: 'A',
    priority: true,
    labels: { kk: 'Ауыл, орман және балық шаруашылығы', ru: 'Сельское, лесное и рыбное хозяйство', en: 'Agriculture, forestry and fishing' },
  },
  {
    code: 'B',
    priority: false,
    labels: {
      kk: 'Тау-кен өндіру өнеркәсібі және карьерлерді қазу',
      ru: 'Горнодобывающая промышленность и разработка карьеров',
      en: 'Mining and quarrying',
    },
  },
  {
    code: 'C',
    priority: true,
    labels: { kk: 'Өңдеу өнеркәсібі', ru: 'Обрабатывающая промышленность', en: 'Manufacturing' },
  },
  {
    code: 'D',
    priority: true,
    labels: {
      kk: 'Электрмен жабдықтау, газ, бу беру және ауа баптау',
      ru: 'Электроснабжение, подача газа, пара и воздушное кондиционирование',
      en: 'Electricity, gas, steam and air conditioning supply',
    },
  },
  {
    code: 'E',
    priority: false,
    labels: {
      kk: 'Сумен жабдықтау; кәріз жүйесі, қалдықтардың жиналуын және таратылуын бақылау',
      ru: 'Водоснабжение; канализационная система, контроль над сбором и распределением отходов',
      en: 'Water supply; sewerage, waste management and remediation activities',
    },
  },
  {
    code: 'F',
    priority: false,
    labels: { kk: 'Құрылыс', ru: 'Строительство', en: 'Construction' },
  },
  {
    code: 'G',
    priority: false,
    labels: {
      kk: 'Көтерме және бөлшек сауда; автомобильдер мен мотоциклдерді жөндеу',
      ru: 'Оптовая и розничная торговля; ремонт автомобилей и мотоциклов',
      en: 'Wholesale and retail trade; repair of motor vehicles and motorcycles',
    },
  },
  {
    code: 'H',
    priority: false,
    labels: { kk: 'Көлік және қоймалау', ru: 'Транспорт и складирование', en: 'Transportation and storage' },
  },
  {
    code: 'I',
    priority: false,
    labels: {
      kk: 'Тұру және тамақтану бойынша қызметтер',
      ru: 'Услуги по проживанию и питанию',
      en: 'Accommodation and food service activities',
    },
  },
  {
    code: 'J',
    priority: true,
    labels: { kk: 'Ақпарат және байланыс', ru: 'Информация и связь', en: 'Information and communication' },
  },
  {
    code: 'K',
    priority: false,
    labels: {
      kk: 'Қаржы және сақтандыру қызметі',
      ru: 'Финансовая и страховая деятельность',
      en: 'Financial and insurance activities',
    },
  },
  {
    code: 'L',
    priority: false,
    labels: { kk: 'Жылжымайтын мүлікпен операциялар', ru: 'Операции с недвижимым имуществом', en: 'Real estate activities' },
  },
  {
    code: 'M',
    priority: false,
    labels: {
      kk: 'Кәсіби, ғылыми және техникалық қызмет',
      ru: 'Профессиональная, научная и техническая деятельность',
      en: 'Professional, scientific and technical activities',
    },
  },
  {
    code: 'N',
    priority: false,
    labels: {
      kk: 'Әкімшілік және қосалқы қызмет көрсету саласындағы қызмет',
      ru: 'Деятельность в области административного и вспомогательного обслуживания',
      en: 'Administrative and support service activities',
    },
  },
  {
    code: 'O',
    priority: false,
    labels: {
      kk: 'Мемлекеттік басқару және қорғаныс; міндетті әлеуметтік қамтамасыз ету',
      ru: 'Государственное управление и оборона; обязательное социальное обеспечение',
      en: 'Public administration and defence; compulsory social security',
    },
  },
  {
    code: 'P',
    priority: false,
    labels: { kk: 'Білім беру', ru: 'Образование', en: 'Education' },
  },
  {
    code: 'Q',
    priority: false,
    labels: {
      kk: 'Денсаулық сақтау және әлеуметтік қызметтер',
      ru: 'Здравоохранение и социальные услуги',
      en: 'Human health and social work activities',
    },
  },
  {
    code: 'R',
    priority: false,
    labels: { kk: 'Өнер, ойын-сауық және демалыс', ru: 'Искусство, развлечения и отдых', en: 'Arts, entertainment and recreation' },
  },
  {
    code: 'S',
    priority: false,
    labels: { kk: 'Өзге де қызмет түрлерін ұсыну', ru: 'Предоставление прочих видов услуг', en: 'Other service activities' },
  },
  {
    code: 'T',
    priority: false,
    labels: {
      kk: 'Үй қызметшілерін жалдайтын және өз тұтынуы үшін тауарлар мен қызметтер өндіретін үй шаруашылықтарының қызметі',
      ru: 'Деятельность домашних хозяйств, нанимающих домашнюю прислугу и производящих товары и услуги для собственного потребления',
      en: 'Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use',
    },
  },
  {
    code: 'U',
    priority: false,
    labels: {
      kk: 'Экстерриториялық ұйымдар мен органдардың қызметі',
      ru: 'Деятельность экстерриториальных организаций и органов',
      en: 'Activities of extraterritorial organisations and bodies',
    },
  },
] as const satisfies readonly Sector[];

export type SectorCode = (typeof sectors)[number]['code'];
export const sectorCodes = sectors.map((sector) => sector.code) as [SectorCode, ...SectorCode[]];
