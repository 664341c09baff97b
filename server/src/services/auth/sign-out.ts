import { recordAudit } from '../audit/record-audit.ts';
import { personOf } from '../../access/actor.ts';
import type { ServiceContext } from '../context.ts';
import { revokeSession, sessionOfToken } from './refresh-tokens.ts';

/**
 * Ends the session of the presented refresh token, or of the access token when there is no
 * cookie: either way the other stops working on the next request. Signing out twice is fine.
 */
export async function signOut({ ctx, input: { presented } }: { ctx: ServiceContext; input: { presented: string | undefined } }): Promise<void> {
  const session = presented ? await sessionOfToken(ctx.db, presented) : undefined;
  const person = personOf(ctx.actor);
  const sessionId = session?.sessionId ?? person?.sessionId;
  if (!sessionId) return;
  await ctx.db.transaction(async (tx) => {
    await revokeSession(tx, sessionId, 'signed out', ctx.now());
    await recordAudit(tx, { action: 'auth.signed_out', actorUserId: session?.userId ?? person?.id ?? null, ip: ctx.ip, details: { sessionId } });
  });
}
