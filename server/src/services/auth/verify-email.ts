import { inputRules } from '@kopir/shared';
import { and, eq, isNull } from 'drizzle-orm';
import { accountTokens, memberships, organisations, users, type Transaction } from '@kopir/db';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { signedInActor, withTransaction, type ServiceContext } from '../context.ts';
import { activateMembership, pendingMembershipOf } from '../memberships/activate.ts';
import { toUser } from '../users/to-user.ts';
import { queueAccountEmail } from './account-emails.ts';
import { findLiveToken, hashToken, issueAccountToken, spendOutstanding, spendToken } from './account-tokens.ts';
import { verifyPassword } from './password.ts';
import { revokeAllForUser, startSession } from './refresh-tokens.ts';
import { isOnDomain } from '../memberships/email-domain.ts';
import type { SessionGrant } from './session-grant.ts';

export const invalidLink = (path = 'body.token') =>
  new AppError('LINK_INVALID', 'This link is not valid any more: it was used already or has expired', [
    { path, message: 'Used or expired', rule: inputRules.linkInvalid },
  ]);

/**
 * Marks an address as confirmed (the link reached it) and completes what waited on it: a
 * membership by the organisation's proven domain becomes active.
 */
export async function confirmAddress({ ctx, input: { userId } }: { ctx: ServiceContext & { db: Transaction }; input: { userId: string } }): Promise<void> {
  const { db: tx } = ctx;
  const now = ctx.now();
  const [updated] = await tx
    .update(users)
    .set({ emailVerifiedAt: now, updatedAt: now })
    .where(and(eq(users.id, userId), isNull(users.emailVerifiedAt)))
    .returning({ id: users.id });
  if (!updated) return;
  await recordAudit(tx, { action: 'auth.email_verified', actorUserId: userId, targetType: 'user', targetId: userId, ip: ctx.ip });
  const pending = await pendingMembershipOf(tx, userId);
  if (pending?.via !== 'domain') return;
  // The domain is checked again now: an admin may have withdrawn it since the registration.
  const [row] = await tx
    .select({ email: users.email, domain: organisations.verifiedDomain })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, pending.organisationId))
    .where(eq(users.id, userId));
  if (row && isOnDomain(row.email, row.domain)) {
    await activateMembership(tx, { userId, organisationId: pending.organisationId, via: 'domain' }, now);
    await recordAudit(tx, {
      action: 'membership.joined',
      actorUserId: userId,
      targetType: 'organisation',
      targetId: pending.organisationId,
      ip: ctx.ip,
      details: { via: 'domain' },
    });
  } else {
    await tx.update(memberships).set({ via: 'approval' }).where(eq(memberships.id, pending.id));
  }
}

/**
 * Follows a verification link, with the account's password: the link proves the mailbox, the
 * password that whoever clicks it is whoever registered. (Without the password, someone who
 * registered another person's address first would be let in by that person's one click.) Every
 * earlier session ends, and the person is signed in.
 */
export async function verifyEmail({
  ctx,
  input: { token, password, refreshTtlDays },
}: {
  ctx: ServiceContext;
  input: { token: string; password: string; refreshTtlDays: number };
}): Promise<SessionGrant> {
  const now = ctx.now();
  const [candidate] = await ctx.db
    .select({ user: users })
    .from(accountTokens)
    .innerJoin(users, eq(users.id, accountTokens.userId))
    .where(eq(accountTokens.tokenHash, hashToken(token)));
  const passwordMatches = await verifyPassword(candidate?.user.passwordHash, password);
  return withTransaction(ctx, async (ctx) => {
    const tx = ctx.db;
    const link = await findLiveToken(tx, 'verify_email', token, now);
    if (!link?.userId || link.userId !== candidate?.user.id) throw invalidLink();
    if (!passwordMatches)
      throw new AppError('WRONG_PASSWORD', 'This is not the password of the account being confirmed', [
        { path: 'body.password', message: 'Not this account’s password', rule: inputRules.wrongPassword },
      ]);
    await spendToken(tx, link.id, now);
    await confirmAddress({ ctx, input: { userId: link.userId } });
    await revokeAllForUser(tx, link.userId, 'address confirmed', now);
    const [user] = await tx.select().from(users).where(eq(users.id, link.userId));
    if (!user || user.disabledAt) throw invalidLink();
    return { user: toUser(user), passwordHash: user.passwordHash, ...(await startSession(tx, user.id, refreshTtlDays, now)) };
  });
}

/** Sends a fresh verification link to the signed-in person's address; earlier links stop working. */
export async function resendVerification({ ctx }: { ctx: ServiceContext }): Promise<void> {
  const actor = signedInActor(ctx);
  await ctx.db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, actor.id));
    if (!user || user.emailVerifiedAt) throw new AppError('EMAIL_ALREADY_VERIFIED', 'Your address is confirmed already');
    await spendOutstanding(tx, user.id, 'verify_email', ctx.now());
    const token = await issueAccountToken(tx, 'verify_email', { email: user.email, userId: user.id }, ctx.now());
    await queueAccountEmail(tx, 'verify_email', { address: user.email, locale: user.locale }, `${ctx.publicUrl}/verify-email#token=${token}`);
  });
}
