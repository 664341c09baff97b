import { secondFactorRoles, type UserRole } from '@kopir/shared';
import type { SqlClient } from '@kopir/db';
import type { AccountStage, UserActor } from './actor.ts';

interface Row {
  role: UserRole;
  organisationId: string | null;
  regionCode: string | null;
  emailVerified: boolean;
  totpEnabled: boolean;
  secondFactorDone: boolean;
}

/** How far an account is from full use, from its role, its address and its second factor in this session. */
export function stageOf(row: Pick<Row, 'role' | 'emailVerified' | 'totpEnabled' | 'secondFactorDone'>): AccountStage {
  if (!row.emailVerified) return 'verify_email';
  const needsSecondFactor = row.totpEnabled || (secondFactorRoles as readonly string[]).includes(row.role);
  if (!needsSecondFactor || row.secondFactorDone) return 'complete';
  return row.totpEnabled ? 'second_factor' : 'second_factor_setup';
}

/**
 * The actor of an access token, read on every request by the session's primary key: null when
 * the session was ended (sign-out, password reset, an admin's change) or the account disabled.
 * One indexed lookup; it is what makes a revocation take effect on the very next request.
 */
export async function loadActor(sql: SqlClient, userId: string, sessionId: string): Promise<UserActor | null> {
  const [row] = await sql<Row[]>`
    select u.role, u.organisation_id as "organisationId", u.region_code as "regionCode",
      u.email_verified_at is not null as "emailVerified", u.totp_enabled_at is not null as "totpEnabled",
      s.second_factor_at is not null as "secondFactorDone"
    from sessions s join users u on u.id = s.user_id
    where s.id = ${sessionId} and s.user_id = ${userId} and s.revoked_at is null and u.disabled_at is null`;
  if (!row) return null;
  const stage = stageOf(row);
  return {
    kind: 'user',
    id: userId,
    role: row.role,
    // Membership counts only once the address behind it is proven.
    organisationId: stage === 'verify_email' ? null : row.organisationId,
    regionCode: row.regionCode,
    sessionId,
    stage,
  };
}
