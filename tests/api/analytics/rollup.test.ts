import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import t, { type Test } from 'tap';
import postgres from 'postgres';
import type { App } from '@kopir/server';
import { analyticsIntervals, breakdownDimensions, type AnalyticsFilters } from '@kopir/shared';
import { computeBreakdown, computeSummary, computeTimeseries } from '../../../server/src/services/analytics/analytics.ts';
import { rawBreakdown, rawTimeseries, rawTotals } from '../../../server/src/services/analytics/raw-analytics.ts';
import { answersDifferingFromRaw } from '../../../server/src/services/analytics/rollup-check.ts';
import { rebuildRollup } from '../../../server/src/services/analytics/rollup-rebuild.ts';
import { generateAnalyticsBase, generateCollaborations, type AnalyticsShape } from '../../bench/lib/generate-collaborations.ts';
import { labInput, needInput } from '../../harness/catalogue.ts';
import { createUser } from '../../harness/factories.ts';
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

async function assertSameAsRaw(t: Test, app: App, when: string) {
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

async function generated(t: Test) {
  const app = await createTestApp(t);
  const sql = postgres(app.config.databaseUrl, { max: 1, onnotice: () => {} });
  t.teardown(() => sql.end());
  await generateAnalyticsBase(sql, shape);
  // Two bulk inserts: the second adds to groups the first created.
  await generateCollaborations(sql, shape, 0, 1_500);
  await generateCollaborations(sql, shape, 1_500, 3_000);
  return { app, sql };
}

t.test('the rollup answers as the raw rows do, after bulk inserts, edits, deletes and a rebuild', async (t) => {
  const { app, sql } = await generated(t);
  const [mix] = await sql<{ twoSectors: number; noTerritory: number; contracted: number }[]>`
    select (select count(*) from needs where cardinality(sectors) > 1)::int as "twoSectors",
           (select count(*) from labs where territory_code is null)::int as "noTerritory",
           (select count(*) from collaborations where contracted_at is not null)::int as contracted`;
  t.ok(mix!.twoSectors > 0 && mix!.noTerritory > 0 && mix!.contracted > 100, `multi-sector needs, labs without territory, contracts: ${JSON.stringify(mix)}`);
  await assertSameAsRaw(t, app, 'after the bulk inserts');

  // The edits below come from a session in another zone (an operator's psql abroad): the triggers
  // still date each event by its day in Kazakhstan, as the app reads the raw rows, or the
  // comparisons around midnight and the year's end would differ.
  await sql`set timezone = 'Pacific/Honolulu'`;
  // Status changes after insert, set-based as an import would: accepted ones contracted, proposals
  // cancelled, budgets and outcomes corrected, events moved onto the last and first instants of a year.
  await sql`update collaborations set status = 'contracted', contracted_at = accepted_at + interval '40 days', contract_budget_kzt = 7000000,
    funding_source = 'state_grant', contract_start_on = (accepted_at + interval '45 days')::date where status = 'accepted' and id::text < '8'`;
  await sql`update collaborations set status = 'cancelled', cancelled_at = created_at + interval '3 days', closing_reason_code = 'priorities_changed', closing_reason = 'Changed'
    where status = 'proposed' and id::text < '9'`;
  await sql`update collaborations set contract_budget_kzt = contract_budget_kzt + 1000, outcome_patents = outcome_patents + 1
    where contracted_at is not null and id::text like '%a'`;
  // A reason corrected after the fact moves the ending from one reason to another, nothing else.
  await sql`update collaborations set closing_reason_code = 'terms_not_agreed' where status = 'cancelled' and id::text like '%b'`;
  await sql`update collaborations set closing_reason_code = 'already_solved' where status = 'declined' and id::text like '%c'`;
  await sql`update collaborations set created_at = timestamptz '2024-12-31 23:59:59.999999+00' where id::text like '%1'`;
  await sql`update collaborations set created_at = timestamptz '2025-01-01 00:00:00+00', contracted_at = timestamptz '2025-12-31 23:59:59+00'
    where id::text like '%2' and contracted_at is not null`;
  // An update that changes nothing the analytics read.
  await sql`update collaborations set message = 'Edited' where id::text like '%3'`;
  // Labs move region, gain or lose a territory, reorder their fields (the first is the breakdown's);
  // needs change sectors (one, several, none) and publication dates (the median's start).
  await sql`update labs set region_code = 'KZ-75', territory_code = null where id::text < '4'`;
  await sql`update labs set territory_code = 'astana-hub' where id::text > 'c'`;
  await sql`update labs set research_fields = array_reverse_fields.f from (select id, array(select unnest(research_fields) order by 1 desc) as f from labs)
    array_reverse_fields where array_reverse_fields.id = labs.id and labs.id::text like '%5'`;
  await sql`update needs set sectors = array['C', 'D'] where id::text < '5'`;
  await sql`update needs set sectors = '{}' where id::text like '%e'`;
  await sql`update needs set published_at = published_at - interval '10 days' where id::text like '%7'`;
  await sql`delete from collaborations where id::text like '%f'`;
  await assertSameAsRaw(t, app, 'after edits and deletes');
  // 23:59:59 UTC on 31 December is already 1 January in Kazakhstan (UTC+5).
  const [moved] = await sql<{ count: number }[]>`select count(*)::int from collaborations where id::text like '%1'`;
  const newYearsDay = await computeSummary(app.db, { from: '2025-01-01', to: '2025-01-01' });
  t.ok(
    (newYearsDay.values.proposals ?? 0) >= moved!.count && moved!.count > 0,
    `proposals made at 23:59:59 UTC on 31 December 2024 count on 1 January 2025, Kazakhstan's day (${newYearsDay.values.proposals} ≥ ${moved!.count})`,
  );

  // A rollup damaged behind the triggers' back is found, and the rebuild repairs it.
  await sql`alter table collaborations disable trigger collaboration_rollup_update`;
  await sql`update collaborations set contract_budget_kzt = contract_budget_kzt * 2 where id::text like '%0' and contracted_at is not null`;
  await sql`alter table collaborations enable trigger collaboration_rollup_update`;
  await sql`delete from collaboration_rollup_dimension where dimension = 'territory' and key = 'none' and day = (select max(day) from
    collaboration_rollup_dimension where dimension = 'territory' and key = 'none')`;
  const damaged = await rebuildRollup(app.db, { check: true });
  t.same(
    damaged.differences.map((one) => one.table),
    ['collaboration_rollup', 'collaboration_rollup_dimension'],
    `the check finds both tables differ: ${JSON.stringify(damaged.differences)}`,
  );
  const cli = await runCheckCommand(app.config.databaseUrl);
  t.equal(cli.code, 1, 'pnpm analytics:rebuild --check exits 1');
  t.match(cli.output, /differs from the raw rows/, 'and says why');
  const rebuilt = await rebuildRollup(app.db);
  t.ok(rebuilt.rows.collaborationRollup > 0, `rebuilt: ${JSON.stringify(rebuilt.rows)}`);
  await assertSameAsRaw(t, app, 'after the rebuild');
  const clean = await runCheckCommand(app.config.databaseUrl);
  t.equal(clean.code, 0, `pnpm analytics:rebuild --check exits 0 once rebuilt: ${clean.output.trim()}`);
});

t.test('the rollup follows the collaboration verbs and lab and need edits of the API', async (t) => {
  const { app } = await generated(t);
  const company = await createUser(app, 'company');
  const researcher = await createUser(app, 'researcher');
  const as = (user: { authorization: string }) => ({ authorization: user.authorization });
  const call = async (user: { authorization: string }, method: 'POST' | 'PATCH', url: string, payload: object) => {
    const response = await app.inject({ method, url, headers: as(user), payload });
    if (response.statusCode >= 300) throw new Error(`${method} ${url} answered ${response.statusCode}: ${response.body}`);
    return response.json() as { id: string };
  };
  const lab = await call(researcher, 'POST', '/api/v1/labs', labInput({ researchFields: ['2.3', '1.4'] }));
  const otherLab = await call(researcher, 'POST', '/api/v1/labs', labInput({ researchFields: ['1.4'], name: { en: 'Second lab' } }));
  const paths = [
    [],
    ['accept'],
    ['decline'],
    ['accept', 'contract'],
    ['accept', 'contract', 'complete'],
    ['accept', 'contract', 'cancel'],
    ['accept', 'cancel'],
  ];
  const payloads: Record<string, object> = {
    accept: { action: 'accept' },
    decline: { action: 'decline', reasonCode: 'no_capacity', reason: 'No capacity' },
    contract: { action: 'contract', contract: { budgetKzt: 85_000_000, fundingSource: 'co_funded', startOn: '2026-02-01', endOn: '2027-01-31' } },
    complete: { action: 'complete', outcomes: { publications: 2, patents: 1, prototypes: 1 } },
    cancel: { action: 'cancel', reasonCode: 'priorities_changed' },
  };
  const needIds: string[] = [];
  for (const [i, path] of paths.entries()) {
    const need = await call(company, 'POST', '/api/v1/needs', needInput({ sectors: i % 2 ? ['C', 'D'] : ['D'], title: `Need ${i}` }));
    needIds.push(need.id);
    const collaboration = await call(company, 'POST', '/api/v1/collaborations', { needId: need.id, labId: i % 3 ? lab.id : otherLab.id });
    for (const action of path) {
      await call(
        action === 'accept' || action === 'decline' ? researcher : company,
        'POST',
        `/api/v1/collaborations/${collaboration.id}/transitions`,
        payloads[action]!,
      );
    }
  }
  const year = { from: `${new Date().getUTCFullYear()}-01-01`, to: `${new Date().getUTCFullYear()}-12-31` };
  const summary = await computeSummary(app.db, year);
  t.ok(
    (summary.values.contracted ?? 0) >= 3 && (summary.values.completed ?? 0) >= 1,
    `this year's contracts and completions counted: ${summary.values.contracted}`,
  );
  t.same(await answersDifferingFromRaw(app.db, year), [], 'after the verbs: this year equals the raw aggregation');

  await call(researcher, 'PATCH', `/api/v1/labs/${lab.id}`, { regionCode: 'KZ-35', territoryCode: null, researchFields: ['1.4', '2.3'] });
  await call(company, 'PATCH', `/api/v1/needs/${needIds[3]}`, { sectors: ['J', 'C'] });
  const edited: Omit<AnalyticsFilters, 'from' | 'to'>[] = [{}, { region: 'KZ-35' }, { sector: 'J' }, { field: '2.3' }, { priority: 'digital' }];
  for (const filters of edited) {
    t.same(
      await answersDifferingFromRaw(app.db, { ...year, ...filters }),
      [],
      `after the lab and need edits: ${JSON.stringify(filters)} equals the raw aggregation`,
    );
  }
  for (const by of breakdownDimensions) {
    const rollup = await computeBreakdown(app.db, { ...year, sector: 'C' }, by);
    t.same(rollup.rows, await rawBreakdown(app.db, { ...year, sector: 'C' }, by), `breakdown by ${by} of sector C`);
  }
  t.same((await computeSummary(app.db, { ...year, region: 'KZ-35' })).values.proposals, (await rawTotals(app.db, { ...year, region: 'KZ-35' })).proposals);
  t.same((await rebuildRollup(app.db, { check: true })).differences, [], 'and the rollup equals its recomputation');
});

t.test('a lab and a need edited while another transaction writes their collaborations', async (t) => {
  const { app, sql } = await generated(t);
  const writer = postgres(app.config.databaseUrl, { max: 2, onnotice: () => {} });
  t.teardown(() => writer.end());
  const [pair] = await sql<{ labId: string; needId: string; userId: string }[]>`
    select l.id as "labId", n.id as "needId",
           (select min(u.id::text)::uuid from users u where u.organisation_id = n.organisation_id) as "userId"
    from labs l cross join needs n
    where not exists (select 1 from collaborations c where c.lab_id = l.id and c.need_id = n.id)
    order by l.id, n.id limit 1`;
  const [accepted] = await sql<{ id: string; needId: string }[]>`
    select id, need_id as "needId" from collaborations where status = 'accepted' and need_id <> ${pair!.needId} order by id limit 1`;

  // The lab moves region and a need changes sectors in one open transaction …
  const editor = await sql.reserve();
  await editor`begin`;
  await editor`update labs set region_code = case when region_code = 'KZ-75' then 'KZ-71' else 'KZ-75' end where id = ${pair!.labId}`;
  await editor`update needs set sectors = array['J'] where id = ${accepted!.needId}`;
  // … while another transaction proposes to that lab and contracts a collaboration of that need.
  let written = false;
  const writes = Promise.all([
    writer`insert into collaborations (need_id, lab_id, status, initiated_by, created_by)
           values (${pair!.needId}, ${pair!.labId}, 'proposed', 'company', ${pair!.userId})`.execute(),
    writer`update collaborations set status = 'contracted', contracted_at = now(), contract_budget_kzt = 12000000, funding_source = 'company',
           contract_start_on = current_date where id = ${accepted!.id}`.execute(),
  ]).then(() => {
    written = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  t.notOk(written, 'the writes wait for the edit of their lab and need');
  await editor`commit`;
  editor.release();
  await writes;
  t.same(
    (await rebuildRollup(app.db, { check: true })).differences,
    [],
    'the rollup counts the new collaboration in the lab’s new region and the contract under the need’s new sectors',
  );
  const year = { from: `${new Date().getUTCFullYear()}-01-01`, to: `${new Date().getUTCFullYear()}-12-31` };
  t.same(await answersDifferingFromRaw(app.db, { ...year, sector: 'J' }), [], 'and answers as the raw rows do');

  // A lab and a need of one contracted collaboration edited at once, in two transactions: each
  // trigger moves the collaboration, so the second must see the first's edit.
  const [shared] = await sql<{ labId: string; needId: string }[]>`
    select lab_id as "labId", need_id as "needId" from collaborations where contracted_at is not null and lab_id <> ${pair!.labId}
    order by id limit 1`;
  const [labEditor, needEditor] = [await sql.reserve(), await writer.reserve()];
  await labEditor`begin`;
  await needEditor`begin`;
  await labEditor`update labs set region_code = case when region_code = 'KZ-35' then 'KZ-39' else 'KZ-35' end, research_fields = array['1.4']
    where id = ${shared!.labId}`;
  const needEdit = needEditor`update needs set sectors = array['A', 'C'] where id = ${shared!.needId}`.execute();
  await new Promise((resolve) => setTimeout(resolve, 300));
  await labEditor`commit`;
  await needEdit;
  await needEditor`commit`;
  labEditor.release();
  needEditor.release();
  t.same((await rebuildRollup(app.db, { check: true })).differences, [], 'a lab and a need edited at once move their collaboration once');
});

/** `pnpm analytics:rebuild --check` as an operator runs it, against this test's database. */
async function runCheckCommand(databaseUrl: string): Promise<{ code: number; output: string }> {
  const server = fileURLToPath(new URL('../../../server/', import.meta.url));
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/rebuild-analytics.ts', '--check'], {
      cwd: server,
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, output: failure.stdout + failure.stderr };
  }
}
