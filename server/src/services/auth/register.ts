import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { accountTokens, isUniqueViolation, labs, memberships, needs, organisations, users, type Transaction } from '@kopir/db';
import { inputRules, kindFitsRole, organisationKindsFor, pickText, type OrganisationKind, type RegisterRequest } from '@kopir/shared';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { ServiceContext } from '../context.ts';
import { activateMembership } from '../memberships/activate.ts';
import { isOnDomain } from '../memberships/email-domain.ts';
import { enqueueSearchUpdate } from '../../search/outbox/enqueue.ts';
import { queueAccountEmail } from './account-emails.ts';
import { findLiveToken, issueAccountToken, spendOutstanding, spendToken, type AccountTokenRow } from './account-tokens.ts';
import { hashPassword } from './password.ts';
import { assertStrongPassword } from './password-strength.ts';
import { revokeAllForUser } from './refresh-tokens.ts';

const wrongKind = (role: RegisterRequest['role']) => {
  const kinds = organisationKindsFor[role].join(' or ').replace('_', ' ');
  return new AppError('ORGANISATION_KIND_MISMATCH', `A ${role} account belongs to a ${kinds}`, [
    { path: 'body.organisation', message: `Choose a ${kinds}`, rule: inputRules.organisationKind, params: { kinds: organisationKindsFor[role] } },
  ]);
};
const invitationInvalid = () =>
  new AppError('INVITATION_INVALID', 'This invitation link is not valid for this address and organisation (it may have expired or been used)', [
    { path: 'body.invitation', message: 'Not valid for this address and organisation', rule: inputRules.invitationInvalid },
  ]);
const binTaken = () =>
  new AppError('BIN_TAKEN', 'A verified organisation with this BIN is already registered; join it instead', [
    { path: 'body.organisation.create.bin', message: 'Already registered', rule: inputRules.taken },
  ]);

const fits = (role: RegisterRequest['role'], kind: OrganisationKind) => kindFitsRole(role, kind);

/** The answer to every registration: the same whether or not the address already had an account. */
export type RegistrationOutcome = { status: 'verification_sent' } | { status: 'signed_up'; userId: string };

type Existing = typeof organisations.$inferSelect;

/**
 * Everything about the request that does not depend on the address having an account, checked
 * first, so that an error never tells an account apart from none: the organisation and its kind,
 * the invitation (and that its sender is still a member), a BIN already held by a verified one.
 */
async function checkRequest(tx: Transaction, input: RegisterRequest, now: Date): Promise<{ organisation?: Existing; invitation?: AccountTokenRow }> {
  if ('create' in input.organisation) {
    if (!fits(input.role, input.organisation.create.kind)) throw wrongKind(input.role);
    const { bin } = input.organisation.create;
    if (
      bin &&
      (
        await tx
          .select({ id: organisations.id })
          .from(organisations)
          .where(and(eq(organisations.bin, bin), isNotNull(organisations.verifiedAt)))
      ).length > 0
    )
      throw binTaken();
    if (input.invitation) throw invitationInvalid();
    return {};
  }
  const [organisation] = await tx.select().from(organisations).where(eq(organisations.id, input.organisation.id));
  if (!organisation)
    throw new AppError('ORGANISATION_NOT_FOUND', 'That organisation does not exist', [
      { path: 'body.organisation.id', message: 'No organisation has this id', rule: inputRules.unknownOrganisation },
    ]);
  if (!fits(input.role, organisation.kind)) throw wrongKind(input.role);
  if (!input.invitation) return { organisation };
  const invitation = await findLiveToken(tx, 'invitation', input.invitation, now);
  if (!invitation || invitation.email !== input.email || invitation.organisationId !== organisation.id || !invitation.createdBy) throw invitationInvalid();
  // An invitation is worth what its sender is: a removed or disabled member's invitations are void.
  const [sender] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, invitation.createdBy), eq(users.organisationId, organisation.id), isNull(users.disabledAt), isNotNull(users.emailVerifiedAt)));
  if (!sender) throw invitationInvalid();
  return { organisation, invitation };
}

/**
 * An account whose address was never confirmed proves nothing, so registering that address again
 * starts it over: whoever registered it first (perhaps not its owner) loses its password, its
 * sessions, its pending memberships, and an organisation it created that nothing else uses.
 */
async function startOver(tx: Transaction, userId: string, now: Date): Promise<void> {
  await revokeAllForUser(tx, userId, 'registered again before confirming', now);
  await spendOutstanding(tx, userId, 'verify_email', now);
  const held = await tx
    .update(memberships)
    .set({ status: 'revoked', decidedAt: now })
    .where(and(eq(memberships.userId, userId), inArray(memberships.status, ['active', 'pending'])))
    .returning();
  await tx.update(users).set({ organisationId: null }).where(eq(users.id, userId));
  for (const membership of held.filter((row) => row.via === 'created')) {
    const organisationId = membership.organisationId;
    const [used] = await tx.execute<{ used: boolean }>(
      sql`select exists (select 1 from ${users} where ${users.organisationId} = ${organisationId}) or exists (select 1 from ${labs} where
        ${labs.organisationId} = ${organisationId}) or exists (select 1 from ${needs} where ${needs.organisationId} = ${organisationId}) or exists
          (select 1 from ${memberships} where ${memberships.organisationId} = ${organisationId} and ${memberships.userId} <> ${userId}) as used`,
    );
    if (!used?.used) {
      await tx.delete(accountTokens).where(eq(accountTokens.organisationId, organisationId));
      await tx.delete(memberships).where(eq(memberships.organisationId, organisationId));
      await tx.delete(organisations).where(eq(organisations.id, organisationId));
      await enqueueSearchUpdate(tx, 'organisation', organisationId, 0);
    }
  }
}

/**
 * A researcher or company employee registers. Nothing is joined on the person's word alone:
 * - creating an organisation makes them its first member (it stays unverified until an admin
 *   verifies it), once their address is confirmed;
 * - an invitation from a member (the emailed link, good for that address only) joins at once;
 * - a confirmed address on the organisation's proven domain joins when it is confirmed;
 * - anything else is a request that an admin approves or rejects.
 * An address that already has a confirmed account gets an email saying so, and the caller the
 * same answer as a new one, so registration cannot be used to find out who has an account.
 */
export async function register({ ctx, input }: { ctx: ServiceContext; input: RegisterRequest }): Promise<RegistrationOutcome> {
  await assertStrongPassword(input.password, [input.email, input.fullName]);
  const passwordHash = await hashPassword(input.password);
  const locale = input.locale ?? 'ru';
  const now = ctx.now();
  try {
    return await ctx.db.transaction(async (tx) => {
      const { organisation, invitation } = await checkRequest(tx, input, now);
      const [existing] = await tx
        .select()
        .from(users)
        .where(eq(sql`lower(${users.email})`, input.email))
        .for('update');
      if (existing?.emailVerifiedAt || existing?.disabledAt) {
        await queueAccountEmail(tx, 'already_registered', { address: input.email, locale: existing.locale }, `${ctx.publicUrl}/reset-password`);
        return { status: 'verification_sent' } as const;
      }
      const person = {
        email: input.email,
        passwordHash,
        fullName: input.fullName,
        role: input.role,
        locale,
        emailVerifiedAt: invitation ? now : null,
        updatedAt: now,
      };
      if (existing) await startOver(tx, existing.id, now);
      const [user] = existing
        ? await tx.update(users).set(person).where(eq(users.id, existing.id)).returning()
        : await tx.insert(users).values(person).returning();
      const userId = user!.id;
      const organisationId = await joinOrCreate(tx, ctx, input, organisation, userId, invitation?.createdBy ?? null, now);
      if (invitation) await spendToken(tx, invitation.id, now);
      await recordAudit(tx, {
        action: 'auth.registered',
        actorUserId: userId,
        targetType: 'user',
        targetId: userId,
        ip: ctx.ip,
        details: { role: input.role, organisationId },
      });
      if (invitation) return { status: 'signed_up', userId } as const;
      const token = await issueAccountToken(tx, 'verify_email', { email: input.email, userId }, now);
      await queueAccountEmail(tx, 'verify_email', { address: input.email, locale }, `${ctx.publicUrl}/verify-email#token=${token}`);
      return { status: 'verification_sent' } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_unique')) return { status: 'verification_sent' }; // a race with the same address: as above
    if (isUniqueViolation(error, 'organisations_bin_unique')) throw binTaken();
    throw error;
  }
}

/** Creates the organisation, or records how the person may join the existing one; returns its id. */
async function joinOrCreate(
  tx: Transaction,
  ctx: ServiceContext,
  input: RegisterRequest,
  organisation: Existing | undefined,
  userId: string,
  invitedBy: string | null,
  now: Date,
): Promise<string> {
  if ('create' in input.organisation) {
    const [created] = await tx.insert(organisations).values(input.organisation.create).returning({ id: organisations.id, version: organisations.version });
    await enqueueSearchUpdate(tx, 'organisation', created!.id, created!.version);
    // The first member; what they can do still waits for their confirmed address.
    await activateMembership(tx, { userId, organisationId: created!.id, via: 'created' }, now);
    return created!.id;
  }
  if (invitedBy) {
    await activateMembership(tx, { userId, organisationId: organisation!.id, via: 'invitation', invitedBy }, now);
    return organisation!.id;
  }
  const via = isOnDomain(input.email, organisation!.verifiedDomain) ? 'domain' : 'approval';
  await tx.insert(memberships).values({ userId, organisationId: organisation!.id, via, status: 'pending' });
  await recordAudit(tx, {
    action: 'membership.requested',
    actorUserId: userId,
    targetType: 'organisation',
    targetId: organisation!.id,
    ip: ctx.ip,
    details: { via },
  });
  if (via === 'approval') {
    await queueAccountEmail(
      tx,
      'join_requested',
      { address: input.email, locale: input.locale ?? 'ru' },
      `${ctx.publicUrl}/profile`,
      pickText(organisation!.name, input.locale ?? 'ru'),
    );
  }
  return organisation!.id;
}
