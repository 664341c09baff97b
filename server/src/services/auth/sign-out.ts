import { recordAudit } from '../audit/record-audit.ts';
import type { ServiceContext } from '../context.ts';
import { familyOf, revokeFamily } from './refresh-tokens.ts';

/** Ends the session of the presented refresh token (its whole family). Signing out twice is fine. */
export async function signOut({ ctx, presented }: { ctx: ServiceContext; presented: string | undefined }): Promise<void> {
  if (!presented) return;
  const familyId = await familyOf(ctx.db, presented);
  if (!familyId) return;
  await ctx.db.transaction(async (tx) => {
    await revokeFamily(tx, familyId, 'signed out');
    await recordAudit(tx, { action: 'auth.signed_out', actorUserId: ctx.actor?.id ?? null, ip: ctx.ip, details: { familyId } });
  });
}
