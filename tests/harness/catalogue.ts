/** A lab body that passes validation; override what the test is about. */
export const labInput = (overrides: Record<string, unknown> = {}) => ({
  name: { en: 'Hydrogen Energy Laboratory' },
  description: { en: 'Alkaline and PEM water electrolysis, electrode coatings and stack testing for green hydrogen.' },
  sectors: ['D', 'C'],
  researchFields: ['2.7', '1.4'],
  capabilities: ['hydrogen-electrolysis'],
  trlMin: 3,
  trlMax: 6,
  ...overrides,
});

/** A need body that passes validation; override what the test is about. */
export const needInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Electrolyser pilot for a wind farm',
  description: { en: 'We need a partner to design and test a 1 MW electrolyser fed by wind power.' },
  sectors: ['D'],
  capabilities: ['hydrogen-electrolysis'],
  trlTarget: 5,
  budgetMinKzt: 50_000_000,
  budgetMaxKzt: 120_000_000,
  ...overrides,
});
