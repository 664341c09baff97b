import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { accountTokens, memberships, organisations, users } from '@kopir/db';
import { pickText } from '@kopir/shared';
import { assertMemberOf } from '../../access/actor.ts';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { queueAccountEmail } from '../auth/account-emails.ts';
import { issueAccountToken } from '../auth/account-tokens.ts';
import { revokeAllForUser } from '../auth/refresh-tokens.ts';
import { signedInActor, type ServiceContext } from '../context.ts';

/** Who belongs to the organisation (and who asked to), how each one joined, and when: for its members. */
export async function listMembers({ ctx, input: { organisationId } }: { ctx: ServiceContext; input: { organisationId: string } }) {
  assertMemberOf(signedInActor(ctx), organisationId);
  const inviter = alias(users, 'inviter');
  // Requests to join an unverified organisation are for an admin: its first member may be anyone.
  const [organisation] = await ctx.db.select({ verifiedAt: organisations.verifiedAt }).from(organisations).where(eq(organisations.id, organisationId));
  const shown = organisation?.verifiedAt ? (['active', 'pending'] as const) : (['active'] as const);
  const rows = await ctx.db
    .select({ membership: memberships, user: users, invitedByName: inviter.fullName })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(inviter, eq(inviter.id, memberships.invitedBy))
    .where(and(eq(memberships.organisationId, organisationId), inArray(memberships.status, [...shown])))
    .orderBy(desc(memberships.createdAt));
  return {
    items: rows.map(({ membership, user, invitedByName }) => ({
      userId: user.id,
      fullName: user.fullName,
      email: user.email,
      role: user.role,
      via: membership.via,
      status: membership.status as 'active' | 'pending',
      invitedByName,
      since: (membership.decidedAt ?? membership.createdAt).toISOString(),
    })),
  };
}

/** A member removes someone from the organisation: their membership ends and they are signed out everywhere. */
export async function revokeMember({ ctx, input: { organisationId, userId } }: { ctx: ServiceContext; input: { organisationId: string; userId: string } }) {
  const actor = signedInActor(ctx);
  assertMemberOf(actor, organisationId);
  if (userId === actor.id) throw new AppError('CANNOT_REVOKE_SELF', 'You cannot remove yourself; ask another member');
  await ctx.db.transaction(async (tx) => {
    const [ended] = await tx
      .update(memberships)
      .set({ status: 'revoked', decidedBy: actor.id, decidedAt: ctx.now() })
      .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId), inArray(memberships.status, ['active', 'pending'])))
      .returning({ id: memberships.id });
    const [member] = await tx
      .update(users)
      .set({ organisationId: null, updatedAt: ctx.now() })
      .where(and(eq(users.id, userId), eq(users.organisationId, organisationId)))
      .returning({ id: users.id });
    if (!ended && !member) throw notFound('The member');
    // Only someone who belonged here is signed out; their invitations to it die with their membership.
    if (member) await revokeAllForUser(tx, userId, 'membership revoked', ctx.now());
    await tx
      .update(accountTokens)
      .set({ usedAt: ctx.now() })
      .where(
        and(
          eq(accountTokens.purpose, 'invitation'),
          eq(accountTokens.organisationId, organisationId),
          eq(accountTokens.createdBy, userId),
          isNull(accountTokens.usedAt),
        ),
      );
    await recordAudit(tx, {
      action: 'membership.revoked',
      actorUserId: actor.id,
      targetType: 'user',
      targetId: userId,
      ip: ctx.ip,
      details: { organisationId },
    });
  });
}

/** A member invites a colleague by email; the link (14 days, once) joins that address to the organisation. */
export async function inviteColleague({ ctx, input: { organisationId, email } }: { ctx: ServiceContext; input: { organisationId: string; email: string } }) {
  const actor = signedInActor(ctx);
  assertMemberOf(actor, organisationId);
  await ctx.db.transaction(async (tx) => {
    const [organisation] = await tx.select().from(organisations).where(eq(organisations.id, organisationId));
    const [inviter] = await tx.select().from(users).where(eq(users.id, actor.id));
    if (!organisation || !inviter) throw notFound('The organisation');
    const token = await issueAccountToken(tx, 'invitation', { email, organisationId, createdBy: actor.id }, ctx.now());
    const [existing] = await tx
      .select({ locale: users.locale })
      .from(users)
      .where(eq(sql`lower(${users.email})`, email));
    const locale = existing?.locale ?? inviter.locale;
    // The token rides after '#': browsers never send it to the server, so no access log holds it.
    const link = `${ctx.publicUrl}/sign-up#invitation=${token}&organisation=${organisationId}`;
    await queueAccountEmail(tx, 'invitation', { address: email, locale }, link, `${inviter.fullName} (${pickText(organisation.name, locale)})`);
    await recordAudit(tx, {
      action: 'membership.invited',
      actorUserId: actor.id,
      targetType: 'organisation',
      targetId: organisationId,
      ip: ctx.ip,
      details: { email },
    });
  });
}
