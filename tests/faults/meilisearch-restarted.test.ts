import t from 'tap';
import { assertNothingLost, faultRig } from '../harness/faults/fault-rig.ts';
import { settledComparison } from '../harness/faults/index-comparison.ts';
import { startWriteLoad } from '../harness/faults/write-load.ts';
import { ownMeilisearch } from '../harness/own-meilisearch.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// A fault, a write load and the wait for the index to converge: longer than the suite's 180 s on a busy machine.
t.setTimeout(420_000);

for (const empty of [false, true]) {
  const fault = empty ? 'Meilisearch killed and restarted empty' : 'Meilisearch killed and restarted on its data';
  t.test(`${fault}, under writes: searches answer 503 meanwhile, and the index ends equal to PostgreSQL`, async (t) => {
    const meili = await ownMeilisearch(t);
    const { app, baseUrl, writers } = await faultRig(t, { meilisearch: { url: meili.url, apiKey: meili.masterKey, indexPrefix: 'restarted_' } });
    const load = startWriteLoad({ baseUrl, writers, renames: true });
    await pause(3_000);

    await meili.kill();
    const search = await fetch(`${baseUrl}/api/v1/labs?q=fault`, { signal: AbortSignal.timeout(15_000) });
    t.equal(search.status, 503, 'a search while Meilisearch is down answers 503');
    t.ok(search.headers.get('retry-after'), 'with Retry-After');
    await pause(3_000);
    await meili.restart({ empty });
    await pause(4_000);

    const writes = await load.stop();
    const comparison = await settledComparison(app, 90_000);
    if (empty) t.ok(app.searchIndexWatch.rebuilds >= 1, `the lost indexes were noticed and rebuilt (${app.searchIndexWatch.rebuilds} rebuilds)`);
    else t.equal(app.searchIndexWatch.rebuilds, 0, 'an index that came back with its data is not rebuilt');
    const after = await fetch(`${baseUrl}/api/v1/labs?q=fault`);
    t.equal(after.status, 200, 'search answers again');
    assertNothingLost(t, fault, writes, comparison);
  });
}
