import { eq, sql } from 'drizzle-orm';
import { users } from '@kopir/db';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { ServiceContext } from '../context.ts';
import { toUser } from '../users/to-user.ts';
import { verifyPassword } from './password.ts';
import { startTokenFamily } from './refresh-tokens.ts';
import type { SessionGrant } from './session-grant.ts';

/** The same answer for an unknown email, a wrong password and a disabled account. */
const invalidCredentials = () => new AppError(401, 'INVALID_CREDENTIALS', 'The email or the password is wrong');

export async function signIn({ ctx, input, refreshTtlDays }: { ctx: ServiceContext; input: { email: string; password: string }; refreshTtlDays: number }): Promise<SessionGrant> {
  const [user] = await ctx.db.select().from(users).where(eq(sql`lower(${users.email})`, input.email));
  const passwordMatches = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !passwordMatches || user.disabledAt) {
    await recordAudit(ctx.db, {
      action: 'auth.sign_in_failed',
      actorUserId: user?.id ?? null,
      ip: ctx.ip,
      details: { email: input.email, reason: !user ? 'unknown email' : !passwordMatches ? 'wrong password' : 'account disabled' },
    });
    throw invalidCredentials();
  }
  return ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id));
    await recordAudit(tx, { action: 'auth.signed_in', actorUserId: user.id, targetType: 'user', targetId: user.id, ip: ctx.ip });
    return { user: toUser(user), refresh: await startTokenFamily(tx, user.id, refreshTtlDays) };
  });
}
