import type { users } from '@kopir/db';
import type { User } from '@kopir/shared';

/** The API's view of a user row: never the password hash or the second factor's key. */
export const toUser = (row: typeof users.$inferSelect): User => ({
  id: row.id,
  email: row.email,
  fullName: row.fullName,
  role: row.role,
  organisationId: row.emailVerifiedAt ? row.organisationId : null,
  regionCode: row.regionCode,
  locale: row.locale,
  disabled: row.disabledAt !== null,
  emailVerified: row.emailVerifiedAt !== null,
  secondFactorEnabled: row.totpEnabledAt !== null,
});
