import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { localeSchema, type Locale } from '@kopir/shared';
import { allow } from '../access/rules.ts';
import { AppError } from '../errors.ts';
import { contextOf, type ServiceContext } from '../services/context.ts';
import { labPreview, needPreview, organisationPreview, type PagePreview } from '../services/previews/page-previews.ts';
import { previewWords } from '../services/previews/preview-words.ts';
import { readerLocale } from './reader-locale.ts';

type Previewer = (call: { ctx: ServiceContext; input: { id: string; locale: Locale } }) => Promise<PagePreview | null>;

const pages: Record<string, Previewer> = {
  '/labs/:id': labPreview,
  '/needs/:id': needPreview,
  '/organisations/:id': organisationPreview,
};

const idSchema = z.uuid();
/** `?lang=` picks the preview's language for a link shared in one; else the reader's Accept-Language. */
const langSchema = z.object({ lang: localeSchema.optional().catch(undefined) });

/**
 * The pages worth sharing answer with the web client's page whose head says what the lab, need or
 * organisation is (title, description, Open Graph), as anyone may see it: a confidential need's
 * preview shows what its search hit shows. The web client then draws the page for its reader.
 */
const pageRoutes: FastifyPluginAsync = async (app) => {
  const send = async (request: FastifyRequest, reply: FastifyReply, previewer: Previewer) => {
    // Registered either way, so the route table (and docs/authorization.md) does not depend on a build.
    const render = app.webPage;
    if (!render) throw new AppError('ROUTE_NOT_FOUND', `No built web client to draw ${request.url.split('?')[0]}`);
    const locale = readerLocale(request, langSchema.parse(request.query).lang);
    const { id } = request.params as { id: string };
    const preview = idSchema.safeParse(id).success ? await previewer({ ctx: contextOf(request), input: { id, locale } }) : null;
    const words = previewWords[locale];
    const path = preview?.path ?? request.url.split('?')[0]!;
    const head = {
      title: preview?.title ?? `${words.notFound} · ${words.product}`,
      description: preview?.description ?? words.tagline,
      url: new URL(path, app.config.publicUrl).href,
      type: preview?.type ?? ('website' as const),
      siteName: words.product,
      locale,
    };
    return reply
      .status(preview ? 200 : 404)
      .header('cache-control', 'no-cache')
      .header('vary', 'accept-language')
      .type('text/html; charset=utf-8')
      .send(render(head));
  };
  for (const [url, previewer] of Object.entries(pages)) {
    app.get(url, { schema: { hide: true }, config: { access: allow.public('the page as anyone sees it; its head never shows more') } }, (request, reply) =>
      send(request, reply, previewer),
    );
  }
};

export default pageRoutes;
