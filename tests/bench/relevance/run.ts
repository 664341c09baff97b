import { createDatabase } from '@kopir/db';
import {
  applyIndexSettings,
  createSearchClient,
  importCatalogue,
  matchLabsForNeed,
  SearchOutboxWorker,
  systemContext,
  TaxonomyCache,
  validBinForBench,
  type Weights,
} from './kopir.ts';
import { capabilities, compileCapabilityMatcher } from '@kopir/shared';
import { bm25Ranker } from './bm25.ts';
import { loadCordis } from './cordis.ts';
import { average, buildRelevanceSet, metricsFor } from './protocol.ts';
import { loadTranslations, type QueryLanguage } from './translations.ts';
import pino from 'pino';

type Metrics = { ndcg10: number; recall10: number; mrr: number };

export interface RelevanceFigures {
  engine: Metrics;
  baseline: Metrics;
  bm25: Metrics;
  queries: number;
  split: 'held-out' | 'tuning';
}

const SUGGESTED_TAGS = 8;

/**
 * Loads a CORDIS directory into Kopir through the product's own import path (capability tags
 * suggested from each text, as an owner accepting the suggestions would), indexes it, and scores
 * the matching engine, the keyword baseline (Meilisearch on the query's title alone, default
 * ranking) and a textbook BM25 peer (title and objective against the same lab documents) on both
 * splits. With `language` ru or kk the needs are the tuning split's queries as written in that
 * language (the lab documents stay English), each scored beside its English original.
 */
export async function runRelevance(options: {
  dataDir: string;
  databaseUrl: string;
  meili: { url: string; key: string | undefined };
  prefix: string;
  weights?: Weights;
  language?: QueryLanguage;
  /** Only this split's queries (the other's figures then count 0 queries): the suite needs only the held-out split. */
  only?: 'held-out' | 'tuning';
}) {
  const { projects, participants } = loadCordis(options.dataDir);
  const set = buildRelevanceSet(projects, participants);
  const { labs } = set;
  const english = set.queries.filter((query) => !options.only || query.split === options.only).map((query) => ({ ...query, language: 'en' as QueryLanguage }));
  const translated = options.language && options.language !== 'en' ? loadTranslations(options.dataDir, options.language) : undefined;
  const queries = translated
    ? english.flatMap((query) => {
        const version = translated.get(query.projectId);
        return version ? [query, { ...query, ...version, language: options.language! }] : [];
      })
    : english;
  const suggest = compileCapabilityMatcher(capabilities);
  const tagsOf = (text: string) => suggest(text, SUGGESTED_TAGS).map((suggestion) => suggestion.code);

  const database = createDatabase(options.databaseUrl, { maxConnections: 4 });
  const client = createSearchClient(options.meili.url, options.meili.key);
  try {
    const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
    const imported = await importCatalogue(database.db, {
      organisations: [
        ...labs.map((lab) => ({ key: lab.name, kind: 'university' as const, name: { en: lab.name }, regionCode: 'KZ-71' as const })),
        { key: 'industry', kind: 'company' as const, name: { en: 'Industry partner' }, regionCode: 'KZ-71' as const, bin: validBinForBench() },
      ],
      labs: labs.map((lab) => {
        const description = lab.texts.join('\n\n');
        // CORDIS says nothing of sectors, TRL or region: every lab gets the same, so those
        // factors cannot tip the comparison; only words and (suggested) capabilities can.
        return {
          organisation: lab.name,
          lab: { name: { en: clip(lab.name, 200) }, description: { en: description }, capabilities: tagsOf(description), sectors: ['M'], trlMin: 1, trlMax: 9 },
        };
      }),
      needs: queries.map((query) => ({
        organisation: 'industry',
        need: {
          title: clip(query.title, 200),
          description: { [query.language]: query.objective || query.title },
          capabilities: tagsOf(`${query.title}. ${query.objective}`),
          sectors: ['M'],
          trlTarget: 5,
        },
      })),
    });

    const taxonomy = new TaxonomyCache(database.db);
    for (const name of ['labs', 'needs'] as const) await applyIndexSettings(client, `${options.prefix}${name}`, name, (await taxonomy.current()).data);
    const worker = new SearchOutboxWorker({
      db: database.db,
      sql: database.sql,
      search: { client, indexPrefix: options.prefix },
      taxonomy,
      log: pino({ level: 'silent' }),
    });
    while ((await worker.drainOnce()) > 0);
    for (;;) {
      const pending = await client.tasks.getTasks({ indexUids: [`${options.prefix}labs`, `${options.prefix}needs`], statuses: ['enqueued', 'processing'] });
      if (pending.results.length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    const nameOfLab = new Map(imported.labIds.map((id, i) => [id, labs[i]!.name]));
    const search = { client, indexPrefix: options.prefix };
    const ctx = systemContext({ db: database.db, search, taxonomy, now: () => new Date(), publicUrl: 'http://localhost:3000' }, 'relevance-bench');
    const bm25 = bm25Ranker(labs.map((lab) => ({ name: lab.name, text: `${lab.texts.join('\n\n')}` })));
    const perQuery: { split: 'held-out' | 'tuning'; language: QueryLanguage; engine: Metrics; baseline: Metrics; bm25: Metrics }[] = [];
    for (const [i, query] of queries.entries()) {
      const engine = await matchLabsForNeed({ ctx, input: { needId: imported.needIds[i]!, limit: 10, ...(options.weights && { weights: options.weights }) } });
      const baseline = await client.index(`${options.prefix}labs`).search(query.title, { limit: 10, attributesToRetrieve: ['id'] });
      perQuery.push({
        split: query.split,
        language: query.language,
        bm25: metricsFor(bm25(`${query.title}\n${query.objective}`), query.relevant),
        engine: metricsFor(
          engine.matches.map((match) => nameOfLab.get(match.lab.id)!),
          query.relevant,
        ),
        baseline: metricsFor(
          baseline.hits.map((hit) => nameOfLab.get(hit.id as string)!),
          query.relevant,
        ),
      });
    }
    const figures = (split: 'held-out' | 'tuning', language: QueryLanguage = 'en'): RelevanceFigures => {
      const part = perQuery.filter((query) => query.split === split && query.language === language);
      const mean = (system: 'engine' | 'baseline' | 'bm25') => average(part.map((query) => query[system]));
      return { engine: mean('engine'), baseline: mean('baseline'), bm25: mean('bm25'), queries: part.length, split };
    };
    return {
      heldOut: figures('held-out'),
      tuning: figures('tuning'),
      ...(translated && { translatedTuning: figures('tuning', options.language) }),
      labs: labs.length,
    };
  } finally {
    await database.close();
  }
}
