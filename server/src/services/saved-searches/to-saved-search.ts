import type { savedSearches } from '@kopir/db';
import type { SavedSearch } from '@kopir/shared';

/** A saved search as the API answers it. */
export const toSavedSearch = (row: typeof savedSearches.$inferSelect): SavedSearch => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  query: row.query,
  digest: row.digest,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});
