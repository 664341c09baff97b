import type { LocalizedText, OrganisationKind, RegionCode } from '@kopir/shared';

export interface DemoOrganisation {
  kind: OrganisationKind;
  name: Required<LocalizedText>;
  shortName?: string;
  bin?: string;
  regionCode: RegionCode;
  city: string;
  website?: string;
  verified: boolean;
}

/**
 * Demo organisations loaded on the first start. The universities are real (English names and
 * web domains from the Hipo university-domains-list, MIT licence; current names, Kazakh and
 * Russian names and cities added by us). The companies are fictional, with check-digit-valid BINs.
 */
export const demoOrganisations: DemoOrganisation[] = [
  { kind: 'university', shortName: 'NU', regionCode: 'KZ-71', city: 'Astana', website: 'https://nu.edu.kz', verified: true,
    name: { kk: 'Назарбаев Университеті', ru: 'Назарбаев Университет', en: 'Nazarbayev University' } },
  { kind: 'university', shortName: 'KazNU', regionCode: 'KZ-75', city: 'Almaty', website: 'https://kaznu.kz', verified: true,
    name: { kk: 'Әл-Фараби атындағы Қазақ ұлттық университеті', ru: 'Казахский национальный университет имени аль-Фараби', en: 'Al-Farabi Kazakh National University' } },
  { kind: 'university', shortName: 'ENU', regionCode: 'KZ-71', city: 'Astana', website: 'https://enu.kz', verified: true,
    name: { kk: 'Л.Н. Гумилев атындағы Еуразия ұлттық университеті', ru: 'Евразийский национальный университет имени Л.Н. Гумилева', en: 'L.N. Gumilyov Eurasian National University' } },
  { kind: 'university', shortName: 'Satbayev University', regionCode: 'KZ-75', city: 'Almaty', website: 'https://kazntu.kz', verified: true,
    name: { kk: 'Қ.И. Сәтбаев атындағы Қазақ ұлттық техникалық зерттеу университеті', ru: 'Казахский национальный исследовательский технический университет имени К.И. Сатпаева', en: 'Satbayev University' } },
  { kind: 'university', shortName: 'KazNARU', regionCode: 'KZ-75', city: 'Almaty', website: 'https://agriun.almaty.kz', verified: true,
    name: { kk: 'Қазақ ұлттық аграрлық зерттеу университеті', ru: 'Казахский национальный аграрный исследовательский университет', en: 'Kazakh National Agrarian Research University' } },
  { kind: 'university', shortName: 'KBTU', regionCode: 'KZ-75', city: 'Almaty', website: 'https://kbtu.kz', verified: true,
    name: { kk: 'Қазақстан-Британ техникалық университеті', ru: 'Казахстанско-Британский технический университет', en: 'Kazakh-British Technical University' } },
  { kind: 'university', shortName: 'Buketov University', regionCode: 'KZ-35', city: 'Karaganda', website: 'https://ksu.kz', verified: true,
    name: { kk: 'Академик Е.А. Бөкетов атындағы Қарағанды университеті', ru: 'Карагандинский университет имени академика Е.А. Букетова', en: 'Karaganda Buketov University' } },
  { kind: 'university', shortName: 'KarTU', regionCode: 'KZ-35', city: 'Karaganda', website: 'https://kstu.kz', verified: false,
    name: { kk: 'Әбілқас Сағынов атындағы Қарағанды техникалық университеті', ru: 'Карагандинский технический университет имени Абылкаса Сагинова', en: 'Abylkas Saginov Karaganda Technical University' } },
  { kind: 'university', shortName: 'EKTU', regionCode: 'KZ-63', city: 'Oskemen', website: 'https://ektu.kz', verified: true,
    name: { kk: 'Д. Серікбаев атындағы Шығыс Қазақстан техникалық университеті', ru: 'Восточно-Казахстанский технический университет имени Д. Серикбаева', en: 'D. Serikbayev East Kazakhstan Technical University' } },
  { kind: 'university', shortName: 'WKATU', regionCode: 'KZ-27', city: 'Oral', website: 'https://wkau.kz', verified: false,
    name: { kk: 'Жәңгір хан атындағы Батыс Қазақстан аграрлық-техникалық университеті', ru: 'Западно-Казахстанский аграрно-технический университет имени Жангир хана', en: 'Zhangir Khan West Kazakhstan Agrarian-Technical University' } },
  { kind: 'university', shortName: 'Shakarim University', regionCode: 'KZ-10', city: 'Semey', website: 'https://semgu.kz', verified: true,
    name: { kk: 'Семей қаласының Шәкәрім атындағы университеті', ru: 'Университет имени Шакарима города Семей', en: 'Shakarim University of Semey' } },
  { kind: 'university', shortName: 'NKU', regionCode: 'KZ-59', city: 'Petropavl', website: 'https://nkzu.kz', verified: false,
    name: { kk: 'Манаш Қозыбаев атындағы Солтүстік Қазақстан университеті', ru: 'Северо-Казахстанский университет имени Манаша Козыбаева', en: 'Manash Kozybayev North Kazakhstan University' } },
  { kind: 'university', shortName: 'KRU', regionCode: 'KZ-39', city: 'Kostanay', website: 'https://ksu.edu.kz', verified: true,
    name: { kk: 'Ахмет Байтұрсынұлы атындағы Қостанай өңірлік университеті', ru: 'Костанайский региональный университет имени Ахмет Байтұрсынұлы', en: 'Akhmet Baitursynuly Kostanay Regional University' } },
  { kind: 'university', shortName: 'Zhetysu University', regionCode: 'KZ-33', city: 'Taldykorgan', website: 'https://zhgu.edu.kz', verified: false,
    name: { kk: 'Ілияс Жансүгіров атындағы Жетісу университеті', ru: 'Жетысуский университет имени Ильяса Жансугурова', en: 'Ilyas Zhansugurov Zhetysu University' } },
  { kind: 'research_institute', shortName: 'NCB', regionCode: 'KZ-71', city: 'Astana', verified: true,
    name: { kk: 'Ұлттық биотехнология орталығы', ru: 'Национальный центр биотехнологии', en: 'National Center for Biotechnology' } },
  { kind: 'research_institute', shortName: 'INP', regionCode: 'KZ-75', city: 'Almaty', verified: true,
    name: { kk: 'Ядролық физика институты', ru: 'Институт ядерной физики', en: 'Institute of Nuclear Physics' } },
  { kind: 'company', bin: '040540001230', regionCode: 'KZ-39', city: 'Kostanay', verified: true,
    name: { kk: 'Дала Агротех ЖШС', ru: 'ТОО «Дала Агротех»', en: 'Dala Agritech LLP' } },
  { kind: 'company', bin: '101240018776', regionCode: 'KZ-23', city: 'Atyrau', verified: true,
    name: { kk: 'Каспий Петрохим Солюшнс ЖШС', ru: 'ТОО «Каспий Петрохим Солюшнс»', en: 'Caspian Petrochem Solutions LLP' } },
  { kind: 'company', bin: '150640025313', regionCode: 'KZ-75', city: 'Almaty', verified: true,
    name: { kk: 'Алатау Диджитал АҚ', ru: 'АО «Алатау Диджитал»', en: 'Alatau Digital JSC' } },
  { kind: 'company', bin: '180940033469', regionCode: 'KZ-71', city: 'Astana', verified: false,
    name: { kk: 'Тұлпар БиоФарм ЖШС', ru: 'ТОО «Тулпар БиоФарм»', en: 'Tulpar BioPharm LLP' } },
  { kind: 'company', bin: '190340044128', regionCode: 'KZ-35', city: 'Karaganda', verified: true,
    name: { kk: 'Сарыарқа Машина Жасау ЖШС', ru: 'ТОО «Сарыарка Машиностроение»', en: 'Saryarqa Machine Building LLP' } },
  { kind: 'company', bin: '211140057290', regionCode: 'KZ-47', city: 'Aktau', verified: false,
    name: { kk: 'Маңғыстау Жасыл Сутек ЖШС', ru: 'ТОО «Мангистау Зеленый Водород»', en: 'Mangystau Green Hydrogen LLP' } },
  { kind: 'company', bin: '070240009181', regionCode: 'KZ-63', city: 'Oskemen', verified: true,
    name: { kk: 'Ертіс Металлургия Зауыты АҚ', ru: 'АО «Иртышский металлургический завод»', en: 'Ertis Metallurgy Works JSC' } },
  { kind: 'company', bin: '120840010654', regionCode: 'KZ-61', city: 'Turkistan', verified: false,
    name: { kk: 'Түркістан Мақта Инновация ЖШС', ru: 'ТОО «Туркестан Хлопок Инновации»', en: 'Turkistan Cotton Innovations LLP' } },
];
