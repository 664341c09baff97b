import type { Territory } from './types.ts';

/**
 * The science-intensive territories known when this list was written. The Concept (2026–2035)
 * leaves their designation to the Government, so this is only the seed: admins add and rename
 * territories at run time (`POST /api/v1/admin/taxonomy/territories`), and those live in the
 * database, not here. Codes are kebab-case and never change once data refers to them.
 */
export const seedTerritories: Territory[] = [
  { code: 'astana-hub', regionCode: 'KZ-71', labels: { kk: 'Astana Hub технопаркі', ru: 'Технопарк Astana Hub', en: 'Astana Hub technopark' } },
  {
    code: 'alatau-pit',
    regionCode: 'KZ-75',
    labels: { kk: '«Алатау» инновациялық технологиялар паркі', ru: 'Парк инновационных технологий «Алатау»', en: 'Alatau Park of Innovative Technologies' },
  },
  { code: 'alatau-city', regionCode: 'KZ-19', labels: { kk: 'Алатау қаласы', ru: 'Город Алатау', en: 'Alatau City' } },
  { code: 'kurchatov', regionCode: 'KZ-10', labels: { kk: 'Курчатов ғылым қаласы', ru: 'Наукоград Курчатов', en: 'Kurchatov science city' } },
  {
    code: 'stepnogorsk',
    regionCode: 'KZ-11',
    labels: { kk: 'Степногорск биотехнологиялық кластері', ru: 'Биотехнологический кластер Степногорска', en: 'Stepnogorsk biotechnology cluster' },
  },
];
