import type { SavedSearchKind, SavedSearchQuery } from '@kopir/shared';
import { indexUid } from '../../search/index-settings.ts';
import { equals } from '../../search/query/filters.ts';
import type { SearchService } from '../../search/client.ts';
import { labSearchRequest } from '../search/search-labs.ts';
import { needSearchRequest } from '../search/search-needs.ts';

/**
 * The search a saved search stands for, as the search page sends it (the same request builders,
 * so the same words, filters, statuses and confidentiality: a confidential need is in the index
 * with its public fields only), narrowed to one lab or need: is it among the results?
 */
export function resultsRequest(search: SearchService, kind: SavedSearchKind, query: SavedSearchQuery, entityId: string) {
  const page = { page: 1, pageSize: 1 };
  const { status, ...shared } = query;
  const { q, parameters } = kind === 'labs' ? labSearchRequest({ ...shared, ...page }) : needSearchRequest({ ...shared, status, ...page });
  return {
    indexUid: indexUid(search.indexPrefix, kind),
    q,
    filter: [...parameters.filter, equals('id', entityId)!],
    limit: 1,
    attributesToRetrieve: ['id'],
  };
}
