import t from 'tap';
import { assertNothingLost, faultRig } from '../harness/faults/fault-rig.ts';
import { settledComparison } from '../harness/faults/index-comparison.ts';
import { startWriteLoad } from '../harness/faults/write-load.ts';
import { ownMeilisearch } from '../harness/own-meilisearch.ts';

// A fault, a write load and the wait for the index to converge: longer than the suite's 180 s on a busy machine.
t.setTimeout(420_000);

t.test('Meilisearch frozen for 20 s under writes: searches answer 503 in time, nothing is lost', async (t) => {
  const meili = await ownMeilisearch(t);
  const { app, baseUrl, writers } = await faultRig(t, { meilisearch: { url: meili.url, apiKey: meili.masterKey, indexPrefix: 'paused_' } });
  const load = startWriteLoad({ baseUrl, writers, renames: true });
  await new Promise((resolve) => setTimeout(resolve, 2_000));

  meili.pause();
  const searchStarted = performance.now();
  const search = await fetch(`${baseUrl}/api/v1/labs?q=fault`, { signal: AbortSignal.timeout(15_000) });
  const searchMs = performance.now() - searchStarted;
  t.equal(search.status, 503, 'a search while Meilisearch is frozen answers 503');
  t.ok(search.headers.get('retry-after'), 'with Retry-After');
  t.ok(searchMs < app.config.meilisearchTimeoutMs + 3_000, `within the search timeout and a margin (${Math.round(searchMs)} ms)`);
  await new Promise((resolve) => setTimeout(resolve, 20_000));
  meili.resume();
  await new Promise((resolve) => setTimeout(resolve, 3_000));

  const writes = await load.stop();
  assertNothingLost(t, 'Meilisearch paused 20 s', writes, await settledComparison(app));
});
