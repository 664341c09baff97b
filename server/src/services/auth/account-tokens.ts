import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { accountTokens, type DbOrTransaction } from '@kopir/db';
import type { AccountTokenPurpose } from '@kopir/shared';

/** How long each kind of emailed link stays good: short where the link alone is a key. */
const lifetimeMs: Record<AccountTokenPurpose, number> = {
  verify_email: 48 * 3_600_000,
  reset_password: 3_600_000,
  set_password: 7 * 24 * 3_600_000,
  invitation: 14 * 24 * 3_600_000,
};

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new single-use link token; only its hash is stored. Returns the token to put in the link. */
export async function issueAccountToken(
  tx: DbOrTransaction,
  purpose: AccountTokenPurpose,
  fields: { email: string; userId?: string | null; organisationId?: string | null; createdBy?: string | null },
  now: Date,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await tx.insert(accountTokens).values({
    purpose,
    tokenHash: hashToken(token),
    email: fields.email,
    userId: fields.userId ?? null,
    organisationId: fields.organisationId ?? null,
    createdBy: fields.createdBy ?? null,
    expiresAt: new Date(now.getTime() + lifetimeMs[purpose]),
  });
  return token;
}

export type AccountTokenRow = typeof accountTokens.$inferSelect;

/** The unused, unexpired token of that purpose, locked for the caller's transaction; undefined otherwise. */
export async function findLiveToken(tx: DbOrTransaction, purpose: AccountTokenPurpose, token: string, now: Date): Promise<AccountTokenRow | undefined> {
  const [row] = await tx
    .select()
    .from(accountTokens)
    .where(
      and(eq(accountTokens.tokenHash, hashToken(token)), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, now)),
    )
    .for('update');
  return row;
}

/** Spends a token: it never works again. */
export async function spendToken(tx: DbOrTransaction, id: string, now: Date): Promise<void> {
  await tx.update(accountTokens).set({ usedAt: now }).where(eq(accountTokens.id, id));
}

/** Spends every other live link of that purpose for the account (a newer link replaces older ones). */
export async function spendOutstanding(tx: DbOrTransaction, userId: string, purpose: AccountTokenPurpose, now: Date): Promise<void> {
  await tx
    .update(accountTokens)
    .set({ usedAt: now })
    .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
}
