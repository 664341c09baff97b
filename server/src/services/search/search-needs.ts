import type { NeedSearchQuery } from '@kopir/shared';
import { needsIndex } from '../../search/client.ts';
import type { NeedDocument } from '../../search/documents.ts';
import { allOf, anyOf, catalogueFilters, equals, pageParameters } from '../../search/query/filters.ts';
import { foldedQuery } from '../../search/query/folding.ts';
import { highlightsOf, localizedFrom, unmark, type HitOf } from '../../search/query/highlights.ts';
import type { ServiceContext } from '../context.ts';
import { assertKnownCodes } from '../../taxonomy/live-taxonomy.ts';

const facets = ['sectors', 'researchFields', 'capabilities', 'regionCode', 'territoryCode', 'verified', 'status'];
const highlighted = ['title', 'description_kk', 'description_ru', 'description_en'] satisfies (keyof NeedDocument)[];
// Texts come back once, in `_formatted` (see search-labs.ts).
const retrieved = ['id', 'organisation', 'capabilities', 'sectors', 'regionCode', 'trlTarget', 'visibility', 'status'] satisfies (keyof NeedDocument)[];

type NeedHit = HitOf<NeedDocument, (typeof retrieved)[number], (typeof highlighted)[number]>;

/** The Meilisearch request for a validated need search (open needs unless a status is asked for): the words, then the parameters. */
export function needSearchRequest(query: NeedSearchQuery) {
  const filter = allOf(anyOf('status', query.status ?? ['open']), ...catalogueFilters(query), equals('trlTarget', query.trl));
  const parameters = {
    filter,
    ...pageParameters({ page: query.page, pageSize: query.pageSize, facets, retrieved, highlighted }),
    sort: query.q ? undefined : ['publishedAt:desc'],
  };
  return { q: foldedQuery(query.q ?? ''), parameters };
}

/**
 * Needs matching the words and filters (open ones unless a status is asked for). Confidential
 * needs are in the index with their public fields only, so they can be found by title, sector
 * and region, and nothing else about them can show.
 */
export async function searchNeeds({ ctx, input: query }: { ctx: ServiceContext; input: NeedSearchQuery }) {
  const taxonomy = await ctx.taxonomy.current();
  assertKnownCodes(taxonomy.capabilityCodes, query.capability, 'query.capability', 'capability');
  assertKnownCodes(taxonomy.territoryCodes, query.territory, 'query.territory', 'territory');

  const { q, parameters } = needSearchRequest(query);
  const result = await needsIndex(ctx.search).search<NeedHit, typeof parameters>(q, parameters);
  ctx.listings?.shown('searchAppearances', 'need', result.hits);
  return {
    hits: result.hits.map((hit) => {
      const description = localizedFrom(hit._formatted, 'description');
      return {
        id: hit.id,
        title: unmark(hit._formatted?.title ?? ''),
        description: Object.keys(description).length > 0 ? description : null,
        organisation: hit.organisation,
        capabilities: hit.capabilities,
        sectors: hit.sectors,
        regionCode: hit.regionCode,
        trlTarget: hit.trlTarget,
        visibility: hit.visibility,
        status: hit.status,
        highlights: highlightsOf(hit._formatted, highlighted),
      };
    }),
    total: result.totalHits,
    page: query.page,
    pageSize: query.pageSize,
    facets: result.facetDistribution ?? {},
    processingTimeMs: result.processingTimeMs,
  };
}
