import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addCapabilitySchema, addTerritorySchema, apiErrorSchema, capabilitySchema, taxonomySchema, territorySchema } from '@kopir/shared';
import { allow } from '../../access/rules.ts';
import { contextOf } from '../../services/context.ts';
import { addCapability, addTerritory } from '../../services/taxonomy/add-to-taxonomy.ts';

const errors = { 400: apiErrorSchema, 409: apiErrorSchema };

const taxonomyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/taxonomy',
    {
      config: { access: allow.public() },
      schema: {
        tags: ['taxonomy'],
        summary: 'Regions, sectors, research fields, capability tags, territories and priority areas, in kk/ru/en',
        response: { 200: taxonomySchema, 304: z.null() },
      },
    },
    async (request, reply) => {
      const live = await app.taxonomy.current();
      // Clients may keep it for five minutes and revalidate cheaply with the ETag after that.
      reply.header('cache-control', 'public, max-age=300').header('etag', live.etag);
      if (request.headers['if-none-match'] === live.etag) return reply.status(304).send(null);
      return live.data;
    },
  );

  app.post(
    '/admin/taxonomy/capabilities',
    {
      config: { access: allow.roles(['admin']) },
      schema: {
        tags: ['admin', 'taxonomy'],
        summary: 'Add a capability tag, without a deploy',
        body: addCapabilitySchema,
        response: { 201: capabilitySchema, ...errors },
      },
    },
    async (request, reply) => {
      const capability = await addCapability({ ctx: contextOf(request), input: request.body });
      // New synonyms change the search settings; applying them re-indexes, so it runs in the background.
      void app.applySearchSettings().catch((error: unknown) => request.log.warn({ err: error }, 'search settings not updated'));
      return reply.status(201).send(capability);
    },
  );

  app.post(
    '/admin/taxonomy/territories',
    {
      config: { access: allow.roles(['admin']) },
      schema: {
        tags: ['admin', 'taxonomy'],
        summary: 'Add a science-intensive territory, without a deploy',
        body: addTerritorySchema,
        response: { 201: territorySchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await addTerritory({ ctx: contextOf(request), input: request.body })),
  );
};

export default taxonomyRoutes;
