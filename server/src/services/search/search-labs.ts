import type { LabSearchQuery } from '@kopir/shared';
import { labsIndex } from '../../search/client.ts';
import type { LabDocument } from '../../search/documents.ts';
import { allOf, catalogueFilters, equals, pageParameters } from '../../search/query/filters.ts';
import { foldedQuery } from '../../search/query/folding.ts';
import { highlightsOf, localizedFrom, type HitOf } from '../../search/query/highlights.ts';
import type { ServiceContext } from '../context.ts';
import { assertKnownCodes } from '../../taxonomy/live-taxonomy.ts';

const facets = ['sectors', 'researchFields', 'capabilities', 'regionCode', 'territoryCode', 'verified'];
const highlighted = ['name_kk', 'name_ru', 'name_en', 'description_kk', 'description_ru', 'description_en'] satisfies (keyof LabDocument)[];
// Only what a hit shows, and the texts only once: highlighted and cropped attributes come back in
// `_formatted` even when not retrieved, so retrieving them too would send every text twice.
const retrieved = [
  'id',
  'organisation',
  'capabilities',
  'sectors',
  'researchFields',
  'trlMin',
  'trlMax',
  'regionCode',
  'territoryCode',
  'stale',
] satisfies (keyof LabDocument)[];

type LabHit = HitOf<LabDocument, (typeof retrieved)[number], (typeof highlighted)[number]>;

/**
 * The Meilisearch request for a validated lab search: the words, then the parameters. Exported
 * so the search benchmark can send exactly the same query to Meilisearch directly.
 */
export function labSearchRequest(query: LabSearchQuery) {
  const filter = allOf(
    equals('status', 'active'),
    ...catalogueFilters(query),
    query.trl === undefined ? undefined : `trlMin <= ${query.trl} AND trlMax >= ${query.trl}`,
  );
  const parameters = { filter, ...pageParameters({ page: query.page, pageSize: query.pageSize, facets, retrieved, highlighted }) };
  return { q: foldedQuery(query.q ?? ''), parameters };
}

/** Active labs matching the words and filters, with highlights and facet counts. */
export async function searchLabs({ ctx, input: query }: { ctx: ServiceContext; input: LabSearchQuery }) {
  const taxonomy = await ctx.taxonomy.current();
  assertKnownCodes(taxonomy.capabilityCodes, query.capability, 'query.capability', 'capability');
  assertKnownCodes(taxonomy.territoryCodes, query.territory, 'query.territory', 'territory');
  const { q, parameters } = labSearchRequest(query);
  const result = await labsIndex(ctx.search).search<LabHit, typeof parameters>(q, parameters);
  ctx.listings?.shown('searchAppearances', 'lab', result.hits);
  return {
    hits: result.hits.map((hit) => ({
      id: hit.id,
      name: localizedFrom(hit._formatted, 'name', { unmark: true }),
      description: localizedFrom(hit._formatted, 'description'),
      organisation: hit.organisation,
      capabilities: hit.capabilities,
      sectors: hit.sectors,
      researchFields: hit.researchFields,
      trlMin: hit.trlMin,
      trlMax: hit.trlMax,
      regionCode: hit.regionCode,
      territoryCode: hit.territoryCode,
      // Documents delivered before labs could be stale have no flag: they were current then.
      stale: hit.stale ?? false,
      highlights: highlightsOf(hit._formatted, highlighted),
    })),
    total: result.totalHits,
    page: query.page,
    pageSize: query.pageSize,
    facets: result.facetDistribution ?? {},
    processingTimeMs: result.processingTimeMs,
  };
}
