import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  apiErrorSchema,
  listingStatsQuerySchema,
  listingStatsSchema,
  matchesQuerySchema,
  needMatchesSchema,
  createLabSchema,
  labHitSchema,
  labSchema,
  labSearchQuerySchema,
  searchResultSchema,
  updateLabSchema,
} from '@kopir/shared';
import { allow } from '../../access/rules.ts';
import { readListingStats } from '../../services/listing-stats/read-listing-stats.ts';
import { fastSerializerCompiler } from '../../plugins/app/fast-serializer.ts';
import { contextOf } from '../../services/context.ts';
import { confirmLab } from '../../services/labs/confirm-lab.ts';
import { createLab } from '../../services/labs/create-lab.ts';
import { deleteLab } from '../../services/labs/delete-lab.ts';
import { getLab, listOwnLabs } from '../../services/labs/get-lab.ts';
import { updateLab } from '../../services/labs/update-lab.ts';
import { searchLabs } from '../../services/search/search-labs.ts';
import { matchNeedsForLab } from '../../services/matching/match-needs-for-lab.ts';

const idParams = z.strictObject({ id: z.uuid() });
const errors = { 400: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema };

const labRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/labs',
    {
      serializerCompiler: fastSerializerCompiler,
      config: { access: allow.public('active labs only') },
      schema: {
        tags: ['labs'],
        summary: 'Search labs by words and filters, with highlights and facet counts',
        querystring: labSearchQuerySchema,
        response: { 200: searchResultSchema(labHitSchema), ...errors },
      },
    },
    async (request) => searchLabs({ ctx: contextOf(request), input: request.query }),
  );

  app.get(
    '/labs/:id',
    {
      config: { access: allow.public('a hidden lab only for its researchers, the ministry and admins') },
      schema: { tags: ['labs'], summary: 'One lab profile', params: idParams, response: { 200: labSchema, ...errors } },
    },
    async (request) => getLab({ ctx: contextOf(request), input: { id: request.params.id, countView: true } }),
  );

  app.get(
    '/labs/:id/matches',
    {
      config: { access: allow.roles(['researcher', 'ministry'], 'a researcher only for her own organisation’s labs') },
      schema: {
        tags: ['matching'],
        summary: 'The open needs that best fit this lab, best first, each with its score and why',
        params: idParams,
        querystring: matchesQuerySchema,
        response: { 200: needMatchesSchema, ...errors },
      },
    },
    async (request) => matchNeedsForLab({ ctx: contextOf(request), input: { labId: request.params.id, limit: request.query.limit } }),
  );

  app.get(
    '/labs/:id/stats',
    {
      config: { access: allow.roles(['researcher', 'admin'], 'a researcher only for her own organisation’s labs') },
      schema: {
        tags: ['labs'],
        summary: 'What happened to this lab, day by day: views, search results, matches shown, proposals, invitations, questions',
        params: idParams,
        querystring: listingStatsQuerySchema,
        response: { 200: listingStatsSchema, ...errors },
      },
    },
    async (request) => readListingStats({ ctx: contextOf(request), input: { kind: 'lab', id: request.params.id, query: request.query } }),
  );

  app.get(
    '/my/labs',
    {
      config: { access: allow.roles(['researcher'], 'labs of one’s own organisation') },
      schema: { tags: ['labs'], summary: 'The labs of my organisation, hidden ones included', response: { 200: z.object({ items: z.array(labSchema) }) } },
    },
    async (request) => ({ items: await listOwnLabs({ ctx: contextOf(request) }) }),
  );

  app.post(
    '/labs',
    {
      config: { access: allow.roles(['researcher'], 'in one’s own university or institute') },
      schema: { tags: ['labs'], summary: 'Add a lab profile', body: createLabSchema, response: { 201: labSchema, ...errors } },
    },
    async (request, reply) => reply.status(201).send(await createLab({ ctx: contextOf(request), input: request.body })),
  );

  app.patch(
    '/labs/:id',
    {
      config: { access: allow.roles(['researcher'], 'member of the lab’s organisation') },
      schema: {
        tags: ['labs'],
        summary: 'Edit a lab profile (hide it with status: hidden)',
        params: idParams,
        body: updateLabSchema,
        response: { 200: labSchema, ...errors },
      },
    },
    async (request) => updateLab({ ctx: contextOf(request), input: { id: request.params.id, changes: request.body } }),
  );

  app.post(
    '/labs/:id/confirm',
    {
      config: { access: allow.roles(['researcher'], 'member of the lab’s organisation') },
      schema: {
        tags: ['labs'],
        summary: 'Confirm a lab profile is still current without editing it (it is no longer stale)',
        params: idParams,
        response: { 200: labSchema, ...errors },
      },
    },
    async (request) => confirmLab({ ctx: contextOf(request), input: { id: request.params.id } }),
  );

  app.delete(
    '/labs/:id',
    {
      config: { access: allow.roles(['researcher'], 'member of the lab’s organisation') },
      schema: { tags: ['labs'], summary: 'Delete a lab that never took part in a collaboration', params: idParams, response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      await deleteLab({ ctx: contextOf(request), input: { id: request.params.id } });
      return reply.status(204).send(null);
    },
  );
};

export default labRoutes;
