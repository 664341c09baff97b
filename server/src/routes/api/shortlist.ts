import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiErrorSchema, shortlistItemParamsSchema, shortlistSchema } from '@kopir/shared';
import { allow } from '../../access/rules.ts';
import { contextOf } from '../../services/context.ts';
import { addToShortlist } from '../../services/shortlists/add-to-shortlist.ts';
import { listShortlist } from '../../services/shortlists/list-shortlist.ts';
import { removeFromShortlist } from '../../services/shortlists/remove-from-shortlist.ts';

const rule = allow.roles(['researcher', 'company'], 'one’s own shortlist; only what one may open can be added');
const errors = { 400: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema };

const shortlistRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/my/shortlist',
    {
      config: { access: rule },
      schema: { tags: ['shortlist'], summary: 'The labs and needs I keep to come back to, newest first', response: { 200: shortlistSchema } },
    },
    async (request) => listShortlist({ ctx: contextOf(request) }),
  );

  app.put(
    '/my/shortlist/:kind/:id',
    {
      config: { access: rule },
      schema: {
        tags: ['shortlist'],
        summary: 'Keep a lab or need on my shortlist (adding it again changes nothing)',
        params: shortlistItemParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await addToShortlist({ ctx: contextOf(request), input: request.params });
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/my/shortlist/:kind/:id',
    {
      config: { access: rule },
      schema: {
        tags: ['shortlist'],
        summary: 'Take a lab or need off my shortlist',
        params: shortlistItemParamsSchema,
        response: { 204: z.null(), 400: apiErrorSchema },
      },
    },
    async (request, reply) => {
      await removeFromShortlist({ ctx: contextOf(request), input: request.params });
      return reply.status(204).send(null);
    },
  );
};

export default shortlistRoutes;
