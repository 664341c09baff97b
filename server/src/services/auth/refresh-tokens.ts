import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { refreshTokens, users, type Database, type DbOrTransaction } from '@kopir/db';

/** Only the SHA-256 of a refresh token is stored: a database leak does not leak sessions. */
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface IssuedRefreshToken {
  token: string;
  expiresAt: Date;
}

async function insertToken(tx: DbOrTransaction, userId: string, familyId: string, ttlDays: number): Promise<IssuedRefreshToken> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlDays * 86_400_000);
  await tx.insert(refreshTokens).values({ userId, familyId, tokenHash: hashToken(token), expiresAt });
  return { token, expiresAt };
}

/** A sign-in starts a new family of refresh tokens. */
export const startTokenFamily = (tx: DbOrTransaction, userId: string, ttlDays: number) => insertToken(tx, userId, randomUUID(), ttlDays);

export type RotationResult =
  | { outcome: 'rotated'; userId: string; next: IssuedRefreshToken }
  | { outcome: 'reused'; userId: string; familyId: string }
  | { outcome: 'invalid' };

/**
 * Exchanges a refresh token for its successor in the same family. A token that was already
 * exchanged or revoked means someone replayed it: the whole family is revoked, so neither the
 * thief nor the owner can go on with it (the owner signs in again).
 */
export async function rotateRefreshToken(db: Database, presented: string, ttlDays: number): Promise<RotationResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: refreshTokens.id, userId: refreshTokens.userId, familyId: refreshTokens.familyId, usedAt: refreshTokens.usedAt, revokedAt: refreshTokens.revokedAt, expiresAt: refreshTokens.expiresAt, disabledAt: users.disabledAt })
      .from(refreshTokens)
      .innerJoin(users, eq(users.id, refreshTokens.userId))
      .where(eq(refreshTokens.tokenHash, hashToken(presented)))
      .for('update', { of: refreshTokens });
    if (!row) return { outcome: 'invalid' };
    if (row.usedAt || row.revokedAt) {
      await revokeFamily(tx, row.familyId, 'reuse detected');
      return { outcome: 'reused', userId: row.userId, familyId: row.familyId };
    }
    if (row.expiresAt.getTime() <= Date.now() || row.disabledAt) return { outcome: 'invalid' };
    await tx.update(refreshTokens).set({ usedAt: new Date() }).where(eq(refreshTokens.id, row.id));
    return { outcome: 'rotated', userId: row.userId, next: await insertToken(tx, row.userId, row.familyId, ttlDays) };
  });
}

export async function revokeFamily(tx: DbOrTransaction, familyId: string, reason: string): Promise<void> {
  await tx
    .update(refreshTokens)
    .set({ revokedAt: new Date(), revokedReason: reason })
    .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
}

/** Signs the user out everywhere (role change, disabled account). */
export async function revokeAllForUser(tx: DbOrTransaction, userId: string, reason: string): Promise<void> {
  await tx
    .update(refreshTokens)
    .set({ revokedAt: new Date(), revokedReason: reason })
    .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)));
}

/** The family of a presented token, if the token is known. */
export async function familyOf(db: Database, presented: string): Promise<string | undefined> {
  const [row] = await db.select({ familyId: refreshTokens.familyId }).from(refreshTokens).where(eq(refreshTokens.tokenHash, hashToken(presented)));
  return row?.familyId;
}
