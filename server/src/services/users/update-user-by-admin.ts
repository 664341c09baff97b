import { and, eq, inArray } from 'drizzle-orm';
import { memberships, organisations, users } from '@kopir/db';
import { inputRules, organisationKindsFor, type UserRole } from '@kopir/shared';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { revokeAllForUser } from '../auth/refresh-tokens.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { toUser } from './to-user.ts';

const memberRoles: Partial<Record<UserRole, readonly string[]>> = organisationKindsFor;

/**
 * An admin changes a user's role or region, or disables or re-enables the account. Any such
 * change ends the user's sessions, so the next access token carries the new role.
 */
export async function updateUserByAdmin({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { id: string; role?: UserRole; regionCode?: string | null; disabled?: boolean };
}) {
  const { id } = input;
  const admin = signedInActor(ctx);
  if (id === admin.id && (input.disabled || (input.role && input.role !== 'admin'))) {
    throw new AppError('CANNOT_DEMOTE_SELF', 'Admins cannot disable themselves or drop their own admin role; ask another admin');
  }
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(users)
      .leftJoin(organisations, eq(organisations.id, users.organisationId))
      .where(eq(users.id, id))
      .for('update', { of: users });
    if (!current) throw notFound('The user');
    const role = input.role ?? current.users.role;
    const regionCode = input.regionCode !== undefined ? input.regionCode : role === 'region' ? current.users.regionCode : null;
    const allowedKinds = memberRoles[role];
    if (allowedKinds && !allowedKinds.includes(current.organisations?.kind ?? '')) {
      throw new AppError('ROLE_NEEDS_ORGANISATION', `A ${role} must belong to a ${allowedKinds.join(' or ')}`, [
        { path: 'body.role', message: 'Does not fit the user’s organisation', rule: inputRules.roleMismatch },
      ]);
    }
    if ((role === 'region') !== (regionCode !== null)) {
      throw new AppError('REGION_MISMATCH', 'A region officer needs a region, and only a region officer has one', [
        { path: 'body.regionCode', message: 'Required for region officers only', rule: inputRules.regionForRegionOfficer },
      ]);
    }
    const disabledAt = input.disabled === undefined ? current.users.disabledAt : input.disabled ? (current.users.disabledAt ?? ctx.now()) : null;
    const [row] = await tx
      .update(users)
      .set({ role, regionCode, disabledAt, organisationId: allowedKinds ? current.users.organisationId : null, updatedAt: ctx.now() })
      .where(eq(users.id, id))
      .returning();

    // A role that belongs to no organisation ends the memberships, so former colleagues no longer list (or sign out) this account.
    if (!allowedKinds)
      await tx
        .update(memberships)
        .set({ status: 'revoked', decidedBy: admin.id, decidedAt: ctx.now() })
        .where(and(eq(memberships.userId, id), inArray(memberships.status, ['active', 'pending'])));
    const audit = { actorUserId: admin.id, targetType: 'user' as const, targetId: id, ip: ctx.ip };
    if (role !== current.users.role || regionCode !== current.users.regionCode) {
      await recordAudit(tx, { ...audit, action: 'user.role_changed', details: { from: current.users.role, to: role, regionCode } });
    }
    if ((disabledAt === null) !== (current.users.disabledAt === null)) {
      await recordAudit(tx, { ...audit, action: disabledAt ? 'user.disabled' : 'user.enabled' });
    }
    await revokeAllForUser(tx, id, 'changed by an admin', ctx.now());
    return toUser(row!);
  });
}
