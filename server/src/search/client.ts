import { Meilisearch } from 'meilisearch';
import type { LabDocument, NeedDocument } from './documents.ts';
import { indexUid } from './index-settings.ts';

/** The search client as services and workers receive it. */
export interface SearchService {
  client: Meilisearch;
  /** Prepended to every index uid, so several deployments (or test files) share one server. */
  indexPrefix: string;
}

/** A Meilisearch client that asks for uncompressed answers. */
export function createSearchClient(url: string, apiKey: string | undefined): Meilisearch {
  return new Meilisearch({
    host: url,
    ...(apiKey && { apiKey }),
    // Node 20's fetch asks for gzip by default and every search then stalls ~40 ms on
    // decompression buffering; on a loopback or LAN link identity encoding is faster.
    requestInit: { headers: { 'accept-encoding': 'identity' } },
    timeout: 5_000,
  });
}

/** The labs index, typed by its documents. */
export const labsIndex = (search: SearchService) => search.client.index<LabDocument>(indexUid(search.indexPrefix, 'labs'));

/** The needs index, typed by its documents. */
export const needsIndex = (search: SearchService) => search.client.index<NeedDocument>(indexUid(search.indexPrefix, 'needs'));
