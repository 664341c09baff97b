import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { auditLog } from '@kopir/db';
import type { ServiceContext } from '../context.ts';

/** The newest audit entries first; page backwards with `beforeId`. */
export async function listAuditLog({
  ctx,
  input: filters,
}: {
  ctx: ServiceContext;
  input: { action?: string; actorUserId?: string; beforeId?: number; limit: number };
}) {
  const conditions = [
    filters.action && eq(auditLog.action, filters.action),
    filters.actorUserId && eq(auditLog.actorUserId, filters.actorUserId),
    filters.beforeId && lt(auditLog.id, filters.beforeId),
  ].filter((condition): condition is SQL => Boolean(condition));
  const rows = await ctx.db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(filters.limit);
  return rows.map((row) => ({ ...row, occurredAt: row.occurredAt.toISOString() }));
}
