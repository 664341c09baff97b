import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  apiErrorSchema,
  createSavedSearchSchema,
  savedSearchListSchema,
  savedSearchParamsSchema,
  savedSearchSchema,
  unsubscribedSchema,
  unsubscribeSchema,
  updateSavedSearchSchema,
} from '@kopir/shared';
import { allow } from '../../access/rules.ts';
import { contextOf } from '../../services/context.ts';
import { createSavedSearch } from '../../services/saved-searches/create-saved-search.ts';
import { deleteSavedSearch } from '../../services/saved-searches/delete-saved-search.ts';
import { listSavedSearches } from '../../services/saved-searches/list-saved-searches.ts';
import { unsubscribeFromDigests } from '../../services/saved-searches/unsubscribe.ts';
import { updateSavedSearch } from '../../services/saved-searches/update-saved-search.ts';

const rule = allow.roles(['researcher', 'company'], 'one’s own saved searches; another’s are not there (404)');

const savedSearchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/my/saved-searches',
    {
      config: { access: rule },
      schema: { tags: ['saved searches'], summary: 'My saved searches, newest first', response: { 200: savedSearchListSchema } },
    },
    async (request) => listSavedSearches({ ctx: contextOf(request) }),
  );

  app.post(
    '/my/saved-searches',
    {
      config: { access: rule },
      schema: {
        tags: ['saved searches'],
        summary: 'Save a search, to be told of labs or needs that newly enter its results',
        body: createSavedSearchSchema,
        response: { 201: savedSearchSchema, 400: apiErrorSchema, 409: apiErrorSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createSavedSearch({ ctx: contextOf(request), input: request.body })),
  );

  app.patch(
    '/my/saved-searches/:id',
    {
      config: { access: rule },
      schema: {
        tags: ['saved searches'],
        summary: 'Rename a saved search or change how often its digest is emailed',
        params: savedSearchParamsSchema,
        body: updateSavedSearchSchema,
        response: { 200: savedSearchSchema, 400: apiErrorSchema, 404: apiErrorSchema },
      },
    },
    async (request) => updateSavedSearch({ ctx: contextOf(request), input: { id: request.params.id, changes: request.body } }),
  );

  app.delete(
    '/my/saved-searches/:id',
    {
      config: { access: rule },
      schema: {
        tags: ['saved searches'],
        summary: 'Delete a saved search',
        params: savedSearchParamsSchema,
        response: { 204: z.null(), 400: apiErrorSchema, 404: apiErrorSchema },
      },
    },
    async (request, reply) => {
      await deleteSavedSearch({ ctx: contextOf(request), input: request.params });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/saved-searches/unsubscribe',
    {
      config: { access: allow.public('the emailed token names the person; it only turns digests off') },
      schema: {
        tags: ['saved searches'],
        summary: 'Turn off every saved-search digest of the person a digest email’s unsubscribe link was sent to (again: no change)',
        body: unsubscribeSchema,
        response: { 200: unsubscribedSchema, 400: apiErrorSchema },
      },
    },
    async (request) => unsubscribeFromDigests({ ctx: contextOf(request), input: request.body }),
  );
};

export default savedSearchRoutes;
