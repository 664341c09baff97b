import type { PriorityArea } from './types.ts';

/**
 * The five priority directions of the Concept for science-intensive territories (2026–2035).
 * They cut across classifications: biotechnology is no NACE section, so each area is defined by
 * the sectors and the research fields it covers. A lab, need or collaboration belongs to an area
 * when it has one of the area's sectors or fields.
 */
export const priorityAreas: PriorityArea[] = [
  {
    code: 'manufacturing',
    sectors: ['C'],
    fields: ['2.3', '2.5'],
    labels: { kk: 'Өңдеу өнеркәсібі', ru: 'Обрабатывающая промышленность', en: 'Manufacturing' },
  },
  { code: 'digital', sectors: ['J'], fields: ['1.2', '2.2'], labels: { kk: 'Цифрлық технологиялар', ru: 'Цифровые технологии', en: 'Digital technologies' } },
  {
    code: 'agro',
    sectors: ['A'],
    fields: ['4.1', '4.2', '4.3', '4.5'],
    labels: { kk: 'Агроөнеркәсіптік кешен', ru: 'Агропромышленный комплекс', en: 'Agro-industrial complex' },
  },
  { code: 'biotech', sectors: [], fields: ['2.8', '2.9', '3.4', '4.4'], labels: { kk: 'Биотехнология', ru: 'Биотехнологии', en: 'Biotechnology' } },
  { code: 'green_energy', sectors: ['D'], fields: ['2.7'], labels: { kk: 'Жасыл энергетика', ru: 'Зелёная энергетика', en: 'Green energy' } },
];
