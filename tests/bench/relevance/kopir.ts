// What the relevance benchmark takes from the product: its own import, indexing and matching.
export {
  applyIndexSettings,
  createSearchClient,
  importCatalogue,
  matchLabsForNeed,
  SearchOutboxWorker,
  systemContext,
  TaxonomyCache,
  type Weights,
} from '@kopir/server';
export { validBin as validBinForBench } from '../../harness/factories.ts';
