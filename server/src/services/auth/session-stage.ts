import { and, eq, isNull, sql } from 'drizzle-orm';
import { sessions, users } from '@kopir/db';
import type { AccountStage } from '../../access/actor.ts';
import { stageOf } from '../../access/load-actor.ts';
import type { ServiceContext } from '../context.ts';

/**
 * The stage of a session just granted (signed in, verified, refreshed), as the next request will
 * find it: null when the session or the account ended meanwhile.
 */
export async function sessionStage({ ctx, input }: { ctx: ServiceContext; input: { userId: string; sessionId: string } }): Promise<AccountStage | null> {
  const [row] = await ctx.db
    .select({
      role: users.role,
      emailVerified: sql<boolean>`${users.emailVerifiedAt} is not null`,
      totpEnabled: sql<boolean>`${users.totpEnabledAt} is not null`,
      secondFactorDone: sql<boolean>`${sessions.secondFactorAt} is not null`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, input.sessionId), eq(sessions.userId, input.userId), isNull(sessions.revokedAt), isNull(users.disabledAt)));
  return row ? stageOf(row) : null;
}
