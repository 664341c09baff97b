import type { NeedSearchQuery } from '@kopir/shared';
import { indexUid } from '../../search/index-settings.ts';
import type { SearchService } from '../../plugins/app/search.ts';
import type { ServiceContext } from '../context.ts';
import { assertKnownCodes } from '../../taxonomy/live-taxonomy.ts';
import { allOf, anyOf, catalogueFilters, equals, pageParameters } from './filters.ts';
import { highlightsOf, localizedFrom, unmark } from './highlights.ts';

const facets = ['sectors', 'researchFields', 'capabilities', 'regionCode', 'territoryCode', 'verified', 'status'];
const highlighted = ['title', 'description_kk', 'description_ru', 'description_en'];
// Texts come back once, in `_formatted` (see search-labs.ts).
const retrieved = ['id', 'organisation', 'capabilities', 'sectors', 'regionCode', 'trlTarget', 'visibility', 'status'];

/**
 * Needs matching the words and filters (open ones unless a status is asked for). Confidential
 * needs are in the index with their public fields only, so they can be found by title, sector
 * and region, and nothing else about them can show.
 */
export async function searchNeeds({ ctx, search, query }: { ctx: ServiceContext; search: SearchService; query: NeedSearchQuery }) {
  const taxonomy = await ctx.taxonomy.current();
  assertKnownCodes(taxonomy.capabilityCodes, query.capability, 'query.capability', 'capability');
  assertKnownCodes(taxonomy.territoryCodes, query.territory, 'query.territory', 'territory');

  const filter = allOf(anyOf('status', query.status ?? ['open']), ...catalogueFilters(query), equals('trlTarget', query.trl));
  const result = await search.client.index(indexUid(search.indexPrefix, 'needs')).search(query.q ?? '', {
    filter,
    ...pageParameters({ page: query.page, pageSize: query.pageSize, facets, retrieved, highlighted }),
    sort: query.q ? undefined : ['publishedAt:desc'],
  });
  return {
    hits: result.hits.map((hit) => {
      const formatted = hit._formatted as Record<string, unknown>;
      const description = localizedFrom(formatted, 'description');
      return {
        id: hit.id as string,
        title: unmark(formatted.title as string),
        description: Object.keys(description).length > 0 ? description : null,
        organisation: (hit.organisation as { id: string; name: { kk?: string; ru?: string; en?: string }; verified: boolean } | null) ?? null,
        capabilities: hit.capabilities as string[],
        sectors: hit.sectors as string[],
        regionCode: hit.regionCode as string,
        trlTarget: (hit.trlTarget as number | null) ?? null,
        visibility: hit.visibility as 'public' | 'confidential',
        status: hit.status as 'open' | 'closed' | 'fulfilled',
        highlights: highlightsOf(hit._formatted as Record<string, unknown>, highlighted),
      };
    }),
    total: result.totalHits ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    facets: (result.facetDistribution ?? {}) as Record<string, Record<string, number>>,
    processingTimeMs: result.processingTimeMs,
  };
}
