import { and, eq, isNull, sql } from 'drizzle-orm';
import { users } from '@kopir/db';
import { recordAudit } from '../audit/record-audit.ts';
import { withTransaction, type ServiceContext } from '../context.ts';
import { queueAccountEmail } from './account-emails.ts';
import { findLiveToken, issueAccountToken, spendOutstanding, spendToken } from './account-tokens.ts';
import { hashPassword } from './password.ts';
import { assertStrongPassword } from './password-strength.ts';
import { revokeAllForUser } from './refresh-tokens.ts';
import { confirmAddress, invalidLink } from './verify-email.ts';

/**
 * Sends a single-use reset link (one hour) to the address if it has an active account. The caller
 * gets the same answer either way, so the form cannot tell who has an account.
 */
export async function requestPasswordReset({ ctx, input: { email } }: { ctx: ServiceContext; input: { email: string } }): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [user] = await tx
      .select()
      .from(users)
      .where(and(eq(sql`lower(${users.email})`, email), isNull(users.disabledAt)));
    if (!user) return;
    await spendOutstanding(tx, user.id, 'reset_password', ctx.now());
    const token = await issueAccountToken(tx, 'reset_password', { email: user.email, userId: user.id }, ctx.now());
    await queueAccountEmail(tx, 'reset_password', { address: user.email, locale: user.locale }, `${ctx.publicUrl}/reset-password#token=${token}`);
    await recordAudit(tx, { action: 'auth.password_reset_requested', actorUserId: user.id, targetType: 'user', targetId: user.id, ip: ctx.ip });
  });
}

/**
 * Sets a password from an emailed link: a reset link, or the link an invited staff member got.
 * The link works once; every session of the account ends (a reset usually means someone else
 * may have had it), and the address counts as confirmed, since the link reached it.
 */
export async function setPasswordFromLink({
  ctx,
  input: { token, password },
}: {
  ctx: ServiceContext;
  input: { token: string; password: string };
}): Promise<void> {
  const now = ctx.now();
  const link = await ctx.db.transaction(
    async (tx) => (await findLiveToken(tx, 'reset_password', token, now)) ?? (await findLiveToken(tx, 'set_password', token, now)),
  );
  if (!link?.userId) throw invalidLink();
  const [user] = await ctx.db.select().from(users).where(eq(users.id, link.userId));
  if (!user || user.disabledAt) throw invalidLink();
  await assertStrongPassword(password, [user.email, user.fullName]);
  const passwordHash = await hashPassword(password);
  await withTransaction(ctx, async (ctx) => {
    const tx = ctx.db;
    // Locked again: two tabs submitting the same link must not both succeed.
    const live = (await findLiveToken(tx, link.purpose, token, now)) ?? null;
    if (!live) throw invalidLink();
    await spendToken(tx, live.id, now);
    await tx.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, user.id));
    await revokeAllForUser(tx, user.id, link.purpose === 'reset_password' ? 'password reset' : 'password set', now);
    await confirmAddress({ ctx, input: { userId: user.id } });
    await recordAudit(tx, {
      action: link.purpose === 'reset_password' ? 'auth.password_reset' : 'auth.password_set',
      actorUserId: user.id,
      targetType: 'user',
      targetId: user.id,
      ip: ctx.ip,
    });
  });
}
