import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { AppError } from '../../errors.ts';

/** Paths that belong to the API; an unknown one is a 404, never the web client's page. */
const apiPaths = /^\/(api|docs|health|ready)(\/|$|\?)/;

/**
 * Serves the built web client on the API's origin (no CORS, one URL to print). Unknown GET
 * paths outside the API get `index.html`, so the client's own routes survive a reload.
 */
export default fp<{ distDir: string }>(
  async function webClient(app, options) {
    if (!existsSync(join(options.distDir, 'index.html'))) {
      app.log.warn(`No built web client in ${options.distDir}; run \`pnpm --filter @kopir/web build\`. Serving the API only.`);
      return;
    }
    // wildcard: false registers one route per built file, leaving `GET /*` free for the fallback.
    await app.register(fastifyStatic, {
      root: options.distDir,
      wildcard: false,
      index: ['index.html'],
      // Vite puts a content hash in every asset name, so assets never change; the page must.
      setHeaders: (response, path) => {
        response.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    app.get('/*', { schema: { hide: true } }, (request, reply) => {
      if (apiPaths.test(request.url)) throw new AppError('ROUTE_NOT_FOUND', `No route GET ${request.url.split('?')[0]}`);
      return reply.type('text/html').sendFile('index.html');
    });
  },
  { name: 'web-client' },
);
