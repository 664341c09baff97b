import { inputRules } from '@kopir/shared';
import { isUniqueViolation, users } from '@kopir/db';
import type { User } from '@kopir/shared';
import { personOf } from '../../access/actor.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { queueAccountEmail } from '../auth/account-emails.ts';
import { issueAccountToken } from '../auth/account-tokens.ts';
import { hashPassword } from '../auth/password.ts';
import type { ServiceContext } from '../context.ts';
import { toUser } from './to-user.ts';

export interface StaffAccountInput {
  email: string;
  fullName: string;
  role: 'region' | 'ministry' | 'admin';
  regionCode?: string | undefined;
  /** Only the `create-admin` command, run by the operator at the server's console, sets one. */
  password?: string;
}

/**
 * Creates a ministry, region or admin account. Through the API an admin never knows its password:
 * the person gets an emailed link (7 days, once) to choose one, and sets up their second factor at
 * first sign-in. The `create-admin` command makes the very first admin with a password typed at
 * the console: the system acts then (the audit log records no creator), and needs no search or
 * taxonomy, so this verb asks only for the parts of the context it uses.
 */
export async function createStaffAccount({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, 'db' | 'actor' | 'ip' | 'now' | 'publicUrl'>;
  input: StaffAccountInput;
}): Promise<User> {
  const { db, ip, publicUrl } = ctx;
  const now = ctx.now();
  // An admin through the API (the route's rule), or the system running `pnpm admin:create`.
  const createdBy = personOf(ctx.actor)?.id ?? null;
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(users)
        .values({
          email: input.email,
          passwordHash,
          fullName: input.fullName,
          role: input.role,
          regionCode: input.regionCode ?? null,
          emailVerifiedAt: passwordHash ? now : null,
        })
        .returning();
      await recordAudit(tx, {
        action: 'user.created',
        actorUserId: createdBy,
        targetType: 'user',
        targetId: row!.id,
        ip,
        details: { role: input.role, regionCode: input.regionCode ?? null },
      });
      if (!passwordHash) {
        const token = await issueAccountToken(tx, 'set_password', { email: input.email, userId: row!.id, createdBy }, now);
        await queueAccountEmail(tx, 'set_password', { address: input.email, locale: row!.locale }, `${publicUrl}/reset-password#token=${token}`, input.role);
      }
      return toUser(row!);
    });
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_unique')) {
      throw new AppError('EMAIL_TAKEN', 'An account with this email already exists', [
        { path: 'body.email', message: 'Already registered', rule: inputRules.taken },
      ]);
    }
    throw error;
  }
}
