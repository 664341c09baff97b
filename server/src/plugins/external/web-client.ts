import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import type { Locale } from '@kopir/shared';
import { AppError } from '../../errors.ts';
import { escapeHtml } from '../../html/escape-html.ts';

/** The head of one page as a link preview shows it (Open Graph), in the reader's language. */
interface WebPageHead {
  title: string;
  description: string;
  /** An absolute address: the page's canonical URL. */
  url: string;
  type: 'website' | 'profile' | 'article';
  siteName: string;
  locale: Locale;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The web client's page with `head` written into it; null when no built client is served. */
    webPage: ((head: WebPageHead) => string) | null;
  }
}

/** Paths that belong to the API; an unknown one is a 404, never the web client's page. */
const apiPaths = /^\/(api|docs|health|ready)(\/|$|\?)/;

/** Open Graph names locales by language and territory. */
const ogLocales: Record<Locale, string> = { kk: 'kk_KZ', ru: 'ru_RU', en: 'en_GB' };

/**
 * The built index.html as a function of a page's head: its own title and description are
 * replaced, the Open Graph tags added, and `lang` set, so a crawler that runs no script (a chat's
 * link unfurler, a search engine's first pass) reads what the page is about.
 */
function pageTemplate(indexHtml: string): (head: WebPageHead) => string {
  const bare = indexHtml.replace(/<title>[\s\S]*?<\/title>\s*/i, '').replace(/<meta\s+name="description"[^>]*>\s*/i, '');
  return (head) => {
    const tag = (attribute: 'name' | 'property', key: string, value: string) => `<meta ${attribute}="${key}" content="${escapeHtml(value)}" />`;
    const tags = [
      `<title>${escapeHtml(head.title)}</title>`,
      tag('name', 'description', head.description),
      `<link rel="canonical" href="${escapeHtml(head.url)}" />`,
      tag('property', 'og:site_name', head.siteName),
      tag('property', 'og:type', head.type),
      tag('property', 'og:title', head.title),
      tag('property', 'og:description', head.description),
      tag('property', 'og:url', head.url),
      tag('property', 'og:locale', ogLocales[head.locale]),
      tag('name', 'twitter:card', 'summary'),
    ].join('\n    ');
    return bare.replace(/<html([^>]*?)\slang="[^"]*"/i, `<html$1 lang="${head.locale}"`).replace(/<\/head>/i, `  ${tags}\n  </head>`);
  };
}

/**
 * Serves the built web client on the API's origin (no CORS, one URL to print). Unknown GET
 * paths outside the API get `index.html`, so the client's own routes survive a reload; the pages
 * worth sharing get their own head from `routes/pages.ts` through `app.webPage`.
 */
export default fp<{ distDir: string }>(
  async function webClient(app, options) {
    const indexPath = join(options.distDir, 'index.html');
    if (!existsSync(indexPath)) {
      app.log.warn(`No built web client in ${options.distDir}; run \`pnpm --filter @kopir/web build\`. Serving the API only.`);
      app.decorate('webPage', null);
      return;
    }
    app.decorate('webPage', pageTemplate(readFileSync(indexPath, 'utf8')));
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
