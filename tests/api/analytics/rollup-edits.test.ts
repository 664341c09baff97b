import t from 'tap';
import postgres from 'postgres';
import { breakdownDimensions, type AnalyticsFilters } from '@kopir/shared';
import { computeBreakdown, computeSummary } from '../../../server/src/services/analytics/analytics.ts';
import { rawBreakdown, rawTotals } from '../../../server/src/services/analytics/raw-analytics.ts';
import { answersDifferingFromRaw } from '../../../server/src/services/analytics/rollup-check.ts';
import { rebuildRollup } from '../../../server/src/services/analytics/rollup-rebuild.ts';
import { labInput, needInput } from '../../harness/catalogue.ts';
import { createUser } from '../../harness/factories.ts';
import { generated } from './rollup-fixture.ts';

// The rollup follows the API's verbs and edits made while other transactions write (rollup.test.ts holds the bulk comparison).

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
