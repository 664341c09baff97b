import { Meilisearch, MeilisearchApiError } from 'meilisearch';
import type { SearchAdmission } from './admission.ts';
import type { LabDocument, NeedDocument } from './documents.ts';
import { indexUid } from './index-settings.ts';

/** The search client as services and workers receive it. */
export interface SearchService {
  client: Meilisearch;
  /** Prepended to every index uid, so several deployments (or test files) share one server. */
  indexPrefix: string;
}

// The routes that answer a search (one index's, several at once, a facet's values): the work
// admission control bounds. Documents, settings and tasks (the outbox worker's calls) never wait.
const searchPath = /\/(multi-search|indexes\/[^/]+\/(search|facet-search))$/;

/** fetch as meilisearch-js does it when given no httpClient: the parsed body, or its API error. */
async function send(...[url, init]: Parameters<typeof fetch>): Promise<unknown> {
  const response = await fetch(url, init);
  const body = await response.text();
  const parsed = body === '' ? undefined : JSON.parse(body);
  if (!response.ok) throw new MeilisearchApiError(response, parsed);
  return parsed;
}

/**
 * A Meilisearch client that asks for uncompressed answers. Given an admission, its searches take
 * a slot there first (admission.ts); meilisearch-js's timeout (MEILI_TIMEOUT_MS, 5 s by default) counts the wait too.
 */
export function createSearchClient(url: string, apiKey: string | undefined, options: { admission?: SearchAdmission; timeoutMs?: number } = {}): Meilisearch {
  const { admission, timeoutMs = 5_000 } = options;
  return new Meilisearch({
    host: url,
    ...(apiKey && { apiKey }),
    // Node 20's fetch asks for gzip by default and every search then stalls ~40 ms on
    // decompression buffering; on a loopback or LAN link identity encoding is faster.
    requestInit: { headers: { 'accept-encoding': 'identity' } },
    timeout: timeoutMs,
    ...(admission && {
      httpClient: (...[input, init]: Parameters<typeof fetch>) =>
        input instanceof URL && searchPath.test(input.pathname) ? admission.run(() => send(input, init), init?.signal) : send(input, init),
    }),
  });
}

/** The labs index, typed by its documents. */
export const labsIndex = (search: SearchService) => search.client.index<LabDocument>(indexUid(search.indexPrefix, 'labs'));

/** The needs index, typed by its documents. */
export const needsIndex = (search: SearchService) => search.client.index<NeedDocument>(indexUid(search.indexPrefix, 'needs'));
