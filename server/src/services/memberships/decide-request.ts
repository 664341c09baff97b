import { and, asc, eq, sql } from 'drizzle-orm';
import { memberships, organisations, users } from '@kopir/db';
import { inputRules, pickText } from '@kopir/shared';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { queueAccountEmail } from '../auth/account-emails.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { enqueueSearchUpdate } from '../../search/outbox/enqueue.ts';
import { activateMembership } from './activate.ts';

/** Requests to join an organisation that wait for an admin, oldest first. */
export async function listJoinRequests({ ctx }: { ctx: ServiceContext }) {
  const rows = await ctx.db
    .select({ membership: memberships, user: users, organisation: organisations })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.status, 'pending'), eq(memberships.via, 'approval')))
    .orderBy(asc(memberships.createdAt));
  return {
    items: rows.map(({ membership, user, organisation }) => ({
      id: membership.id,
      userId: user.id,
      fullName: user.fullName,
      email: user.email,
      emailVerified: user.emailVerifiedAt !== null,
      organisationId: organisation.id,
      organisationName: organisation.name,
      requestedAt: membership.createdAt.toISOString(),
    })),
  };
}

/** An admin approves or rejects a request to join, having checked the person's tie to the organisation. */
export async function decideJoinRequest({ ctx, input: { id, approve } }: { ctx: ServiceContext; input: { id: string; approve: boolean } }) {
  const admin = signedInActor(ctx);
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ membership: memberships, user: users, organisation: organisations })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(and(eq(memberships.id, id), eq(memberships.status, 'pending')))
      .for('update', { of: memberships });
    if (!row) throw notFound('The pending request');
    const { membership, user, organisation } = row;
    if (approve) {
      await activateMembership(tx, { userId: user.id, organisationId: organisation.id, via: membership.via, decidedBy: admin.id }, ctx.now());
    } else {
      await tx.update(memberships).set({ status: 'rejected', decidedBy: admin.id, decidedAt: ctx.now() }).where(eq(memberships.id, id));
    }
    await recordAudit(tx, {
      action: approve ? 'membership.approved' : 'membership.rejected',
      actorUserId: admin.id,
      targetType: 'membership',
      targetId: id,
      ip: ctx.ip,
      details: { userId: user.id, organisationId: organisation.id },
    });
    await queueAccountEmail(
      tx,
      approve ? 'join_approved' : 'join_rejected',
      { address: user.email, locale: user.locale },
      `${ctx.publicUrl}/profile`,
      pickText(organisation.name, user.locale),
    );
  });
}

const domainPattern = /^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** An admin records the email domain an organisation has proven (or clears it); members cannot change it. */
export async function setVerifiedDomain({
  ctx,
  input: { organisationId, domain },
}: {
  ctx: ServiceContext;
  input: { organisationId: string; domain: string | null };
}) {
  const admin = signedInActor(ctx);
  const normalised =
    domain
      ?.trim()
      .toLowerCase()
      .replace(/^www\./, '') ?? null;
  if (normalised !== null && !domainPattern.test(normalised)) {
    throw new AppError('VALIDATION_FAILED', 'Give a domain like kaznu.kz', [
      { path: 'body.domain', message: 'Give a domain like kaznu.kz', rule: inputRules.domainFormat },
    ]);
  }
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(organisations)
      .set({ verifiedDomain: normalised, version: sql`${organisations.version} + 1`, updatedAt: ctx.now() })
      .where(eq(organisations.id, organisationId))
      .returning();
    if (!row) throw notFound('The organisation');
    await enqueueSearchUpdate(tx, 'organisation', row.id, row.version);
    await recordAudit(tx, {
      action: 'organisation.domain_set',
      actorUserId: admin.id,
      targetType: 'organisation',
      targetId: organisationId,
      ip: ctx.ip,
      details: { domain: normalised },
    });
    return row;
  });
}
