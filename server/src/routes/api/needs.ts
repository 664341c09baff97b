import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  apiErrorSchema,
  listingStatsQuerySchema,
  listingStatsSchema,
  labMatchesSchema,
  matchesQuerySchema,
  createNeedSchema,
  needHitSchema,
  needSchema,
  needSearchQuerySchema,
  needViewSchema,
  searchResultSchema,
  updateNeedSchema,
} from '@kopir/shared';
import { allow } from '../../access/rules.ts';
import { readListingStats } from '../../services/listing-stats/read-listing-stats.ts';
import { fastSerializerCompiler } from '../../plugins/app/fast-serializer.ts';
import { contextOf } from '../../services/context.ts';
import { createNeed } from '../../services/needs/create-need.ts';
import { deleteNeed } from '../../services/needs/delete-need.ts';
import { getNeed, listOwnNeeds } from '../../services/needs/get-need.ts';
import { updateNeed } from '../../services/needs/update-need.ts';
import { searchNeeds } from '../../services/search/search-needs.ts';
import { matchLabsForNeed } from '../../services/matching/match-labs-for-need.ts';

const idParams = z.strictObject({ id: z.uuid() });
const errors = { 400: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema };

const needRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/needs',
    {
      serializerCompiler: fastSerializerCompiler,
      config: { access: allow.public('confidential needs show only title, sectors and region') },
      schema: {
        tags: ['needs'],
        summary: 'Search R&D needs by words and filters, with highlights and facet counts',
        querystring: needSearchQuerySchema,
        response: { 200: searchResultSchema(needHitSchema), ...errors },
      },
    },
    async (request) => searchNeeds({ ctx: contextOf(request), input: request.query }),
  );

  app.get(
    '/needs/:id',
    {
      config: { access: allow.public('a confidential need in full only for its company, the ministry and admins') },
      schema: {
        tags: ['needs'],
        summary: 'One need, in full or (confidential) its public fields',
        params: idParams,
        response: { 200: needViewSchema, ...errors },
      },
    },
    async (request) => getNeed({ ctx: contextOf(request), input: { id: request.params.id, countView: true } }),
  );

  app.get(
    '/needs/:id/matches',
    {
      config: { access: allow.roles(['company', 'ministry'], 'a company only for its own needs') },
      schema: {
        tags: ['matching'],
        summary: 'The labs that best fit this need, best first, each with its score and why',
        params: idParams,
        querystring: matchesQuerySchema,
        response: { 200: labMatchesSchema, ...errors },
      },
    },
    async (request) => matchLabsForNeed({ ctx: contextOf(request), input: { needId: request.params.id, limit: request.query.limit } }),
  );

  app.get(
    '/needs/:id/stats',
    {
      config: { access: allow.roles(['company', 'admin'], 'a company only for its own needs') },
      schema: {
        tags: ['needs'],
        summary: 'What happened to this need, day by day: views, search results, matches shown, proposals, invitations, questions',
        params: idParams,
        querystring: listingStatsQuerySchema,
        response: { 200: listingStatsSchema, ...errors },
      },
    },
    async (request) => readListingStats({ ctx: contextOf(request), input: { kind: 'need', id: request.params.id, query: request.query } }),
  );

  app.get(
    '/my/needs',
    {
      config: { access: allow.roles(['company'], 'needs of one’s own company') },
      schema: { tags: ['needs'], summary: 'The needs of my company, every status', response: { 200: z.object({ items: z.array(needSchema) }) } },
    },
    async (request) => ({ items: await listOwnNeeds({ ctx: contextOf(request) }) }),
  );

  app.post(
    '/needs',
    {
      config: { access: allow.roles(['company'], 'for one’s own company') },
      schema: { tags: ['needs'], summary: 'Publish an R&D need', body: createNeedSchema, response: { 201: needSchema, ...errors } },
    },
    async (request, reply) => reply.status(201).send(await createNeed({ ctx: contextOf(request), input: request.body })),
  );

  app.patch(
    '/needs/:id',
    {
      config: { access: allow.roles(['company'], 'member of the need’s company') },
      schema: {
        tags: ['needs'],
        summary: 'Edit a need, or close it (status closed or fulfilled)',
        params: idParams,
        body: updateNeedSchema,
        response: { 200: needSchema, ...errors },
      },
    },
    async (request) => updateNeed({ ctx: contextOf(request), input: { id: request.params.id, changes: request.body } }),
  );

  app.delete(
    '/needs/:id',
    {
      config: { access: allow.roles(['company'], 'member of the need’s company') },
      schema: { tags: ['needs'], summary: 'Delete a need nobody has answered', params: idParams, response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      await deleteNeed({ ctx: contextOf(request), input: { id: request.params.id } });
      return reply.status(204).send(null);
    },
  );
};

export default needRoutes;
