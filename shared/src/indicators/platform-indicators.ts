import type { IndicatorDefinition, IndicatorValues } from './definitions.ts';

const ratio = (numerator: number | null | undefined, denominator: number | null | undefined) =>
  numerator == null || !denominator ? null : Math.round((numerator / denominator) * 10_000) / 10_000;

/**
 * The catalogue and the path from need to contract, as of the end of the period. Organisations
 * count in their own region and territory, labs in theirs, needs in theirs; the sector, field and
 * priority-area filters apply where the entity has that attribute (labs have fields, needs have
 * sectors and fields, organisations have neither, so those filters leave organisation counts
 * unchanged). Shares and the GII proxy are derived from counts, which is how the national report
 * recomputes them from the regions' frozen figures.
 */
export const platformIndicators: IndicatorDefinition[] = [
  {
    scope: 'platform',
    code: 'labs',
    basis: null,
    unit: 'count',
    additive: true,
    sources: ['labs'],
    formula: 'Active labs listed by the end of the period, in the lab’s region.',
    labels: { kk: 'Тіркелген зертханалар', ru: 'Зарегистрированные лаборатории', en: 'Registered labs' },
  },
  {
    scope: 'platform',
    code: 'universities',
    basis: null,
    unit: 'count',
    additive: true,
    sources: ['organisations'],
    formula: 'Universities and research institutes registered by the end of the period.',
    labels: { kk: 'Тіркелген университеттер мен ғылыми институттар', ru: 'Зарегистрированные вузы и НИИ', en: 'Registered universities and institutes' },
  },
  {
    scope: 'platform',
    code: 'universitiesVerified',
    basis: null,
    unit: 'count',
    additive: true,
    sources: ['organisations'],
    formula: 'Of those, verified by an administrator by the end of the period.',
    labels: { kk: 'Расталған университеттер мен институттар', ru: 'Подтверждённые вузы и НИИ', en: 'Verified universities and institutes' },
  },
  {
    scope: 'platform',
    code: 'companies',
    basis: null,
    unit: 'count',
    additive: true,
    sources: ['organisations'],
    formula: 'Companies registered by the end of the period.',
    labels: { kk: 'Тіркелген компаниялар', ru: 'Зарегистрированные компании', en: 'Registered companies' },
  },
  {
    scope: 'platform',
    code: 'companiesVerified',
    basis: null,
    unit: 'count',
    additive: true,
    sources: ['organisations'],
    formula: 'Of those, verified by an administrator by the end of the period.',
    labels: { kk: 'Расталған компаниялар', ru: 'Подтверждённые компании', en: 'Verified companies' },
  },
  {
    scope: 'platform',
    code: 'openNeeds',
    basis: null,
    unit: 'count',
    additive: true,
    sources: ['needs'],
    formula: 'Needs published by the end of the period and not closed by then.',
    labels: { kk: 'Ашық қажеттіліктер', ru: 'Открытые потребности', en: 'Open needs' },
  },
  {
    scope: 'platform',
    code: 'needsPublished',
    basis: null,
    unit: 'count',
    additive: true,
    sources: ['needs'],
    formula: 'Needs published in the period.',
    labels: { kk: 'Жарияланған қажеттіліктер', ru: 'Опубликованные потребности', en: 'Needs published' },
  },
  {
    scope: 'platform',
    code: 'needsProposed',
    basis: 'needsProposed',
    unit: 'count',
    additive: true,
    sources: ['needs', 'collaborations'],
    formula: 'Needs published in the period that have received at least one proposal or invitation.',
    labels: { kk: 'Ұсыныс алған қажеттіліктер', ru: 'Потребности с предложениями', en: 'Needs with a proposal' },
  },
  {
    scope: 'platform',
    code: 'needsContracted',
    basis: 'needsContracted',
    unit: 'count',
    additive: true,
    sources: ['needs', 'collaborations'],
    formula: 'Needs published in the period that have reached at least one contract.',
    labels: { kk: 'Шартқа жеткен қажеттіліктер', ru: 'Потребности, дошедшие до договора', en: 'Needs that reached a contract' },
  },
  {
    scope: 'platform',
    code: 'shareNeedsContracted',
    basis: 'needsContracted',
    unit: 'share',
    additive: false,
    sources: ['needs', 'collaborations'],
    formula: 'Needs that reached a contract ÷ needs published in the period.',
    derive: (values) => ratio(values.needsContracted, values.needsPublished),
    labels: { kk: 'Шартқа жеткен қажеттіліктер үлесі', ru: 'Доля потребностей, дошедших до договора', en: 'Share of needs reaching a contract' },
  },
  {
    scope: 'platform',
    code: 'medianDaysToFirstProposal',
    basis: 'needsProposed',
    unit: 'days',
    additive: false,
    sources: ['needs', 'collaborations'],
    formula:
      'Median days from a need’s publication to its first proposal or invitation, over needs published in the period that have one. Medians cannot ' +
      'be summed, so the national report does not consolidate it from the regions.',
    labels: { kk: 'Алғашқы ұсынысқа дейінгі медианалық күн', ru: 'Медиана дней до первого предложения', en: 'Median days to first proposal' },
  },
  {
    scope: 'platform',
    code: 'companiesWithContract',
    basis: 'companiesWithContract',
    unit: 'count',
    additive: true,
    sources: ['organisations', 'needs', 'collaborations'],
    formula: 'Registered companies with at least one collaboration contracted by the end of the period.',
    labels: { kk: 'Шарты бар компаниялар', ru: 'Компании с договором', en: 'Companies with a contract' },
  },
  {
    scope: 'platform',
    code: 'shareCompaniesWithContract',
    basis: 'companiesWithContract',
    unit: 'share',
    additive: false,
    sources: ['organisations', 'needs', 'collaborations'],
    formula: 'Companies with a contract ÷ registered companies.',
    derive: (values) => ratio(values.companiesWithContract, values.companies),
    labels: { kk: 'Шарты бар компаниялар үлесі', ru: 'Доля компаний с договором', en: 'Share of companies with a contract' },
  },
  {
    scope: 'platform',
    code: 'companiesContractingInPeriod',
    basis: 'companiesContractingInPeriod',
    unit: 'count',
    additive: true,
    sources: ['organisations', 'needs', 'collaborations'],
    formula: 'Registered companies that signed at least one contract in the period.',
    labels: { kk: 'Кезеңде шарт жасаған компаниялар', ru: 'Компании, заключившие договор в периоде', en: 'Companies contracting in the period' },
  },
  {
    scope: 'platform',
    code: 'universitiesContractingInPeriod',
    basis: 'universitiesContractingInPeriod',
    unit: 'count',
    additive: true,
    sources: ['organisations', 'labs', 'collaborations'],
    formula: 'Registered universities and institutes whose labs signed at least one contract in the period.',
    labels: { kk: 'Кезеңде шарт жасаған университеттер', ru: 'Вузы и НИИ, заключившие договор в периоде', en: 'Universities contracting in the period' },
  },
  {
    scope: 'platform',
    code: 'giiCollaborationProxy',
    basis: 'contracted',
    unit: 'share',
    additive: false,
    sources: ['organisations', 'labs', 'needs', 'collaborations'],
    formula:
      'PROXY, not the GII figure. The mean of two shares: companies contracting in the period ÷ registered companies, and universities contracting ' +
      'in the period ÷ registered universities and institutes. ' +
      'The Global Innovation Index indicator “University–industry R&D collaboration” is the answer of business executives to the World Economic ' +
      'Forum’s Executive Opinion Survey (a 1–7 scale, national only). ' +
      'This proxy counts only collaborations recorded on Kopir, so it moves with the platform’s adoption as well as with collaboration itself; it ' +
      'has no fixed relation to the GII score and is meant for comparing regions and years, not for predicting the index.',
    derive: (values) => {
      const companies = ratio(values.companiesContractingInPeriod, values.companies);
      const universities = ratio(values.universitiesContractingInPeriod, values.universities);
      return companies === null || universities === null ? null : Math.round(((companies + universities) / 2) * 10_000) / 10_000;
    },
    labels: {
      kk: 'ЖИИ «Университет пен өнеркәсіптің ҒЗТКЖ ынтымақтастығы» проксиі',
      ru: 'Прокси ГИИ «Сотрудничество вузов и бизнеса в НИОКР»',
      en: 'GII proxy: university–industry R&D collaboration',
    },
  },
];

/** The derived indicators (shares, the GII proxy) recomputed from the counts in `values`. */
export function deriveIndicators(values: IndicatorValues): IndicatorValues {
  const derived: IndicatorValues = { ...values };
  for (const indicator of platformIndicators) if (indicator.derive) derived[indicator.code] = indicator.derive(values);
  return derived;
}
