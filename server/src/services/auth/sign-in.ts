import { eq, sql } from 'drizzle-orm';
import { users } from '@kopir/db';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { ServiceContext } from '../context.ts';
import { toUser } from '../users/to-user.ts';
import { verifyPassword } from './password.ts';
import { startSession } from './refresh-tokens.ts';
import type { SessionGrant } from './session-grant.ts';
import { countAttempt, signInKeys, signInSucceeded, type ThrottleSubject } from './sign-in-throttle.ts';

/** The same answer for an unknown email, a wrong password and a disabled account. */
const invalidCredentials = () => new AppError('INVALID_CREDENTIALS', 'The email or the password is wrong');

/**
 * Checks the password and starts a session. A session of an account that needs a second factor
 * starts without it: until the code is given, only the routes that take it answer.
 */
export async function signIn({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  /** `isTrusted`: whether the request's device cookie is genuine for the account's password hash. */
  input: { email: string; password: string; refreshTtlDays: number; isTrusted: (passwordHash: string | null | undefined) => boolean };
}): Promise<SessionGrant> {
  const { refreshTtlDays, isTrusted } = input;
  const [user] = await ctx.db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, input.email));
  const subject: ThrottleSubject = { email: input.email, ip: ctx.ip, trustedDevice: isTrusted(user?.passwordHash) };
  // Counted before the (slow) password check, so attempts sent all at once are counted too.
  await countAttempt(ctx.db, signInKeys(subject), ctx.now());
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
    await signInSucceeded(tx, subject);
    await tx.update(users).set({ lastSignInAt: ctx.now() }).where(eq(users.id, user.id));
    await recordAudit(tx, { action: 'auth.signed_in', actorUserId: user.id, targetType: 'user', targetId: user.id, ip: ctx.ip });
    return { user: toUser(user), passwordHash: user.passwordHash, ...(await startSession(tx, user.id, refreshTtlDays, ctx.now())) };
  });
}
