import { and, eq, isNull } from 'drizzle-orm';
import { users, type Transaction } from '@kopir/db';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { activateMembership, pendingMembershipOf } from '../memberships/activate.ts';
import { toUser } from '../users/to-user.ts';
import { queueAccountEmail } from './account-emails.ts';
import { findLiveToken, issueAccountToken, spendOutstanding, spendToken } from './account-tokens.ts';
import { startSession } from './refresh-tokens.ts';
import type { SessionGrant } from './session-grant.ts';

export const invalidLink = (path = 'body.token') =>
  new AppError(400, 'LINK_INVALID', 'This link is not valid any more: it was used already or has expired', [{ path, message: 'Used or expired' }]);

/**
 * Marks an address as confirmed (the link reached it) and completes what waited on it: a
 * membership by the organisation's proven domain becomes active.
 */
export async function confirmAddress(tx: Transaction, userId: string, ctx: ServiceContext): Promise<void> {
  const now = ctx.now();
  const [updated] = await tx.update(users).set({ emailVerifiedAt: now, updatedAt: now }).where(and(eq(users.id, userId), isNull(users.emailVerifiedAt))).returning({ id: users.id });
  if (!updated) return;
  await recordAudit(tx, { action: 'auth.email_verified', actorUserId: userId, targetType: 'user', targetId: userId, ip: ctx.ip });
  const pending = await pendingMembershipOf(tx, userId);
  if (pending?.via === 'domain') {
    await activateMembership(tx, { userId, organisationId: pending.organisationId, via: 'domain' }, now);
    await recordAudit(tx, { action: 'membership.joined', actorUserId: userId, targetType: 'organisation', targetId: pending.organisationId, ip: ctx.ip, details: { via: 'domain' } });
  }
}

/** Follows a verification link: the address is confirmed and the person signed in (the link proves the mailbox). */
export async function verifyEmail({ ctx, token, refreshTtlDays }: { ctx: ServiceContext; token: string; refreshTtlDays: number }): Promise<SessionGrant> {
  return ctx.db.transaction(async (tx) => {
    const link = await findLiveToken(tx, 'verify_email', token, ctx.now());
    if (!link?.userId) throw invalidLink();
    await spendToken(tx, link.id, ctx.now());
    await confirmAddress(tx, link.userId, ctx);
    const [user] = await tx.select().from(users).where(eq(users.id, link.userId));
    if (!user || user.disabledAt) throw invalidLink();
    return { user: toUser(user), ...(await startSession(tx, user.id, refreshTtlDays, ctx.now())) };
  });
}

/** Sends a fresh verification link to the signed-in person's address; earlier links stop working. */
export async function resendVerification({ ctx }: { ctx: ServiceContext }): Promise<void> {
  const actor = signedInActor(ctx);
  await ctx.db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, actor.id));
    if (!user || user.emailVerifiedAt) throw new AppError(409, 'EMAIL_ALREADY_VERIFIED', 'Your address is confirmed already');
    await spendOutstanding(tx, user.id, 'verify_email', ctx.now());
    const token = await issueAccountToken(tx, 'verify_email', { email: user.email, userId: user.id }, ctx.now());
    await queueAccountEmail(tx, 'verify_email', { address: user.email, locale: user.locale }, `${ctx.publicUrl}/verify-email?token=${token}`);
  });
}
