import { z } from 'zod';
import type { Trilingual } from '../locales.ts';

export type IndicatorUnit = 'count' | 'kzt' | 'share' | 'days';

export interface IndicatorDefinition {
  code: string;
  labels: Trilingual;
  unit: IndicatorUnit;
  /** How it is computed, in words; docs/indicators.md is generated from these. */
  formula: string;
  sources: string[];
  /** Additive indicators sum over a breakdown to the total; medians and shares do not. */
  additive: boolean;
}

/**
 * The collaboration indicators the ministry and the regions report, defined once. A collaboration
 * is attributed to its lab's region, organisation, territory and first research field (where the
 * R&D is performed, which is what the science-intensive territories are about) and to its need's
 * first sector, so that every breakdown of an additive indicator sums to its total.
 */
export const indicators: IndicatorDefinition[] = [
  { code: 'proposals', unit: 'count', additive: true, sources: ['collaborations'], formula: 'Collaborations started (invitations and proposals) in the period, by their start date.', labels: { kk: 'Ұсыныстар', ru: 'Предложения', en: 'Proposals' } },
  { code: 'accepted', unit: 'count', additive: true, sources: ['collaborations'], formula: 'Collaborations accepted in the period, by the date of acceptance.', labels: { kk: 'Қабылданған ұсыныстар', ru: 'Принятые предложения', en: 'Accepted' } },
  { code: 'contracted', unit: 'count', additive: true, sources: ['collaborations'], formula: 'Collaborations whose contract was recorded in the period, by the contract date.', labels: { kk: 'Шарт жасалған', ru: 'Заключены договоры', en: 'Contracted' } },
  { code: 'completed', unit: 'count', additive: true, sources: ['collaborations'], formula: 'Collaborations completed in the period, by the completion date.', labels: { kk: 'Аяқталған', ru: 'Завершены', en: 'Completed' } },
  { code: 'cancelled', unit: 'count', additive: true, sources: ['collaborations'], formula: 'Collaborations cancelled or declined in the period.', labels: { kk: 'Тоқтатылған немесе бас тартылған', ru: 'Отменены или отклонены', en: 'Cancelled or declined' } },
  { code: 'contractedVolumeKzt', unit: 'kzt', additive: true, sources: ['collaborations'], formula: 'Sum of the contract budgets (whole tenge) of collaborations contracted in the period.', labels: { kk: 'Шарттардың көлемі, теңге', ru: 'Объём договоров, тенге', en: 'Contracted volume, KZT' } },
  { code: 'volumeCompanyKzt', unit: 'kzt', additive: true, sources: ['collaborations'], formula: 'Contracted volume funded by the company.', labels: { kk: 'Компания қаржыландырған көлем', ru: 'Объём за счёт компаний', en: 'Volume funded by companies' } },
  { code: 'volumeStateGrantKzt', unit: 'kzt', additive: true, sources: ['collaborations'], formula: 'Contracted volume funded by a state grant.', labels: { kk: 'Мемлекеттік грант көлемі', ru: 'Объём за счёт госгрантов', en: 'Volume funded by state grants' } },
  { code: 'volumeCoFundedKzt', unit: 'kzt', additive: true, sources: ['collaborations'], formula: 'Contracted volume co-funded by company and state.', labels: { kk: 'Бірлесіп қаржыландырылған көлем', ru: 'Объём софинансирования', en: 'Co-funded volume' } },
  { code: 'volumeOtherKzt', unit: 'kzt', additive: true, sources: ['collaborations'], formula: 'Contracted volume from other sources.', labels: { kk: 'Басқа көздерден көлем', ru: 'Объём из других источников', en: 'Volume from other sources' } },
  { code: 'publications', unit: 'count', additive: true, sources: ['collaborations'], formula: 'Joint publications recorded at completion, for collaborations completed in the period.', labels: { kk: 'Бірлескен жарияланымдар', ru: 'Совместные публикации', en: 'Joint publications' } },
  { code: 'patents', unit: 'count', additive: true, sources: ['collaborations'], formula: 'Patents and applications recorded at completion.', labels: { kk: 'Патенттер мен өтінімдер', ru: 'Патенты и заявки', en: 'Patents and applications' } },
  { code: 'prototypes', unit: 'count', additive: true, sources: ['collaborations'], formula: 'Prototypes recorded at completion.', labels: { kk: 'Прототиптер', ru: 'Прототипы', en: 'Prototypes' } },
  { code: 'products', unit: 'count', additive: true, sources: ['collaborations'], formula: 'Products or services recorded at completion.', labels: { kk: 'Өнімдер мен қызметтер', ru: 'Продукты и услуги', en: 'Products and services' } },
  { code: 'medianDaysToContract', unit: 'days', additive: false, sources: ['collaborations', 'needs'], formula: 'Median days from the need’s publication to the contract, over collaborations contracted in the period.', labels: { kk: 'Шартқа дейінгі медианалық күн', ru: 'Медиана дней до договора', en: 'Median days to contract' } },
];

export const indicatorCodes = indicators.map((indicator) => indicator.code);
export const breakdownDimensions = ['region', 'sector', 'field', 'organisation', 'territory'] as const;
export type BreakdownDimension = (typeof breakdownDimensions)[number];

export const indicatorValuesSchema = z.record(z.string(), z.number().nullable());
export type IndicatorValues = z.infer<typeof indicatorValuesSchema>;

/** docs/indicators.md, from the definitions above (`pnpm docs:indicators`); a test keeps it current. */
export function renderIndicatorsDoc(): string {
  const rows = indicators.map((indicator) => `| \`${indicator.code}\` | ${indicator.labels.en} / ${indicator.labels.ru} / ${indicator.labels.kk} | ${indicator.unit} | ${indicator.formula} | ${indicator.sources.join(', ')} | ${indicator.additive ? 'yes' : 'no'} |`);
  return [
    '# Indicators',
    '',
    'Generated from `shared/src/indicators/definitions.ts` (`pnpm docs:indicators`). Served by',
    '`GET /api/v1/analytics/summary`, `…/breakdown?by=region|sector|field|organisation|territory` and',
    '`…/timeseries?interval=month|quarter|year`, with filters for period, region, sector, research',
    'field, territory and priority area.',
    '',
    'Attribution: a collaboration counts in its lab’s region, organisation, science-intensive territory',
    'and first research field (where the R&D is performed), and in its need’s first sector. Each',
    'collaboration is therefore in exactly one group of every breakdown, and every additive indicator',
    'of a breakdown sums to the total (a test proves it on generated data). Events count in the period',
    'of their own date: a collaboration proposed in one year and contracted in the next is a contract',
    'of the next year. Money is in whole tenge.',
    '',
    '| code | name (en / ru / kk) | unit | formula | source tables | additive |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    'Not yet defined here (next steps of the analytics work): registered labs and organisations,',
    'open needs, the share of needs reaching a contract, the median days to a first proposal, the',
    'share of companies with a contract, and the proxy for the Global Innovation Index indicator on',
    'university–industry R&D collaboration.',
    '',
  ].join('\n');
}
