import { and, eq, ne } from 'drizzle-orm';
import { digestUnsubscribeTokens, savedSearches } from '@kopir/db';
import { AppError } from '../../errors.ts';
import { hashToken } from '../auth/account-tokens.ts';
import { withTransaction, type ServiceContext } from '../context.ts';
import { settleUndigested } from './stop-digests.ts';

/**
 * Follows a digest email's unsubscribe link, without signing in: the token (found by its hash)
 * names the person, and every saved search of theirs stops sending digests. The link keeps
 * working, and following it again changes nothing. Answers how many searches it turned off.
 */
export async function unsubscribeFromDigests({ ctx, input: { token } }: { ctx: ServiceContext; input: { token: string } }): Promise<{ turnedOff: number }> {
  return withTransaction(ctx, async ({ db }) => {
    const [link] = await db
      .select({ userId: digestUnsubscribeTokens.userId })
      .from(digestUnsubscribeTokens)
      .where(eq(digestUnsubscribeTokens.tokenHash, hashToken(token)));
    if (!link) throw new AppError('LINK_INVALID', 'This unsubscribe link is not valid');
    const turnedOff = await db
      .update(savedSearches)
      .set({ digest: 'off', updatedAt: ctx.now() })
      .where(and(eq(savedSearches.userId, link.userId), ne(savedSearches.digest, 'off')))
      .returning({ id: savedSearches.id });
    await settleUndigested(
      db,
      turnedOff.map((row) => row.id),
      ctx.now(),
    );
    return { turnedOff: turnedOff.length };
  });
}
