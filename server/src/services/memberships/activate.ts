import { and, eq } from 'drizzle-orm';
import { memberships, users, type DbOrTransaction } from '@kopir/db';
import type { MembershipVia } from '@kopir/shared';

/**
 * Makes a person a member: the membership row says how they proved it, `users.organisation_id`
 * (which every access check reads) says where they now belong.
 */
export async function activateMembership(
  tx: DbOrTransaction,
  membership: { userId: string; organisationId: string; via: MembershipVia; invitedBy?: string | null; decidedBy?: string | null },
  now: Date,
): Promise<void> {
  const [pending] = await tx
    .update(memberships)
    .set({ status: 'active', decidedBy: membership.decidedBy ?? null, decidedAt: now })
    .where(and(eq(memberships.userId, membership.userId), eq(memberships.organisationId, membership.organisationId), eq(memberships.status, 'pending')))
    .returning({ id: memberships.id });
  if (!pending) {
    await tx.insert(memberships).values({ ...membership, status: 'active', decidedAt: now });
  }
  await tx.update(users).set({ organisationId: membership.organisationId, updatedAt: now }).where(eq(users.id, membership.userId));
}

/** The person's membership waiting for a proof that has not come yet (a domain address to verify, an admin's decision). */
export async function pendingMembershipOf(tx: DbOrTransaction, userId: string) {
  const [row] = await tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.status, 'pending')));
  return row;
}
