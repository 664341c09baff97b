import { and, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { users } from '@kopir/db';
import type { UserRole } from '@kopir/shared';
import type { ServiceContext } from '../context.ts';
import { toUser } from './to-user.ts';

export async function listUsers({ ctx, input: filters }: { ctx: ServiceContext; input: { q?: string; role?: UserRole; page: number; pageSize: number } }) {
  const pattern = filters.q && `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const where = and(
    ...[filters.role && eq(users.role, filters.role), pattern && or(ilike(users.email, pattern), ilike(users.fullName, pattern))].filter(
      (condition): condition is SQL => Boolean(condition),
    ),
  );
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(users)
      .where(where)
      .orderBy(desc(users.createdAt), users.id)
      .limit(filters.pageSize)
      .offset((filters.page - 1) * filters.pageSize),
    ctx.db.select({ total: count() }).from(users).where(where),
  ]);
  return { items: rows.map(toUser), total: total?.total ?? 0 };
}
