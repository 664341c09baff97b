import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  apiErrorSchema,
  auditEntrySchema,
  createStaffAccountSchema,
  organisationAdminSchema,
  organisationDetailSchema,
  organisationKindSchema,
  pageOf,
  pageQuerySchema,
  regionCodeSchema,
  text,
  textLimits,
  updateUserByAdminSchema,
  userRoleSchema,
  userSchema,
  verificationRequestSchema,
  joinDecisionSchema,
  joinRequestSchema,
  verifiedDomainSchema,
} from '@kopir/shared';
import { allow } from '../../access/rules.ts';
import { listAuditLog } from '../../services/audit/list-audit-log.ts';
import { contextOf } from '../../services/context.ts';
import { listOrganisations } from '../../services/organisations/list-organisations.ts';
import { setVerification } from '../../services/organisations/set-verification.ts';
import { toOrganisationDetail } from '../../services/organisations/to-organisation.ts';
import { createStaffAccount } from '../../services/users/create-staff-account.ts';
import { listUsers } from '../../services/users/list-users.ts';
import { updateUserByAdmin } from '../../services/users/update-user-by-admin.ts';
import { decideJoinRequest, listJoinRequests, setVerifiedDomain } from '../../services/memberships/decide-request.ts';

const adminOnly = { access: allow.roles(['admin']) };
const idParams = z.strictObject({ id: z.uuid() });
const errors = { 400: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema };

/** The platform operator's work: verifying organisations, managing accounts, reading the audit log. */
const adminRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/admin/organisations',
    {
      config: adminOnly,
      schema: {
        tags: ['admin'],
        summary: 'Organisations with their contacts, verification and member count, filtered',
        querystring: z.strictObject({
          q: text(textLimits.short).optional(),
          kind: organisationKindSchema.optional(),
          region: regionCodeSchema.optional(),
          verified: z.stringbool().optional(),
          ...pageQuerySchema,
        }),
        response: { 200: pageOf(organisationAdminSchema), ...errors },
      },
    },
    async (request) => {
      const { q, kind, region, verified, page, pageSize } = request.query;
      const { rows, total } = await listOrganisations({ ctx: contextOf(request), input: { q, kind, regionCode: region, verified, page, pageSize } });
      const items = rows.map(({ organisation, memberCount }) => ({
        ...toOrganisationDetail(organisation),
        verificationNote: organisation.verificationNote,
        verifiedDomain: organisation.verifiedDomain,
        memberCount,
        createdAt: organisation.createdAt.toISOString(),
      }));
      return { items, total, page, pageSize };
    },
  );

  app.put(
    '/admin/organisations/:id/verification',
    {
      config: adminOnly,
      schema: {
        tags: ['admin'],
        summary: 'Verify or un-verify an organisation, with the reason',
        params: idParams,
        body: verificationRequestSchema,
        response: { 200: organisationDetailSchema, ...errors },
      },
    },
    async (request) => toOrganisationDetail(await setVerification({ ctx: contextOf(request), input: { id: request.params.id, ...request.body } })),
  );

  app.get(
    '/admin/users',
    {
      config: adminOnly,
      schema: {
        tags: ['admin'],
        summary: 'Accounts, filtered by role or by name and email',
        querystring: z.strictObject({ q: text(textLimits.short).optional(), role: userRoleSchema.optional(), ...pageQuerySchema }),
        response: { 200: pageOf(userSchema), ...errors },
      },
    },
    async (request) => {
      const { q, role, page, pageSize } = request.query;
      return { ...(await listUsers({ ctx: contextOf(request), input: { q, role, page, pageSize } })), page, pageSize };
    },
  );

  app.post(
    '/admin/users',
    {
      config: adminOnly,
      schema: {
        tags: ['admin'],
        summary: 'Create a ministry, region or admin account; the person chooses a password from an emailed link',
        body: createStaffAccountSchema,
        response: { 201: userSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createStaffAccount({ ctx: contextOf(request), input: request.body })),
  );

  app.patch(
    '/admin/users/:id',
    {
      config: adminOnly,
      schema: {
        tags: ['admin'],
        summary: 'Change a user’s role or region, or disable the account',
        params: idParams,
        body: updateUserByAdminSchema,
        response: { 200: userSchema, ...errors },
      },
    },
    async (request) => updateUserByAdmin({ ctx: contextOf(request), input: { id: request.params.id, ...request.body } }),
  );

  app.put(
    '/admin/organisations/:id/domain',
    {
      config: adminOnly,
      schema: {
        tags: ['admin'],
        summary: 'Record the email domain an organisation has proven (people with a confirmed address on it join without approval); null clears it',
        params: idParams,
        body: verifiedDomainSchema,
        response: { 200: organisationDetailSchema, ...errors },
      },
    },
    async (request) =>
      toOrganisationDetail(await setVerifiedDomain({ ctx: contextOf(request), input: { organisationId: request.params.id, domain: request.body.domain } })),
  );

  app.get(
    '/admin/join-requests',
    {
      config: adminOnly,
      schema: {
        tags: ['admin'],
        summary: 'Requests to join an organisation that wait for an admin, oldest first',
        response: { 200: z.object({ items: z.array(joinRequestSchema) }), ...errors },
      },
    },
    async (request) => listJoinRequests({ ctx: contextOf(request) }),
  );

  app.post(
    '/admin/join-requests/:id/decision',
    {
      config: adminOnly,
      schema: {
        tags: ['admin'],
        summary: 'Approve or reject a request to join an organisation',
        params: idParams,
        body: joinDecisionSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await decideJoinRequest({ ctx: contextOf(request), input: { id: request.params.id, approve: request.body.approve } });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/admin/audit-log',
    {
      config: adminOnly,
      schema: {
        tags: ['admin'],
        summary: 'Security and administrative events, newest first',
        querystring: z.strictObject({
          action: z
            .string()
            .regex(/^[a-z_.]+$/)
            .max(60)
            .optional(),
          actorUserId: z.uuid().optional(),
          beforeId: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: z.object({ items: z.array(auditEntrySchema) }), ...errors },
      },
    },
    async (request) => ({ items: await listAuditLog({ ctx: contextOf(request), input: request.query }) }),
  );
};

export default adminRoutes;
