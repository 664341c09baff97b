import fp from 'fastify-plugin';
import { Meilisearch } from 'meilisearch';
import { Agent, interceptors, setGlobalDispatcher } from 'undici';

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

/**
 * The connection pool behind Node's fetch, which the Meilisearch client uses (the server makes no
 * other outbound HTTP calls). Under load Meilisearch sometimes closes a kept-alive socket just as
 * a request goes out on it ("other side closed"). Idle sockets are dropped after 2 s, and a
 * request that meets a closed socket is sent once more: every call we make is idempotent
 * (searches, upserts by id, deletes by id), so a repeat cannot change the outcome.
 */
setGlobalDispatcher(
  new Agent({ keepAliveTimeout: 2_000, keepAliveMaxTimeout: 2_000, connections: 64 }).compose(
    interceptors.retry({
      maxRetries: 1,
      minTimeout: 0,
      methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      errorCodes: ['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE'],
      statusCodes: [],
    }),
  ),
);

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
