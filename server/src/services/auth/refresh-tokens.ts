import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { refreshTokens, sessions, users, type DbOrTransaction } from '@kopir/db';
import { hashToken } from './account-tokens.ts';

export interface IssuedRefreshToken {
  token: string;
  expiresAt: Date;
}

/**
 * Two tabs of one browser refresh at the same moment with the same cookie. Within this many
 * seconds of a token's exchange, presenting it again is that race, not a theft: it gets a
 * successor of its own instead of ending the session.
 */
const REFRESH_GRACE_SECONDS = 30;

async function insertToken(tx: DbOrTransaction, userId: string, sessionId: string, ttlDays: number, now: Date): Promise<IssuedRefreshToken> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ttlDays * 86_400_000);
  // Only the SHA-256 of a refresh token is stored: a database leak does not leak sessions.
  await tx.insert(refreshTokens).values({ userId, familyId: sessionId, tokenHash: hashToken(token), expiresAt });
  return { token, expiresAt };
}

/** A sign-in starts a session and its first refresh token. */
export async function startSession(tx: DbOrTransaction, userId: string, ttlDays: number, now: Date, secondFactorGiven = false) {
  const [session] = await tx
    .insert(sessions)
    .values({ userId, secondFactorAt: secondFactorGiven ? now : null })
    .returning({ id: sessions.id });
  return { sessionId: session!.id, refresh: await insertToken(tx, userId, session!.id, ttlDays, now) };
}

export type RotationResult =
  | { outcome: 'rotated'; userId: string; sessionId: string; next: IssuedRefreshToken }
  | { outcome: 'reused'; userId: string; sessionId: string }
  | { outcome: 'ended'; userId: string; reason: string | null }
  | { outcome: 'invalid' };

/**
 * Exchanges a refresh token for its successor in the same session. A token exchanged more than
 * the grace period ago means someone replayed it: the session ends, so neither the thief nor the
 * owner can go on with it (the owner signs in again). A token of a session that already ended
 * (signed out, password reset) is just that: ended, not a theft.
 */
export async function rotateRefreshToken(db: DbOrTransaction, presented: string, ttlDays: number, now: Date): Promise<RotationResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        id: refreshTokens.id,
        userId: refreshTokens.userId,
        sessionId: refreshTokens.familyId,
        usedAt: refreshTokens.usedAt,
        expiresAt: refreshTokens.expiresAt,
        sessionRevokedAt: sessions.revokedAt,
        revokedReason: sessions.revokedReason,
        disabledAt: users.disabledAt,
      })
      .from(refreshTokens)
      .innerJoin(sessions, eq(sessions.id, refreshTokens.familyId))
      .innerJoin(users, eq(users.id, refreshTokens.userId))
      .where(eq(refreshTokens.tokenHash, hashToken(presented)))
      .for('update', { of: [refreshTokens, sessions] });
    if (!row) return { outcome: 'invalid' };
    if (row.sessionRevokedAt) return { outcome: 'ended', userId: row.userId, reason: row.revokedReason };
    if (row.expiresAt.getTime() <= now.getTime() || row.disabledAt) return { outcome: 'invalid' };
    if (row.usedAt && now.getTime() - row.usedAt.getTime() > REFRESH_GRACE_SECONDS * 1000) {
      await revokeSession(tx, row.sessionId, 'reuse detected', now);
      return { outcome: 'reused', userId: row.userId, sessionId: row.sessionId };
    }
    if (!row.usedAt) await tx.update(refreshTokens).set({ usedAt: now }).where(eq(refreshTokens.id, row.id));
    return { outcome: 'rotated', userId: row.userId, sessionId: row.sessionId, next: await insertToken(tx, row.userId, row.sessionId, ttlDays, now) };
  });
}

/** Ends one session: its access tokens stop working on the next request, its refresh tokens at once. */
export async function revokeSession(tx: DbOrTransaction, sessionId: string, reason: string, now: Date): Promise<void> {
  await tx
    .update(sessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Signs the user out everywhere (role change, disabled account, password reset). */
export async function revokeAllForUser(tx: DbOrTransaction, userId: string, reason: string, now: Date): Promise<void> {
  await tx
    .update(sessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}

/** The session of a presented refresh token, if the token is known. */
export async function sessionOfToken(db: DbOrTransaction, presented: string): Promise<{ sessionId: string; userId: string } | undefined> {
  const [row] = await db
    .select({ sessionId: refreshTokens.familyId, userId: refreshTokens.userId })
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, hashToken(presented)));
  return row;
}
