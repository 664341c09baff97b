import fp from 'fastify-plugin';
import { SearchAdmission, type AdmissionLimits } from '../../search/admission.ts';
import { createSearchClient, type SearchService } from '../../search/client.ts';

declare module 'fastify' {
  interface FastifyInstance {
    meilisearch: SearchService;
    /** The slots user-facing searches wait for (admission.ts); the outbox worker's calls take none. */
    searchAdmission: SearchAdmission;
  }
}

/**
 * The Meilisearch client shared by routes and workers. Its searches go through admission control,
 * so overload is refused with 503 at once; its document, settings and task calls (the outbox
 * worker's) do not, so user searches can neither starve the worker nor be counted against it.
 */
export default fp<{ url: string; apiKey: string | undefined; indexPrefix: string; admission: AdmissionLimits; timeoutMs: number }>(
  async function search(app, options) {
    const admission = new SearchAdmission(options.admission);
    app.decorate('searchAdmission', admission);
    app.decorate('meilisearch', {
      client: createSearchClient(options.url, options.apiKey, { admission, timeoutMs: options.timeoutMs }),
      indexPrefix: options.indexPrefix,
    });
  },
  { name: 'search' },
);
