// `pnpm bench:relevance [--data DIR] [--tune]`
//
// Scores the matching engine against plain keyword search on real university–industry
// collaborations from CORDIS (Source: CORDIS, © European Union, CC BY 4.0). The default data is
// the 120-project Horizon Europe sample in tests/fixtures; --data takes any directory with the same
// two files, or the official CORDIS bulk files (project.csv, organization.csv). Reports the
// held-out split; --tune also tries the weight variants on the tuning split only.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultWeights, type Weights } from '@kopir/server';
import { runRelevance } from './relevance/run.ts';
import { startBenchServices } from './lib/services.ts';

const { values } = parseArgs({ options: { data: { type: 'string' }, tune: { type: 'boolean', default: false } } });
const dataDir = values.data ?? fileURLToPath(new URL('../fixtures/cordis-horizon-europe-sample', import.meta.url));

async function once(weights: Weights | undefined, name: string) {
  const services = await startBenchServices(`relevance_${name}`);
  try {
    return await runRelevance({ dataDir, databaseUrl: services.databaseUrl, meili: services.meili, prefix: `relevance_${name}_`, ...(weights && { weights }) });
  } finally {
    await services.stop();
  }
}

if (values.tune) {
  // Tuning looks at the tuning split only; the held-out split is never used to choose.
  const variants: Record<string, Weights> = {
    default: defaultWeights,
    textHeavy: { ...defaultWeights, text: 0.55, capabilities: 0.15 },
    tagHeavy: { ...defaultWeights, text: 0.25, capabilities: 0.45 },
    textOnly: { ...defaultWeights, capabilities: 0 },
  };
  for (const [name, weights] of Object.entries(variants)) {
    const { tuning } = await once(weights, name.toLowerCase());
    console.log(`# tuning ${name}: engine ${JSON.stringify(tuning.engine)} baseline ${JSON.stringify(tuning.baseline)} (${tuning.queries} queries)`);
  }
} else {
  const { heldOut, tuning, labs } = await once(undefined, 'run');
  const ratio = (engine: number, baseline: number) => (baseline > 0 ? Math.round((engine / baseline) * 100) / 100 : '∞');
  const row = (metric: 'ndcg10' | 'recall10' | 'mrr', label: string) =>
    `| ${label} | ${heldOut.engine[metric]} | ${heldOut.baseline[metric]} | ${ratio(heldOut.engine[metric], heldOut.baseline[metric])} |`;
  console.log(`# ${labs} lab documents; ${heldOut.queries} held-out queries (${tuning.queries} more for tuning). Source: CORDIS, © European Union, CC BY 4.0.`);
  console.log('| held-out | engine | baseline (title keywords) | engine / baseline |');
  console.log('|---|---|---|---|');
  console.log(row('ndcg10', 'nDCG@10'));
  console.log(row('recall10', 'recall@10'));
  console.log(row('mrr', 'MRR'));
  console.log(`# tuning split: engine ${JSON.stringify(tuning.engine)}, baseline ${JSON.stringify(tuning.baseline)}`);
  console.log(JSON.stringify({ engine: heldOut.engine, baseline: heldOut.baseline, queries: heldOut.queries, split: 'held-out' }));
}
