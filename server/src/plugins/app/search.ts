import fp from 'fastify-plugin';
import { createSearchClient, type SearchService } from '../../search/client.ts';

declare module 'fastify' {
  interface FastifyInstance {
    meilisearch: SearchService;
  }
}

/** The Meilisearch client shared by routes and workers. */
export default fp<{ url: string; apiKey: string | undefined; indexPrefix: string }>(
  async function search(app, options) {
    app.decorate('meilisearch', { client: createSearchClient(options.url, options.apiKey), indexPrefix: options.indexPrefix });
  },
  { name: 'search' },
);
