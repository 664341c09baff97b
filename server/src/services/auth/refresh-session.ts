import { eq } from 'drizzle-orm';
import { users } from '@kopir/db';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { ServiceContext } from '../context.ts';
import { toUser } from '../users/to-user.ts';
import { rotateRefreshToken } from './refresh-tokens.ts';
import type { SessionGrant } from './session-grant.ts';

const invalidRefresh = () => new AppError('INVALID_REFRESH_TOKEN', 'The session has ended; sign in again');

/** A new access token and refresh token for a valid refresh token; a replay ends the session. */
export async function refreshSession({
  ctx,
  input: { presented, refreshTtlDays },
}: {
  ctx: ServiceContext;
  /** `presented`: the refresh token of the cookie, if any. */
  input: { presented: string | undefined; refreshTtlDays: number };
}): Promise<SessionGrant> {
  if (!presented) throw invalidRefresh();
  const result = await rotateRefreshToken(ctx.db, presented, refreshTtlDays, ctx.now());
  if (result.outcome === 'reused') {
    // Recorded after the revocation committed: the 401 below must not roll it back.
    await recordAudit(ctx.db, {
      action: 'auth.refresh_reuse_detected',
      actorUserId: result.userId,
      targetType: 'user',
      targetId: result.userId,
      ip: ctx.ip,
      details: { sessionId: result.sessionId },
    });
    throw new AppError('REFRESH_TOKEN_REUSED', 'This session was used from somewhere else, so it was ended everywhere; sign in again');
  }
  if (result.outcome === 'ended') {
    // A tab that outlived its sign-out: the session ended on purpose, nothing was stolen.
    await recordAudit(ctx.db, {
      action: 'auth.refresh_after_end',
      actorUserId: result.userId,
      targetType: 'user',
      targetId: result.userId,
      ip: ctx.ip,
      details: { reason: result.reason },
    });
    throw new AppError('SESSION_ENDED', 'This session has ended; sign in again');
  }
  if (result.outcome === 'invalid') throw invalidRefresh();
  const [user] = await ctx.db.select().from(users).where(eq(users.id, result.userId));
  return { user: toUser(user!), sessionId: result.sessionId, refresh: result.next };
}
