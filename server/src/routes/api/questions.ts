import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  apiErrorSchema,
  askQuestionSchema,
  collaborationFromQuestionSchema,
  collaborationSchema,
  messageSchema,
  postMessageSchema,
  questionListSchema,
  questionSchema,
} from '@kopir/shared';
import { allow } from '../../access/rules.ts';
import { contextOf } from '../../services/context.ts';
import { askQuestion } from '../../services/conversations/ask-question.ts';
import { getQuestion } from '../../services/conversations/get-question.ts';
import { listQuestions } from '../../services/conversations/list-questions.ts';
import { postQuestionMessage } from '../../services/conversations/post-message.ts';
import { startCollaborationFromQuestion } from '../../services/conversations/start-from-question.ts';

const idParams = z.strictObject({ id: z.uuid() });
const errors = { 400: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema };
const parties = 'the people of the question’s two organisations (the company’s, the lab’s); to anyone else it does not exist (404)';

const questionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/questions',
    {
      config: { access: allow.roles(['company', 'researcher'], 'a company asks about an active lab, a researcher about an open need') },
      schema: {
        tags: ['conversations'],
        summary: 'Ask a lab’s researchers or a need’s company a question, before any proposal',
        description:
          'One conversation per organisation and lab or need: 409 `QUESTION_EXISTS` (with `details.questionId`) if yours has one, ' +
          'to write in instead. 429 `QUESTION_LIMIT_REACHED` after 20 new questions in a day (Kazakhstan’s).',
        body: askQuestionSchema,
        response: { 201: questionSchema, ...errors, 429: apiErrorSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await askQuestion({ ctx: contextOf(request), input: request.body })),
  );

  app.get(
    '/questions',
    {
      config: { access: allow.roles(['company', 'researcher'], 'the questions one’s own organisation asked or was asked') },
      schema: {
        tags: ['conversations'],
        summary: 'The questions my organisation asked or was asked, latest activity first',
        response: { 200: questionListSchema },
      },
    },
    async (request) => ({ items: await listQuestions({ ctx: contextOf(request) }) }),
  );

  app.get(
    '/questions/:id',
    {
      config: { access: allow.roles(['company', 'researcher'], parties) },
      schema: { tags: ['conversations'], summary: 'A question and its conversation', params: idParams, response: { 200: questionSchema, ...errors } },
    },
    async (request) => getQuestion({ ctx: contextOf(request), input: { id: request.params.id } }),
  );

  app.post(
    '/questions/:id/messages',
    {
      config: { access: allow.roles(['company', 'researcher'], parties) },
      schema: {
        tags: ['conversations'],
        summary: 'Answer a question, or write again in its conversation',
        params: idParams,
        body: postMessageSchema,
        response: { 201: messageSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await postQuestionMessage({ ctx: contextOf(request), input: { id: request.params.id, body: request.body.body } })),
  );

  app.post(
    '/questions/:id/collaboration',
    {
      config: { access: allow.roles(['company', 'researcher'], `${parties}; the pair must be theirs`) },
      schema: {
        tags: ['conversations'],
        summary: 'Turn a question into a collaboration: the company invites, the lab proposes',
        description:
          'The side starting it names its own half of the pair if the question does not (`needId` for the company, `labId` for the ' +
          'researchers): 409 `QUESTION_INCOMPLETE` naming the field otherwise. The same guards as any collaboration apply ' +
          '(`COLLABORATION_EXISTS`, `PROPOSAL_DECLINED_RECENTLY`).',
        headers: z.object({ 'idempotency-key': z.string().min(8).max(200).optional() }),
        params: idParams,
        body: collaborationFromQuestionSchema,
        response: { 200: collaborationSchema, 201: collaborationSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { collaboration, created } = await startCollaborationFromQuestion({
        ctx: contextOf(request),
        input: { ...request.body, id: request.params.id, idempotencyKey: request.headers['idempotency-key'] },
      });
      return reply.status(created ? 201 : 200).send(collaboration);
    },
  );
};

export default questionRoutes;
