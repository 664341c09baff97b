import { createHmac, timingSafeEqual } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
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
const FREE_FAILURES = { pair: 5, account: 20, device: 10 } as const;

type KeyKind = keyof typeof FREE_FAILURES;

export interface ThrottleSubject {
  email: string;
  ip: string;
  /** The account's device cookie was presented and is genuine. */
  trustedDevice: boolean;
}

function keysOf(subject: ThrottleSubject): { key: string; kind: KeyKind }[] {
  if (subject.trustedDevice) return [{ key: `device:${subject.email}`, kind: 'device' }];
  return [
    { key: `pair:${subject.email}|${subject.ip}`, kind: 'pair' },
    { key: `account:${subject.email}`, kind: 'account' },
  ];
}

/** After the free failures: 30 s, then 1, 2, 4 … minutes, at most 15. */
const waitAfter = (failures: number, kind: KeyKind) =>
  failures < FREE_FAILURES[kind] ? 0 : Math.min(MAX_WAIT_MS, 30_000 * 2 ** (failures - FREE_FAILURES[kind]));

/** Throws 429 with the seconds to wait when any key of the attempt is still waiting. */
export async function assertNotThrottled(db: DbOrTransaction, subject: ThrottleSubject, now: Date): Promise<void> {
  const keys = keysOf(subject).map((entry) => entry.key);
  const rows = await db.select({ blockedUntil: signInThrottle.blockedUntil }).from(signInThrottle).where(inArray(signInThrottle.key, keys));
  const until = Math.max(0, ...rows.map((row) => row.blockedUntil?.getTime() ?? 0));
  if (until > now.getTime()) {
    const seconds = Math.ceil((until - now.getTime()) / 1000);
    throw new AppError(429, 'SIGN_IN_THROTTLED', `Too many failed attempts; try again in ${seconds} seconds`, undefined, { retryAfterSeconds: seconds });
  }
}

/** Counts a failure against every key of the attempt and sets how long each must wait. */
export async function recordSignInFailure(db: DbOrTransaction, subject: ThrottleSubject, now: Date): Promise<void> {
  for (const { key, kind } of keysOf(subject)) {
    const windowStart = new Date(now.getTime() - WINDOW_MS);
    const [row] = await db
      .insert(signInThrottle)
      .values({ key, failures: 1, lastFailureAt: now })
      .onConflictDoUpdate({
        target: signInThrottle.key,
        set: { failures: sql`case when ${signInThrottle.lastFailureAt} < ${windowStart.toISOString()}::timestamptz then 1 else ${signInThrottle.failures} + 1 end`, lastFailureAt: now },
      })
      .returning({ failures: signInThrottle.failures });
    const wait = waitAfter(row!.failures, kind);
    if (wait > 0) await db.update(signInThrottle).set({ blockedUntil: new Date(now.getTime() + wait) }).where(sql`${signInThrottle.key} = ${key}`);
  }
}

/** A success from this browser clears its own counts; the account-wide count decays with the window. */
export async function clearSignInFailures(db: DbOrTransaction, subject: ThrottleSubject): Promise<void> {
  const keys = subject.trustedDevice ? [`device:${subject.email}`] : [`pair:${subject.email}|${subject.ip}`];
  await db.delete(signInThrottle).where(inArray(signInThrottle.key, keys));
}

/** The device cookie's value for an account: an HMAC of the address under the server's secret. */
export const deviceCookieFor = (secret: string, email: string) => createHmac('sha256', secret).update(`device:${email}`).digest('base64url');

export function isTrustedDevice(secret: string, email: string, presented: string | undefined): boolean {
  if (!presented) return false;
  const expected = Buffer.from(deviceCookieFor(secret, email));
  const given = Buffer.from(presented);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
