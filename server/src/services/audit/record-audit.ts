import { auditLog, type DbOrTransaction } from '@kopir/db';

/** Security and administrative events. Never put a password, token or hash in `details`. */
export type AuditAction =
  | 'auth.registered'
  | 'auth.signed_in'
  | 'auth.sign_in_failed'
  | 'auth.signed_out'
  | 'auth.refresh_reuse_detected'
  | 'user.created'
  | 'user.role_changed'
  | 'user.disabled'
  | 'user.enabled'
  | 'organisation.verified'
  | 'organisation.unverified';

export interface AuditEntry {
  action: AuditAction;
  actorUserId?: string | null;
  targetType?: 'user' | 'organisation';
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
