import type { Test } from 'tap';
import postgres from 'postgres';
import type { App } from '@kopir/server';
import { analyticsIntervals, type AnalyticsFilters } from '@kopir/shared';
import { computeTimeseries } from '../../../server/src/services/analytics/analytics.ts';
import { rawTimeseries } from '../../../server/src/services/analytics/raw-analytics.ts';
import { answersDifferingFromRaw } from '../../../server/src/services/analytics/rollup-check.ts';
import { rebuildRollup } from '../../../server/src/services/analytics/rollup-rebuild.ts';
import { generateAnalyticsBase, generateCollaborations, type AnalyticsShape } from '../../bench/lib/generate-collaborations.ts';
import { createTestApp } from '../../harness/test-app.ts';

// The analytics read a rollup kept by triggers; these tests hold every answer it gives to the raw
// aggregation it replaced (server/src/services/analytics/raw-analytics.ts), after bulk inserts,
// set-based edits of collaborations, labs and needs, deletes, a rebuild, and the real API verbs.

const shape: AnalyticsShape = { universities: 8, companies: 12, labs: 40, needs: 150 };

/** Periods over the generated years, across year ends, of one day, and the filters one at a time and combined. */
const periods = [
  { from: '2022-01-01', to: '2022-12-31' },
  { from: '2024-01-01', to: '2024-12-31' },
  { from: '2025-01-01', to: '2025-12-31' },
  { from: '2024-12-31', to: '2025-01-01' },
  { from: '2024-06-15', to: '2025-03-10' },
  { from: '2026-01-01', to: '2026-12-31' },
];
const filterSets: Omit<AnalyticsFilters, 'from' | 'to'>[] = [
  {},
  { region: 'KZ-75' },
  { sector: 'C' },
  { field: '2.3' },
  { territory: 'astana-hub' },
  { priority: 'green_energy' },
  { sector: 'D', field: '2.7' },
  { region: 'KZ-71', priority: 'digital' },
];

export async function assertSameAsRaw(t: Test, app: App, when: string) {
  let differences: string[] = [];
  for (const period of periods) for (const filters of filterSets) differences.push(...(await answersDifferingFromRaw(app.db, { ...period, ...filters })));
  t.same(differences, [], `${when}: summary, every breakdown and the monthly series equal the raw aggregation for every period and filter`);
  // The quarterly and yearly series of a long period, unfiltered and filtered.
  differences = [];
  for (const filters of [{}, { sector: 'C' }, { region: 'KZ-75', field: '2.3' }] as const) {
    for (const interval of analyticsIntervals) {
      const applied = { from: '2022-03-15', to: '2026-11-20', ...filters };
      const [rollup, raw] = [(await computeTimeseries(app.db, applied, interval)).rows, await rawTimeseries(app.db, applied, interval)];
      if (JSON.stringify(rollup) !== JSON.stringify(raw)) differences.push(`${interval} ${JSON.stringify(filters)}`);
    }
  }
  t.same(differences, [], `${when}: quarterly and yearly series too`);
  const check = await rebuildRollup(app.db, { check: true });
  t.same(check.differences, [], `${when}: the rollup equals its recomputation from the raw rows, group by group`);
}

export async function generated(t: Test) {
  const app = await createTestApp(t);
  const sql = postgres(app.config.databaseUrl, { max: 1, onnotice: () => {} });
  t.teardown(() => sql.end());
  await generateAnalyticsBase(sql, shape);
  // Two bulk inserts: the second adds to groups the first created.
  await generateCollaborations(sql, shape, 0, 1_500);
  await generateCollaborations(sql, shape, 1_500, 3_000);
  return { app, sql };
}
