import { createHmac, timingSafeEqual } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { signInThrottle, type DbOrTransaction } from '@kopir/db';
import { AppError } from '../../errors.ts';

/**
 * Failed sign-ins slow the guesser down without locking the real person out. Failures are counted
 * per account *and* address, and per account across addresses; past a few free ones each key
 * waits twice as long as before (30 s first), up to 15 minutes. A browser where the person signed in before
 * carries a device cookie: it is judged on its own count, so an attacker's failures from elsewhere
 * (or from the same NAT) never lock it out (OWASP's "device cookie" defence).
 */
const WINDOW_MS = 15 * 60_000;
const MAX_WAIT_MS = 15 * 60_000;
const FREE_FAILURES = { pair: 5, account: 20, device: 10, totp: 5 } as const;

type KeyKind = keyof typeof FREE_FAILURES;

export interface ThrottleSubject {
  email: string;
  /** Null when the system acts (it never signs in; the type says so). */
  ip: string | null;
  /** The account's device cookie was presented and is genuine. */
  trustedDevice: boolean;
}

/** The keys a sign-in attempt is counted under. */
export function signInKeys(subject: ThrottleSubject): { key: string; kind: KeyKind }[] {
  if (subject.trustedDevice) return [{ key: `device:${subject.email}`, kind: 'device' }];
  return [
    { key: `pair:${subject.email}|${subject.ip}`, kind: 'pair' },
    { key: `account:${subject.email}`, kind: 'account' },
  ];
}

/** After the free failures: 30 s, then 1, 2, 4 … minutes, at most 15. */
const waitAfter = (failures: number, kind: KeyKind) =>
  failures < FREE_FAILURES[kind] ? 0 : Math.min(MAX_WAIT_MS, 30_000 * 2 ** (failures - FREE_FAILURES[kind]));

const throttled = (until: number, now: Date) => {
  const seconds = Math.max(1, Math.ceil((until - now.getTime()) / 1000));
  return new AppError('SIGN_IN_THROTTLED', `Too many failed attempts; try again in ${seconds} seconds`, undefined, { retryAfterSeconds: seconds });
};

/**
 * Counts an attempt against each key *before* the password is checked, atomically, so that many
 * attempts sent at once cannot all slip past the count; refuses it (429) when a key is waiting or
 * the attempt is past the free ones. A success hands the attempt back (`signInSucceeded`).
 */
export async function countAttempt(db: DbOrTransaction, keys: { key: string; kind: KeyKind }[], now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - WINDOW_MS);
  let refusedUntil = 0;
  for (const { key, kind } of keys) {
    const [row] = await db
      .insert(signInThrottle)
      .values({ key, failures: 1, lastFailureAt: now })
      .onConflictDoUpdate({
        target: signInThrottle.key,
        set: {
          failures: sql`case when ${signInThrottle.lastFailureAt} < ${windowStart.toISOString()}::timestamptz then 1 else ${signInThrottle.failures} + 1 end`,
          lastFailureAt: now,
        },
      })
      .returning({ failures: signInThrottle.failures, blockedUntil: signInThrottle.blockedUntil });
    const waiting = row!.blockedUntil && row!.blockedUntil.getTime() > now.getTime() ? row!.blockedUntil.getTime() : 0;
    const wait = waitAfter(row!.failures, kind);
    if (wait > 0)
      await db
        .update(signInThrottle)
        .set({ blockedUntil: new Date(Math.max(waiting, now.getTime() + wait)) })
        .where(sql`${signInThrottle.key} = ${key}`);
    // Past the free attempts (the last free one is still judged) or still waiting: not judged at all.
    if (waiting || row!.failures > FREE_FAILURES[kind]) refusedUntil = Math.max(refusedUntil, waiting, now.getTime() + wait);
  }
  if (refusedUntil) throw throttled(refusedUntil, now);
}

/** A success: this browser's own count is cleared, and the attempt handed back to the account's. */
export async function signInSucceeded(db: DbOrTransaction, subject: ThrottleSubject): Promise<void> {
  const own = subject.trustedDevice ? `device:${subject.email}` : `pair:${subject.email}|${subject.ip}`;
  await db.delete(signInThrottle).where(sql`${signInThrottle.key} = ${own}`);
  await db
    .update(signInThrottle)
    .set({ failures: sql`greatest(${signInThrottle.failures} - 1, 0)`, blockedUntil: null })
    .where(sql`${signInThrottle.key} = ${`account:${subject.email}`}`);
}

/** Wrong second-factor codes, counted per account across sessions (so new sign-ins buy no new guesses). */
export const secondFactorKeys = (userId: string) => [{ key: `totp:${userId}`, kind: 'totp' as const }];

/** A right second-factor code clears the account's count of wrong ones. */
export async function secondFactorSucceeded(db: DbOrTransaction, userId: string): Promise<void> {
  await db.delete(signInThrottle).where(sql`${signInThrottle.key} = ${`totp:${userId}`}`);
}

/**
 * The device cookie's value for an account: an HMAC under the server's secret of the address and
 * the current password hash, so a password change (or reset) makes every earlier cookie worthless.
 */
export const deviceCookieFor = (secret: string, email: string, passwordHash: string) =>
  createHmac('sha256', secret).update(`device:${email}:${passwordHash}`).digest('base64url');

export function isTrustedDevice(secret: string, email: string, passwordHash: string | null | undefined, presented: string | undefined): boolean {
  if (!presented || !passwordHash) return false;
  const expected = Buffer.from(deviceCookieFor(secret, email, passwordHash));
  const given = Buffer.from(presented);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
