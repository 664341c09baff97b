import type { LabSearchQuery } from '@kopir/shared';
import { indexUid } from '../../search/index-settings.ts';
import type { SearchService } from '../../plugins/app/search.ts';
import type { ServiceContext } from '../context.ts';
import { assertKnownCodes } from '../../taxonomy/live-taxonomy.ts';
import { allOf, catalogueFilters, equals, pageParameters } from './filters.ts';
import { highlightsOf, localizedFrom } from './highlights.ts';

const facets = ['sectors', 'researchFields', 'capabilities', 'regionCode', 'territoryCode', 'verified'];
const highlighted = ['name_kk', 'name_ru', 'name_en', 'description_kk', 'description_ru', 'description_en'];
// Only what a hit shows, and the texts only once: highlighted and cropped attributes come back in
// `_formatted` even when not retrieved, so retrieving them too would send every text twice.
const retrieved = ['id', 'organisation', 'capabilities', 'sectors', 'researchFields', 'trlMin', 'trlMax', 'regionCode', 'territoryCode'];

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
  return { q: query.q ?? '', parameters };
}

/** Active labs matching the words and filters, with highlights and facet counts. */
export async function searchLabs({ ctx, search, query }: { ctx: ServiceContext; search: SearchService; query: LabSearchQuery }) {
  const taxonomy = await ctx.taxonomy.current();
  assertKnownCodes(taxonomy.capabilityCodes, query.capability, 'query.capability', 'capability');
  assertKnownCodes(taxonomy.territoryCodes, query.territory, 'query.territory', 'territory');
  const { q, parameters } = labSearchRequest(query);
  const result = await search.client.index(indexUid(search.indexPrefix, 'labs')).search(q, parameters);
  return {
    hits: result.hits.map((hit) => ({
      id: hit.id as string,
      name: localizedFrom(hit._formatted as Record<string, unknown>, 'name', { unmark: true }),
      description: localizedFrom(hit._formatted as Record<string, unknown>, 'description'),
      organisation: hit.organisation as { id: string; name: { kk?: string; ru?: string; en?: string }; verified: boolean },
      capabilities: hit.capabilities as string[],
      sectors: hit.sectors as string[],
      researchFields: hit.researchFields as string[],
      trlMin: hit.trlMin as number,
      trlMax: hit.trlMax as number,
      regionCode: hit.regionCode as string,
      territoryCode: (hit.territoryCode as string | null) ?? null,
      highlights: highlightsOf(hit._formatted as Record<string, unknown>, highlighted),
    })),
    total: result.totalHits ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    facets: (result.facetDistribution ?? {}) as Record<string, Record<string, number>>,
    processingTimeMs: result.processingTimeMs,
  };
}
