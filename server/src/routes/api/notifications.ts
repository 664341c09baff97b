import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiErrorSchema, notificationListSchema } from '@kopir/shared';
import { allow } from '../../access/rules.ts';
import { contextOf } from '../../services/context.ts';
import { listNotifications, markRead } from '../../services/notifications/notify.ts';

const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/notifications',
    {
      config: { access: allow.signedIn('only one’s own') },
      schema: { tags: ['notifications'], summary: 'My notifications, newest first, and how many are unread', response: { 200: notificationListSchema } },
    },
    async (request) => listNotifications({ ctx: contextOf(request) }),
  );

  app.post(
    '/notifications/read',
    {
      config: { access: allow.signedIn('only one’s own') },
      schema: {
        tags: ['notifications'],
        summary: 'Mark notifications read: the ids given, or all',
        body: z.strictObject({ ids: z.array(z.number().int().positive()).max(200).optional() }),
        response: { 200: notificationListSchema, 400: apiErrorSchema },
      },
    },
    async (request) => markRead({ ctx: contextOf(request), input: request.body }),
  );
};

export default notificationRoutes;
