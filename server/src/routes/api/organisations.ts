import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  apiErrorSchema,
  organisationDetailSchema,
  organisationKindSchema,
  organisationListingsSchema,
  organisationPublicSchema,
  pageOf,
  pageQuerySchema,
  regionCodeSchema,
  text,
  textLimits,
  updateOrganisationSchema,
  invitationRequestSchema,
  memberSchema,
} from '@kopir/shared';
import { allow } from '../../access/rules.ts';
import { contextOf } from '../../services/context.ts';
import { getOrganisation } from '../../services/organisations/get-organisation.ts';
import { listOrganisations } from '../../services/organisations/list-organisations.ts';
import { listOrganisationListings } from '../../services/organisations/list-listings.ts';
import { toOrganisationDetail, toOrganisationPublic } from '../../services/organisations/to-organisation.ts';
import { updateOrganisation } from '../../services/organisations/update-organisation.ts';
import { inviteColleague, listMembers, revokeMember } from '../../services/memberships/members.ts';

const idParams = z.strictObject({ id: z.uuid() });

const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/organisations',
    {
      config: { access: allow.public('public fields only') },
      schema: {
        tags: ['organisations'],
        summary: 'Find organisations by name, kind and region (e.g. to join one when registering)',
        querystring: z.strictObject({
          q: text(textLimits.short).optional(),
          kind: organisationKindSchema.optional(),
          region: regionCodeSchema.optional(),
          ...pageQuerySchema,
        }),
        response: { 200: pageOf(organisationPublicSchema), 400: apiErrorSchema },
      },
    },
    async (request) => {
      const { q, kind, region, page, pageSize } = request.query;
      const { rows, total } = await listOrganisations({ ctx: contextOf(request), input: { q, kind, regionCode: region, page, pageSize } });
      return { items: rows.map((row) => toOrganisationPublic(row.organisation)), total, page, pageSize };
    },
  );

  app.get(
    '/organisations/:id',
    {
      config: { access: allow.public('contacts and BIN only for signed-in users') },
      schema: {
        tags: ['organisations'],
        summary: 'One organisation: public fields for anyone, contacts for signed-in users',
        params: idParams,
        response: { 200: z.union([organisationDetailSchema, organisationPublicSchema]), 404: apiErrorSchema },
      },
    },
    async (request) => {
      const row = await getOrganisation({ ctx: contextOf(request), input: { id: request.params.id } });
      return request.actor ? toOrganisationDetail(row) : toOrganisationPublic(row);
    },
  );

  app.get(
    '/organisations/:id/listings',
    {
      config: { access: allow.public('active labs and open public needs; never a confidential need, which would name its company') },
      schema: {
        tags: ['organisations'],
        summary: 'What an organisation’s page lists: its active labs and open public needs',
        params: idParams,
        response: { 200: organisationListingsSchema, 404: apiErrorSchema },
      },
    },
    async (request) => listOrganisationListings({ ctx: contextOf(request), input: { id: request.params.id } }),
  );

  app.patch(
    '/organisations/:id',
    {
      config: { access: allow.roles(['researcher', 'company'], 'member of that organisation') },
      schema: {
        tags: ['organisations'],
        summary: 'Update one’s own organisation',
        params: idParams,
        body: updateOrganisationSchema,
        response: { 200: organisationDetailSchema, 400: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema },
      },
    },
    async (request) => toOrganisationDetail(await updateOrganisation({ ctx: contextOf(request), input: { id: request.params.id, changes: request.body } })),
  );

  const memberRule = allow.roles(['researcher', 'company'], 'members of that organisation');

  app.get(
    '/organisations/:id/members',
    {
      config: { access: memberRule },
      schema: {
        tags: ['organisations'],
        summary: 'Who belongs to my organisation (and who asked to), how and since when',
        params: idParams,
        response: { 200: z.object({ items: z.array(memberSchema) }), 403: apiErrorSchema },
      },
    },
    async (request) => listMembers({ ctx: contextOf(request), input: { organisationId: request.params.id } }),
  );

  app.delete(
    '/organisations/:id/members/:userId',
    {
      config: { access: memberRule },
      schema: {
        tags: ['organisations'],
        summary: 'Remove someone from my organisation; they are signed out everywhere',
        params: z.strictObject({ id: z.uuid(), userId: z.uuid() }),
        response: { 204: z.null(), 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema },
      },
    },
    async (request, reply) => {
      await revokeMember({ ctx: contextOf(request), input: { organisationId: request.params.id, userId: request.params.userId } });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/organisations/:id/invitations',
    {
      config: { access: memberRule, rateLimit: { max: 20, timeWindow: '1 hour', keyGenerator: (request) => `invite:${request.actor?.id ?? request.ip}` } },
      schema: {
        tags: ['organisations'],
        summary: 'Invite a colleague by email to join my organisation',
        params: idParams,
        body: invitationRequestSchema,
        response: { 202: z.null(), 400: apiErrorSchema, 403: apiErrorSchema },
      },
    },
    async (request, reply) => {
      await inviteColleague({ ctx: contextOf(request), input: { organisationId: request.params.id, email: request.body.email } });
      return reply.status(202).send(null);
    },
  );
};

export default organisationRoutes;
