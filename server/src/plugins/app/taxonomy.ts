import fp from 'fastify-plugin';
import { TaxonomyCache } from '../../taxonomy/live-taxonomy.ts';

declare module 'fastify' {
  interface FastifyInstance {
    taxonomy: TaxonomyCache;
  }
}

/** The live taxonomy (shipped classifications + admin additions), cached per process. */
export default fp(
  async function taxonomy(app) {
    app.decorate('taxonomy', new TaxonomyCache(app.db));
  },
  { name: 'taxonomy', dependencies: ['database'] },
);
