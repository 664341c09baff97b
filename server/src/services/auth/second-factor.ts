import { inputRules } from '@kopir/shared';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { recoveryCodes, sessions, users } from '@kopir/db';
import { Secret, TOTP } from 'otpauth';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { countAttempt, secondFactorKeys, secondFactorSucceeded } from './sign-in-throttle.ts';

/** RFC 6238 TOTP as every authenticator app speaks it: SHA-1, 6 digits, 30-second steps. */
const totpFor = (secret: string, label: string) =>
  new TOTP({ issuer: 'Kopir', label, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });

/** One step either side of now: a phone clock a little off still works. */
const WINDOW = 1;
const RECOVERY_CODES = 10;

const hashCode = (code: string) => createHash('sha256').update(code.replace(/[\s-]/g, '').toLowerCase()).digest('hex');
const wrongCode = () =>
  new AppError('SECOND_FACTOR_INVALID', 'That code is not right; codes change every 30 seconds', [
    { path: 'body.code', message: 'Not the current code', rule: inputRules.wrongCode },
  ]);

async function currentUser(ctx: ServiceContext) {
  const actor = signedInActor(ctx);
  const [user] = await ctx.db.select().from(users).where(eq(users.id, actor.id));
  return { actor, user: user! };
}

/** Starts setting up an authenticator: a new key, shown once as text and as an otpauth:// URI. */
export async function beginSecondFactorSetup({ ctx }: { ctx: ServiceContext }) {
  const { user } = await currentUser(ctx);
  if (user.totpEnabledAt) throw new AppError('SECOND_FACTOR_ENABLED', 'Two-step sign-in is on already');
  const secret = new Secret({ size: 20 }).base32;
  await ctx.db.update(users).set({ totpSecret: secret, updatedAt: ctx.now() }).where(eq(users.id, user.id));
  return { secret, otpauthUri: totpFor(secret, user.email).toString() };
}

/**
 * Turns the authenticator on once it has produced a right code; this session counts as having
 * given it. Answers the recovery codes, shown this once: each replaces a code when the phone is lost.
 */
export async function enableSecondFactor({ ctx, input: { code } }: { ctx: ServiceContext; input: { code: string } }) {
  const { actor, user } = await currentUser(ctx);
  if (user.totpEnabledAt) throw new AppError('SECOND_FACTOR_ENABLED', 'Two-step sign-in is on already');
  if (!user.totpSecret) throw new AppError('SECOND_FACTOR_NOT_STARTED', 'Start the set-up first; it shows the key for your app');
  if (totpFor(user.totpSecret, user.email).validate({ token: code, window: WINDOW, timestamp: ctx.now().getTime() }) === null) throw wrongCode();
  const codes = Array.from({ length: RECOVERY_CODES }, () =>
    randomBytes(5)
      .toString('hex')
      .replace(/(.{5})(.{5})/, '$1-$2'),
  );
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ totpEnabledAt: ctx.now(), updatedAt: ctx.now() }).where(eq(users.id, user.id));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    await tx.insert(recoveryCodes).values(codes.map((code) => ({ userId: user.id, codeHash: hashCode(code) })));
    await tx.update(sessions).set({ secondFactorAt: ctx.now() }).where(eq(sessions.id, actor.sessionId));
    await recordAudit(tx, { action: 'auth.second_factor_enabled', actorUserId: user.id, targetType: 'user', targetId: user.id, ip: ctx.ip });
  });
  return { recoveryCodes: codes };
}

/** Finishes a sign-in with the authenticator's code, or with one of the recovery codes (used up). */
export async function giveSecondFactor({ ctx, input }: { ctx: ServiceContext; input: { code: string } | { recoveryCode: string } }): Promise<void> {
  const { actor, user } = await currentUser(ctx);
  if (!user.totpEnabledAt || !user.totpSecret) throw new AppError('SECOND_FACTOR_NOT_ENABLED', 'Set up two-step sign-in first');
  // Wrong codes are counted per account, whatever the session: a new sign-in buys no new guesses.
  await countAttempt(ctx.db, secondFactorKeys(user.id), ctx.now());
  // Outside the transaction, which the failure rolls back: the audit row must stay.
  const auditFailure = (details: Record<string, boolean>) =>
    recordAudit(ctx.db, { action: 'auth.second_factor_failed', actorUserId: user.id, targetType: 'user', targetId: user.id, ip: ctx.ip, details });
  await ctx.db.transaction(async (tx) => {
    if ('code' in input) {
      const delta = totpFor(user.totpSecret!, user.email).validate({ token: input.code, window: WINDOW, timestamp: ctx.now().getTime() });
      const step = delta === null ? null : Math.floor(ctx.now().getTime() / 30_000) + delta;
      // A code works once: a step at or before the last accepted one is a replay.
      if (step === null || (user.totpLastStep !== null && step <= user.totpLastStep)) {
        await auditFailure({ replay: step !== null });
        throw wrongCode();
      }
      await tx.update(users).set({ totpLastStep: step }).where(eq(users.id, user.id));
    } else {
      const [spent] = await tx
        .update(recoveryCodes)
        .set({ usedAt: ctx.now() })
        .where(and(eq(recoveryCodes.userId, user.id), eq(recoveryCodes.codeHash, hashCode(input.recoveryCode)), isNull(recoveryCodes.usedAt)))
        .returning({ id: recoveryCodes.id });
      if (!spent) {
        await auditFailure({ recoveryCode: true });
        throw new AppError('RECOVERY_CODE_INVALID', 'That recovery code is not right or was used already', [
          { path: 'body.recoveryCode', message: 'Not valid', rule: inputRules.wrongCode },
        ]);
      }
      await recordAudit(tx, { action: 'auth.recovery_code_used', actorUserId: user.id, targetType: 'user', targetId: user.id, ip: ctx.ip });
    }
    await tx.update(sessions).set({ secondFactorAt: ctx.now() }).where(eq(sessions.id, actor.sessionId));
    await secondFactorSucceeded(tx, user.id);
  });
}
