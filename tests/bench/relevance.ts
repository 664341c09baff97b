// `pnpm bench:relevance [--data DIR] [--tune] [--lang ru|kk]`
//
// Scores the matching engine against plain keyword search on real university–industry
// collaborations from CORDIS (Source: CORDIS, © European Union, CC BY 4.0). The default data is
// the 120-project Horizon Europe sample in tests/fixtures; --data takes any directory with the same
// two files, or the official CORDIS bulk files (project.csv, organization.csv). Reports the
// held-out split; --tune also tries the weight variants on the tuning split only. --lang ru|kk
// scores the tuning split's needs as written in Russian or Kazakh (translations/ in the data
// directory) beside the same needs in English; the lab documents stay English.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultWeights, type Weights } from '@kopir/server';
import { runRelevance } from './relevance/run.ts';
import type { QueryLanguage } from './relevance/translations.ts';
import { startBenchServices } from './lib/services.ts';

const { values } = parseArgs({
  options: { data: { type: 'string' }, tune: { type: 'boolean', default: false }, lang: { type: 'string', default: 'en' } },
});
const dataDir = values.data ?? fileURLToPath(new URL('../fixtures/cordis-horizon-europe-sample', import.meta.url));
if (!['en', 'ru', 'kk'].includes(values.lang)) throw new Error(`--lang takes en, ru or kk, not ${values.lang}`);
const language = values.lang as QueryLanguage;

async function once(weights: Weights | undefined, name: string, only?: 'tuning') {
  const services = await startBenchServices(`relevance_${name}`);
  try {
    return await runRelevance({
      dataDir,
      databaseUrl: services.databaseUrl,
      meili: services.meili,
      prefix: `relevance_${name}_`,
      language,
      ...(only && { only }),
      ...(weights && { weights }),
    });
  } finally {
    await services.stop();
  }
}

type Figures = Awaited<ReturnType<typeof once>>['heldOut'];
const metrics = [
  ['ndcg10', 'nDCG@10'],
  ['recall10', 'recall@10'],
  ['mrr', 'MRR'],
] as const;
const ratio = (a: number, b: number) => (b > 0 ? (Math.round((a / b) * 100) / 100).toFixed(2) : '∞');

/** Engine, keyword baseline and BM25 side by side, with the engine's ratio to each. */
function table(title: string, figures: Figures) {
  console.log(`| ${title} (${figures.queries} queries) | engine | keyword baseline | BM25 | engine / baseline | engine / BM25 |`);
  console.log('|---|---|---|---|---|---|');
  for (const [key, label] of metrics) {
    const { engine, baseline, bm25 } = { engine: figures.engine[key], baseline: figures.baseline[key], bm25: figures.bm25[key] };
    console.log(`| ${label} | ${engine} | ${baseline} | ${bm25} | ${ratio(engine, baseline)} | ${ratio(engine, bm25)} |`);
  }
}

if (values.tune) {
  // Tuning looks at the tuning split only; the held-out split is never used to choose.
  const variants: Record<string, Weights> = {
    default: defaultWeights,
    textHeavy: { ...defaultWeights, text: 0.55, capabilities: 0.15 },
    tagHeavy: { ...defaultWeights, text: 0.25, capabilities: 0.45 },
    textOnly: { ...defaultWeights, capabilities: 0 },
    textMostly: { ...defaultWeights, text: 0.7, capabilities: 0.1 },
  };
  for (const [name, weights] of Object.entries(variants)) {
    const { tuning, translatedTuning } = await once(weights, name.toLowerCase(), 'tuning');
    const figures = translatedTuning ?? tuning;
    console.log(`# tuning ${name} (${language}): engine ${JSON.stringify(figures.engine)} bm25 ${JSON.stringify(figures.bm25)} (${figures.queries} queries)`);
  }
} else {
  // Translations exist for the tuning split only, so a --lang run scores nothing else.
  const { heldOut, tuning, translatedTuning, labs } = await once(undefined, 'run', language === 'en' ? undefined : 'tuning');
  console.log(`# ${labs} lab documents. Source: CORDIS, © European Union, CC BY 4.0.`);
  if (translatedTuning) {
    // The needs in Russian or Kazakh against English labs: the tuning split, whose queries were translated.
    table(`tuning, needs in ${language}`, translatedTuning);
    table('tuning, the same needs in English', tuning);
    console.log(`# ${language} / en, engine nDCG@10: ${ratio(translatedTuning.engine.ndcg10, tuning.engine.ndcg10)}`);
    console.log(JSON.stringify({ ...translatedTuning, language, english: tuning }));
  } else {
    table('held-out', heldOut);
    table('tuning', tuning);
    console.log(JSON.stringify({ engine: heldOut.engine, baseline: heldOut.baseline, bm25: heldOut.bm25, queries: heldOut.queries, split: 'held-out' }));
  }
}
