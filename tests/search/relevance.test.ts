import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { runRelevance } from '../bench/relevance/run.ts';
import { suiteEnvironment } from '../harness/suite-environment.ts';
import { createTestDatabase, deleteIndexes, uniqueName } from '../harness/test-app.ts';

const recorded = JSON.parse(readFileSync(new URL('../bench/relevance/recorded.json', import.meta.url), 'utf8')) as {
  engine: Record<'ndcg10' | 'recall10' | 'mrr', number>;
  queries: number;
};
const sample = fileURLToPath(new URL('../fixtures/cordis-horizon-europe-sample', import.meta.url));
// One query more or less in the top ten moves a metric by about this much on 38 queries.
const TOLERANCE = 0.01;

// The whole benchmark runs inside: a minute on a quiet machine, several on a busy one.
t.setTimeout(600_000);

t.test('matching quality on real CORDIS collaborations does not fall below the recorded figures', async (t) => {
  const { meiliUrl, meiliKey } = suiteEnvironment();
  const prefix = `${uniqueName('rel')}_`;
  t.teardown(() => deleteIndexes(prefix));
  const { heldOut } = await runRelevance({
    only: 'held-out',
    dataDir: sample,
    databaseUrl: await createTestDatabase(t),
    meili: { url: meiliUrl, key: meiliKey },
    prefix,
  });
  t.equal(heldOut.queries, recorded.queries, 'the same held-out queries');
  for (const metric of ['ndcg10', 'recall10', 'mrr'] as const) {
    t.ok(heldOut.engine[metric] >= recorded.engine[metric] - TOLERANCE, `${metric}: ${heldOut.engine[metric]} ≥ ${recorded.engine[metric]} − ${TOLERANCE}`);
    t.ok(
      heldOut.engine[metric] > heldOut.baseline[metric],
      `${metric}: the engine beats keyword search (${heldOut.engine[metric]} > ${heldOut.baseline[metric]})`,
    );
  }
});
