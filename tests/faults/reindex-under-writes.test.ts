import t from 'tap';
import { reindex } from '@kopir/server';
import { assertNothingLost, faultRig } from '../harness/faults/fault-rig.ts';
import { settledComparison } from '../harness/faults/index-comparison.ts';
import { startWriteLoad } from '../harness/faults/write-load.ts';

// A fault, a write load and the wait for the index to converge: longer than the suite's 180 s on a busy machine.
t.setTimeout(420_000);

t.test('a reindex while labs and needs are written and their organisations renamed loses nothing and leaves nothing stale', async (t) => {
  const { app, baseUrl, writers } = await faultRig(t);
  const load = startWriteLoad({ baseUrl, writers, renames: true });
  await new Promise((resolve) => setTimeout(resolve, 3_000));

  const taxonomy = (await app.taxonomy.current()).data;
  const reports = [];
  // Two rounds, so renames land before, during and after each swap.
  for (let round = 0; round < 2; round++) {
    for (const name of ['labs', 'needs'] as const) {
      reports.push(await reindex({ db: app.db, client: app.meilisearch.client, prefix: app.meilisearch.indexPrefix, taxonomy, name }));
    }
  }
  const writes = await load.stop();
  t.comment(reports.map((report) => `${report.index}: ${report.documents} documents, ${report.reconciled} sent again`).join('; '));
  t.ok(writes.organisationRenames > 0, 'organisations were renamed during the reindex');
  assertNothingLost(t, 'pnpm reindex under writes', writes, await settledComparison(app));
});
