import type { InstrumentSearchQuery } from '@kopir/shared';
import { instrumentsIndex } from '../../search/client.ts';
import type { InstrumentDocument } from '../../search/documents.ts';
import { allOf, anyOf, equals } from '../../search/query/filters.ts';
import { foldedQuery } from '../../search/query/folding.ts';
import { highlightsOf, type HitOf } from '../../search/query/highlights.ts';
import { assertKnownCodes } from '../../taxonomy/live-taxonomy.ts';
import type { ServiceContext } from '../context.ts';

const facets = ['classCode', 'regionCode', 'territoryCode'];
const highlighted = ['model', 'location', 'conditions_kk', 'conditions_ru', 'conditions_en'] satisfies (keyof InstrumentDocument)[];
const retrieved = [
  'id',
  'organisation',
  'classCode',
  'model',
  'location',
  'regionCode',
  'territoryCode',
  'priceKzt',
  'priceUnit',
] satisfies (keyof InstrumentDocument)[];

type InstrumentHit = HitOf<InstrumentDocument, (typeof retrieved)[number], (typeof highlighted)[number]>;

/** Active instruments matching the words (in any of the three languages, through their class's labels) and filters. */
export async function searchInstruments({ ctx, input: query }: { ctx: ServiceContext; input: InstrumentSearchQuery }) {
  const taxonomy = await ctx.taxonomy.current();
  assertKnownCodes(taxonomy.capabilityCodes, query.class, 'query.class', 'instrument class');
  assertKnownCodes(taxonomy.territoryCodes, query.territory, 'query.territory', 'territory');
  const filter = allOf(equals('status', 'active'), anyOf('classCode', query.class), anyOf('regionCode', query.region), anyOf('territoryCode', query.territory));
  const parameters = {
    filter,
    facets,
    page: query.page,
    hitsPerPage: query.pageSize,
    attributesToRetrieve: retrieved,
    attributesToHighlight: highlighted,
    attributesToCrop: ['conditions_kk', 'conditions_ru', 'conditions_en'],
    cropLength: 40,
    highlightPreTag: '<mark>',
    highlightPostTag: '</mark>',
  };
  const result = await instrumentsIndex(ctx.search).search<InstrumentHit, typeof parameters>(foldedQuery(query.q ?? ''), parameters);
  return {
    hits: result.hits.map((hit) => ({
      id: hit.id,
      organisation: hit.organisation,
      classCode: hit.classCode,
      model: hit.model,
      location: hit.location,
      regionCode: hit.regionCode,
      territoryCode: hit.territoryCode,
      priceKzt: hit.priceKzt,
      priceUnit: hit.priceUnit,
      highlights: highlightsOf(hit._formatted, highlighted),
    })),
    total: result.totalHits,
    page: query.page,
    pageSize: query.pageSize,
    facets: result.facetDistribution ?? {},
    processingTimeMs: result.processingTimeMs,
  };
}
