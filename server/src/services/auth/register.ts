import { eq } from 'drizzle-orm';
import { isUniqueViolation, organisations, users } from '@kopir/db';
import type { OrganisationKind, RegisterRequest } from '@kopir/shared';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { ServiceContext } from '../context.ts';
import { enqueueSearchUpdate } from '../search-outbox/enqueue.ts';
import { toUser } from '../users/to-user.ts';
import { hashPassword } from './password.ts';
import { startTokenFamily } from './refresh-tokens.ts';
import type { SessionGrant } from './session-grant.ts';

/** Researchers work at universities and institutes; company staff at companies. */
const kindsFor: Record<RegisterRequest['role'], OrganisationKind[]> = {
  researcher: ['university', 'research_institute'],
  company: ['company'],
};

const wrongKind = (role: RegisterRequest['role']) =>
  new AppError(400, 'ORGANISATION_KIND_MISMATCH', `A ${role} account belongs to a ${kindsFor[role].join(' or ').replace('_', ' ')}`, [
    { path: 'body.organisation', message: `Choose a ${kindsFor[role].join(' or ').replace('_', ' ')}` },
  ]);

/**
 * Members may edit their organisation, so joining one must prove a tie to it: when the
 * organisation has a website, the email must be on that domain (kaznu.kz, or a subdomain of it).
 */
function assertEmailFitsOrganisation(email: string, website: string | null): void {
  if (!website) return;
  const domain = new URL(website).hostname.replace(/^www\./, '');
  const emailDomain = email.split('@')[1] ?? '';
  if (emailDomain === domain || emailDomain.endsWith(`.${domain}`)) return;
  throw new AppError(403, 'EMAIL_DOMAIN_MISMATCH', `To join this organisation, register with an email address at ${domain}`, [
    { path: 'body.email', message: `Use your address at ${domain}` },
  ]);
}

/**
 * A researcher or company employee registers, joining an existing organisation or creating one,
 * and is signed in. One transaction: no user without an organisation, no orphan organisation.
 */
export async function register({ ctx, input, refreshTtlDays }: { ctx: ServiceContext; input: RegisterRequest; refreshTtlDays: number }): Promise<SessionGrant> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await ctx.db.transaction(async (tx) => {
      let organisationId: string;
      if ('id' in input.organisation) {
        const [existing] = await tx
          .select({ id: organisations.id, kind: organisations.kind, website: organisations.website })
          .from(organisations)
          .where(eq(organisations.id, input.organisation.id));
        if (!existing) throw new AppError(400, 'ORGANISATION_NOT_FOUND', 'That organisation does not exist', [{ path: 'body.organisation.id', message: 'No organisation has this id' }]);
        if (!kindsFor[input.role].includes(existing.kind)) throw wrongKind(input.role);
        assertEmailFitsOrganisation(input.email, existing.website);
        organisationId = existing.id;
      } else {
        if (!kindsFor[input.role].includes(input.organisation.create.kind)) throw wrongKind(input.role);
        const [created] = await tx.insert(organisations).values(input.organisation.create).returning({ id: organisations.id, version: organisations.version });
        organisationId = created!.id;
        await enqueueSearchUpdate(tx, 'organisation', created!.id, created!.version);
      }
      const [user] = await tx
        .insert(users)
        .values({ email: input.email, passwordHash, fullName: input.fullName, role: input.role, organisationId, locale: input.locale ?? 'ru' })
        .returning();
      await recordAudit(tx, { action: 'auth.registered', actorUserId: user!.id, targetType: 'user', targetId: user!.id, ip: ctx.ip, details: { role: input.role, organisationId } });
      return { user: toUser(user!), refresh: await startTokenFamily(tx, user!.id, refreshTtlDays) };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_unique')) {
      throw new AppError(409, 'EMAIL_TAKEN', 'An account with this email already exists; sign in instead', [{ path: 'body.email', message: 'Already registered' }]);
    }
    if (isUniqueViolation(error, 'organisations_bin_unique')) {
      throw new AppError(409, 'BIN_TAKEN', 'An organisation with this BIN is already registered; join it instead', [
        { path: 'body.organisation.create.bin', message: 'Already registered' },
      ]);
    }
    throw error;
  }
}
