import { randomBytes } from 'node:crypto';
import { organisations, users } from '@kopir/db';
import { binCheckDigit, type LocalizedText, type OrganisationKind, type UserRole } from '@kopir/shared';
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

/**
 * A user of `role` with a known password and a valid access token. Researchers and company staff
 * get an organisation of the right kind unless one is given; region officers get Astana.
 */
export async function createUser(app: App, role: UserRole, overrides: { organisationId?: string; regionCode?: string; email?: string } = {}) {
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
      role,
      organisationId,
      regionCode: role === 'region' ? (overrides.regionCode ?? 'KZ-71') : null,
    })
    .returning();
  const accessToken = app.jwt.sign({ sub: user!.id, role, org: organisationId, region: user!.regionCode });
  return { user: user!, accessToken, authorization: `Bearer ${accessToken}` };
}
