import { recordAudit } from '../audit/record-audit.ts';
import type { ServiceContext } from '../context.ts';
import { revokeSession, sessionOfToken } from './refresh-tokens.ts';

/**
 * Ends the session of the presented refresh token, or of the access token when there is no
 * cookie: either way the other stops working on the next request. Signing out twice is fine.
 */
export async function signOut({ ctx, presented }: { ctx: ServiceContext; presented: string | undefined }): Promise<void> {
  const session = presented ? await sessionOfToken(ctx.db, presented) : undefined;
  const sessionId = session?.sessionId ?? ctx.actor?.sessionId;
  if (!sessionId) return;
  await ctx.db.transaction(async (tx) => {
    await revokeSession(tx, sessionId, 'signed out', ctx.now());
    await recordAudit(tx, { action: 'auth.signed_out', actorUserId: session?.userId ?? ctx.actor?.id ?? null, ip: ctx.ip, details: { sessionId } });
  });
}
