import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import t from 'tap';
import { computeSummary } from '../../../server/src/services/analytics/analytics.ts';
import { rebuildRollup } from '../../../server/src/services/analytics/rollup-rebuild.ts';
import { assertSameAsRaw, generated } from './rollup-fixture.ts';

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
