import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { memberships, organisations, sessions, users } from '@kopir/db';
import { binCheckDigit, secondFactorRoles, type LocalizedText, type Locale, type OrganisationKind, type UserRole } from '@kopir/shared';
import { hashPassword, type App } from '@kopir/server';

/** A fresh BIN with a valid check digit, different every call. */
export function validBin(): string {
  for (;;) {
    const first11 = `2${Array.from(randomBytes(10), (byte) => byte % 10).join('')}`;
    const check = binCheckDigit(first11);
    if (check !== undefined) return `${first11}${check}`;
  }
}

const unique = () => randomBytes(4).toString('hex');

export async function createOrganisation(app: App, overrides: Partial<typeof organisations.$inferInsert> & { kind?: OrganisationKind } = {}) {
  const kind = overrides.kind ?? 'university';
  const name: LocalizedText = { en: `Test ${kind} ${unique()}` };
  const [row] = await app.db
    .insert(organisations)
    .values({ kind, name, regionCode: 'KZ-71', ...(kind === 'company' && { bin: validBin() }), ...overrides })
    .returning();
  return row!;
}

export const TEST_PASSWORD = 'Correct-horse-42';

/** The authenticator key of every staff account the factories make, so tests can compute its codes. */
export const TEST_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** The code an authenticator app with `secret` shows now (or at `at`). */
export const totpCode = (secret = TEST_TOTP_SECRET, at = Date.now()) =>
  new TOTP({ issuer: 'Kopir', algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({ timestamp: at });

/** A session for the user, as a completed sign-in leaves it, and an access token for it. */
export async function signedInSession(app: App, userId: string, options: { secondFactorGiven?: boolean } = {}) {
  const [session] = await app.db
    .insert(sessions)
    .values({ userId, secondFactorAt: options.secondFactorGiven === false ? null : new Date() })
    .returning({ id: sessions.id });
  const accessToken = app.signAccessToken(userId, session!.id);
  return { sessionId: session!.id, accessToken, authorization: `Bearer ${accessToken}` };
}

/**
 * A user of `role` with a known password, a confirmed address and a valid access token of a
 * completed sign-in. Researchers and company staff get an organisation of the right kind unless
 * one is given (and are its members); region officers get Astana. Staff accounts have the
 * authenticator `TEST_TOTP_SECRET` set up.
 */
export async function createUser(app: App, role: UserRole, overrides: { organisationId?: string; regionCode?: string; email?: string; locale?: Locale } = {}) {
  let organisationId = overrides.organisationId ?? null;
  if (!organisationId && (role === 'researcher' || role === 'company')) {
    organisationId = (await createOrganisation(app, { kind: role === 'company' ? 'company' : 'university' })).id;
  }
  const [user] = await app.db
    .insert(users)
    .values({
      email: overrides.email ?? `${role}-${unique()}@example.kz`,
      passwordHash: await hashPassword(TEST_PASSWORD),
      fullName: `Test ${role}`,
      // Tests read the interface in English unless they say otherwise (signing in brings the account's language).
      locale: overrides.locale ?? 'en',
      role,
      organisationId,
      regionCode: role === 'region' ? (overrides.regionCode ?? 'KZ-71') : null,
      emailVerifiedAt: new Date(),
      ...((secondFactorRoles as readonly string[]).includes(role) && { totpSecret: TEST_TOTP_SECRET, totpEnabledAt: new Date() }),
    })
    .returning();
  if (organisationId) await app.db.insert(memberships).values({ userId: user!.id, organisationId, via: 'approval', status: 'active', decidedAt: new Date() });
  const { accessToken, authorization, sessionId } = await signedInSession(app, user!.id);
  return { user: user!, accessToken, authorization, sessionId };
}
