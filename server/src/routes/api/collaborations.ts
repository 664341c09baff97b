import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  apiErrorSchema,
  collaborationSchema,
  collaborationTransitionSchema,
  createCollaborationSchema,
  messageListSchema,
  messageSchema,
  postMessageSchema,
} from '@kopir/shared';
import { allow } from '../../access/rules.ts';
import { createCollaboration } from '../../services/collaborations/create-collaboration.ts';
import { getCollaboration } from '../../services/collaborations/get-collaboration.ts';
import { listCollaborations } from '../../services/collaborations/list-collaborations.ts';
import { transitionCollaboration } from '../../services/collaborations/transition-collaboration.ts';
import { contextOf } from '../../services/context.ts';
import { listCollaborationMessages } from '../../services/conversations/collaboration-messages.ts';
import { postCollaborationMessage } from '../../services/conversations/post-message.ts';

const idParams = z.strictObject({ id: z.uuid() });
const errors = { 400: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema };
const parties = 'the need’s company or the lab’s researchers';

const collaborationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/collaborations',
    {
      config: { access: allow.roles(['company', 'researcher'], parties) },
      schema: {
        tags: ['collaborations'],
        summary: 'Invite a lab to a need, or propose a lab for a need; repeat safely with the same Idempotency-Key',
        description:
          '409 `COLLABORATION_EXISTS` (with `details.collaborationId`) while the pair has one proposed, accepted or contracted; ' +
          '409 `PROPOSAL_DECLINED_RECENTLY` (with `details.declinedOn` and `details.proposeAgainOn`, dates in Kazakhstan) for 90 days ' +
          'after the other side declined a proposal of yours for the pair. The side that declined may start one at once.',
        headers: z.object({ 'idempotency-key': z.string().min(8).max(200).optional() }),
        body: createCollaborationSchema,
        response: { 200: collaborationSchema, 201: collaborationSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { collaboration, created } = await createCollaboration({
        ctx: contextOf(request),
        input: { ...request.body, idempotencyKey: request.headers['idempotency-key'] },
      });
      return reply.status(created ? 201 : 200).send(collaboration);
    },
  );

  app.get(
    '/collaborations',
    {
      config: { access: allow.roles(['company', 'researcher', 'ministry', 'admin'], 'one’s own organisation’s; the ministry and admins all') },
      schema: {
        tags: ['collaborations'],
        summary: 'The newest collaborations I take part in',
        response: { 200: z.object({ items: z.array(collaborationSchema) }) },
      },
    },
    async (request) => ({ items: await listCollaborations({ ctx: contextOf(request) }) }),
  );

  app.get(
    '/collaborations/:id',
    {
      config: { access: allow.roles(['company', 'researcher', 'ministry', 'admin'], `${parties}; the ministry and admins`) },
      schema: {
        tags: ['collaborations'],
        summary: 'One collaboration with its timeline and the actions I may take',
        params: idParams,
        response: { 200: collaborationSchema, ...errors },
      },
    },
    async (request) => getCollaboration({ ctx: contextOf(request), input: { id: request.params.id } }),
  );

  app.post(
    '/collaborations/:id/transitions',
    {
      config: { access: allow.roles(['company', 'researcher'], `${parties}, each step only by the party whose step it is`) },
      schema: {
        tags: ['collaborations'],
        summary: 'Accept, decline, record the contract, record completion, or cancel',
        description:
          'A decline or a cancellation requires `reasonCode`, one of that step’s closed list (the schema names them; counted by the ' +
          '“why matches fail” indicators), and takes an explanation in words as `reason` (optional). A missing or unknown code is a 400 ' +
          'naming `body.reasonCode`.',
        params: idParams,
        body: collaborationTransitionSchema,
        response: { 200: collaborationSchema, ...errors },
      },
    },
    async (request) => transitionCollaboration({ ctx: contextOf(request), input: { id: request.params.id, transition: request.body } }),
  );

  app.get(
    '/collaborations/:id/messages',
    {
      config: { access: allow.roles(['company', 'researcher'], `${parties} only: the ministry and admins read a collaboration, not its conversation`) },
      schema: {
        tags: ['conversations'],
        summary: 'A collaboration’s conversation, oldest first',
        params: idParams,
        response: { 200: messageListSchema, ...errors },
      },
    },
    async (request) => ({ items: await listCollaborationMessages({ ctx: contextOf(request), input: { id: request.params.id } }) }),
  );

  app.post(
    '/collaborations/:id/messages',
    {
      config: { access: allow.roles(['company', 'researcher'], `${parties}, at any stage`) },
      schema: {
        tags: ['conversations'],
        summary: 'Write in a collaboration’s conversation',
        params: idParams,
        body: postMessageSchema,
        response: { 201: messageSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await postCollaborationMessage({ ctx: contextOf(request), input: { id: request.params.id, body: request.body.body } })),
  );
};

export default collaborationRoutes;
