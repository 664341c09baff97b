import type { users } from '@kopir/db';
import type { User } from '@kopir/shared';

/** The API's view of a user row: never the password hash. */
export const toUser = (row: typeof users.$inferSelect): User => ({
  id: row.id,
  email: row.email,
  fullName: row.fullName,
  role: row.role,
  organisationId: row.organisationId,
  regionCode: row.regionCode,
  locale: row.locale,
  disabled: row.disabledAt !== null,
});
