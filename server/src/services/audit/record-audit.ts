import { auditLog, type DbOrTransaction } from '@kopir/db';

/** Security and administrative events. Never put a password, token or hash in `details`. */
type AuditAction =
  | 'auth.registered'
  | 'auth.signed_in'
  | 'auth.sign_in_failed'
  | 'auth.signed_out'
  | 'auth.refresh_reuse_detected'
  | 'auth.refresh_after_end'
  | 'auth.email_verified'
  | 'auth.password_reset_requested'
  | 'auth.password_reset'
  | 'auth.password_set'
  | 'auth.second_factor_enabled'
  | 'auth.second_factor_disabled'
  | 'auth.second_factor_failed'
  | 'auth.recovery_code_used'
  | 'membership.requested'
  | 'membership.joined'
  | 'membership.approved'
  | 'membership.rejected'
  | 'membership.revoked'
  | 'membership.invited'
  | 'organisation.domain_set'
  | 'user.created'
  | 'user.role_changed'
  | 'user.disabled'
  | 'user.enabled'
  | 'organisation.verified'
  | 'organisation.unverified';

export interface AuditEntry {
  action: AuditAction;
  actorUserId?: string | null;
  targetType?: 'user' | 'organisation' | 'membership';
  targetId?: string;
  ip?: string | null;
  details?: Record<string, unknown>;
}

/** Appends one row to the audit log, inside the caller's transaction when given one. */
export async function recordAudit(db: DbOrTransaction, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    action: entry.action,
    actorUserId: entry.actorUserId ?? null,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    ip: entry.ip ?? null,
    details: entry.details ?? {},
  });
}
