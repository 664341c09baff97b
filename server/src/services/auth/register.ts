import { eq, sql } from 'drizzle-orm';
import { isUniqueViolation, memberships, organisations, users, type Transaction } from '@kopir/db';
import { organisationKindsFor, pickText, type OrganisationKind, type RegisterRequest } from '@kopir/shared';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { ServiceContext } from '../context.ts';
import { activateMembership } from '../memberships/activate.ts';
import { isOnDomain } from '../memberships/email-domain.ts';
import { enqueueSearchUpdate } from '../search-outbox/enqueue.ts';
import { queueAccountEmail } from './account-emails.ts';
import { findLiveToken, issueAccountToken, spendToken } from './account-tokens.ts';
import { hashPassword } from './password.ts';
import { assertStrongPassword } from './password-strength.ts';

const wrongKind = (role: RegisterRequest['role']) => {
  const kinds = organisationKindsFor[role].join(' or ').replace('_', ' ');
  return new AppError(400, 'ORGANISATION_KIND_MISMATCH', `A ${role} account belongs to a ${kinds}`, [{ path: 'body.organisation', message: `Choose a ${kinds}` }]);
};

const fits = (role: RegisterRequest['role'], kind: OrganisationKind) => (organisationKindsFor[role] as readonly OrganisationKind[]).includes(kind);

/** The answer to every registration: the same whether or not the address already had an account. */
export type RegistrationOutcome = { status: 'verification_sent' } | { status: 'signed_up'; userId: string };

/**
 * A researcher or company employee registers. Nothing is joined on the person's word alone:
 * - creating an organisation makes them its first member (it stays unverified until an admin
 *   verifies it), once their address is confirmed;
 * - an invitation from a member (the emailed link, good for that address only) joins at once;
 * - a confirmed address on the organisation's proven domain joins when it is confirmed;
 * - anything else is a request that an admin approves or rejects.
 * An address that already has an account gets an email saying so, and the caller the same
 * answer as a new one, so registration cannot be used to find out who has an account.
 */
export async function register({ ctx, input }: { ctx: ServiceContext; input: RegisterRequest }): Promise<RegistrationOutcome> {
  await assertStrongPassword(input.password, [input.email, input.fullName]);
  const passwordHash = await hashPassword(input.password);
  const locale = input.locale ?? 'ru';
  const now = ctx.now();
  try {
    return await ctx.db.transaction(async (tx) => {
      const [existing] = await tx.select({ id: users.id, locale: users.locale }).from(users).where(eq(sql`lower(${users.email})`, input.email));
      if (existing) {
        await queueAccountEmail(tx, 'already_registered', { address: input.email, locale: existing.locale }, `${ctx.publicUrl}/reset-password`);
        return { status: 'verification_sent' } as const;
      }
      const invitation = input.invitation ? await findLiveToken(tx, 'invitation', input.invitation, now) : undefined;
      if (input.invitation && (!invitation || invitation.email !== input.email || !('id' in input.organisation) || invitation.organisationId !== input.organisation.id)) {
        throw new AppError(400, 'INVITATION_INVALID', 'This invitation link is not valid for this address and organisation (it may have expired or been used)', [
          { path: 'body.invitation', message: 'Not valid for this address and organisation' },
        ]);
      }
      const [user] = await tx
        .insert(users)
        .values({ email: input.email, passwordHash, fullName: input.fullName, role: input.role, locale, emailVerifiedAt: invitation ? now : null })
        .returning();
      const userId = user!.id;
      const organisationId = await joinOrCreate(tx, ctx, input, userId, invitation?.createdBy ?? null, now);
      if (invitation) await spendToken(tx, invitation.id, now);
      await recordAudit(tx, { action: 'auth.registered', actorUserId: userId, targetType: 'user', targetId: userId, ip: ctx.ip, details: { role: input.role, organisationId } });
      if (invitation) return { status: 'signed_up', userId } as const;
      const token = await issueAccountToken(tx, 'verify_email', { email: input.email, userId }, now);
      await queueAccountEmail(tx, 'verify_email', { address: input.email, locale }, `${ctx.publicUrl}/verify-email?token=${token}`);
      return { status: 'verification_sent' } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_unique')) return { status: 'verification_sent' }; // a race with the same address: as above
    if (isUniqueViolation(error, 'organisations_bin_unique')) {
      throw new AppError(409, 'BIN_TAKEN', 'An organisation with this BIN is already registered; join it instead', [{ path: 'body.organisation.create.bin', message: 'Already registered' }]);
    }
    throw error;
  }
}

/** Creates the organisation, or records how the person may join the existing one; returns its id. */
async function joinOrCreate(tx: Transaction, ctx: ServiceContext, input: RegisterRequest, userId: string, invitedBy: string | null, now: Date): Promise<string> {
  if ('create' in input.organisation) {
    if (!fits(input.role, input.organisation.create.kind)) throw wrongKind(input.role);
    const [created] = await tx.insert(organisations).values(input.organisation.create).returning({ id: organisations.id, version: organisations.version });
    await enqueueSearchUpdate(tx, 'organisation', created!.id, created!.version);
    // The first member; what they can do still waits for their confirmed address.
    await activateMembership(tx, { userId, organisationId: created!.id, via: 'created' }, now);
    return created!.id;
  }
  const [organisation] = await tx.select().from(organisations).where(eq(organisations.id, input.organisation.id));
  if (!organisation) throw new AppError(400, 'ORGANISATION_NOT_FOUND', 'That organisation does not exist', [{ path: 'body.organisation.id', message: 'No organisation has this id' }]);
  if (!fits(input.role, organisation.kind)) throw wrongKind(input.role);
  if (input.invitation) {
    await activateMembership(tx, { userId, organisationId: organisation.id, via: 'invitation', invitedBy }, now);
    return organisation.id;
  }
  const via = isOnDomain(input.email, organisation.verifiedDomain) ? 'domain' : 'approval';
  await tx.insert(memberships).values({ userId, organisationId: organisation.id, via, status: 'pending' });
  await recordAudit(tx, { action: 'membership.requested', actorUserId: userId, targetType: 'organisation', targetId: organisation.id, ip: ctx.ip, details: { via } });
  if (via === 'approval') {
    await queueAccountEmail(tx, 'join_requested', { address: input.email, locale: input.locale ?? 'ru' }, `${ctx.publicUrl}/profile`, pickText(organisation.name, input.locale ?? 'ru'));
  }
  return organisation.id;
}
