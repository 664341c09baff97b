import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema, meSchema, updateMeSchema } from '@kopir/shared';
import { abilitiesOf } from '../../access/abilities.ts';
import { allow } from '../../access/rules.ts';
import { contextOf } from '../../services/context.ts';
import { getMe } from '../../services/users/get-me.ts';
import { updateMe } from '../../services/users/update-me.ts';

const meRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/me',
    {
      config: { access: allow.signedInBeforeComplete('only oneself') },
      schema: { tags: ['account'], summary: 'The signed-in user and their organisation', response: { 200: meSchema, 401: apiErrorSchema } },
    },
    async (request) => ({ ...(await getMe({ ctx: contextOf(request) })), can: abilitiesOf(request.actor, app.accessTable) }),
  );

  app.patch(
    '/me',
    {
      config: { access: allow.signedInBeforeComplete('only oneself') },
      schema: {
        tags: ['account'],
        summary: 'Change one’s own name or interface language',
        body: updateMeSchema,
        response: { 200: meSchema, 400: apiErrorSchema },
      },
    },
    async (request) => ({ ...(await updateMe({ ctx: contextOf(request), input: request.body })), can: abilitiesOf(request.actor, app.accessTable) }),
  );
};

export default meRoutes;
