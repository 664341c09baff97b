import fp from 'fastify-plugin';
import { Meilisearch } from 'meilisearch';

export interface SearchService {
  client: Meilisearch;
  /** Prepended to every index uid, so several deployments (or test files) share one server. */
  indexPrefix: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    meilisearch: SearchService;
  }
}

/** A Meilisearch client that asks for uncompressed answers (see `createSearchClient`). */
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

/** The Meilisearch client shared by routes and workers. */
export default fp<{ url: string; apiKey: string | undefined; indexPrefix: string }>(
  async function search(app, options) {
    app.decorate('meilisearch', { client: createSearchClient(options.url, options.apiKey), indexPrefix: options.indexPrefix });
  },
  { name: 'search' },
);
