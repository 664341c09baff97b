import { isUniqueViolation, users, type Database } from '@kopir/db';
import type { User } from '@kopir/shared';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { hashPassword } from '../auth/password.ts';
import { toUser } from './to-user.ts';

export interface StaffAccountInput {
  email: string;
  password: string;
  fullName: string;
  role: 'region' | 'ministry' | 'admin';
  regionCode?: string | undefined;
}

/**
 * Creates a ministry, region or admin account. Called by an admin through the API, and by the
 * `create-admin` command for the very first admin (then `createdBy` is null).
 */
export async function createStaffAccount({ db, input, createdBy, ip }: { db: Database; input: StaffAccountInput; createdBy: string | null; ip: string | null }): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(users)
        .values({ email: input.email, passwordHash, fullName: input.fullName, role: input.role, regionCode: input.regionCode ?? null })
        .returning();
      await recordAudit(tx, { action: 'user.created', actorUserId: createdBy, targetType: 'user', targetId: row!.id, ip, details: { role: input.role, regionCode: input.regionCode ?? null } });
      return toUser(row!);
    });
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_unique')) {
      throw new AppError(409, 'EMAIL_TAKEN', 'An account with this email already exists', [{ path: 'body.email', message: 'Already registered' }]);
    }
    throw error;
  }
}
