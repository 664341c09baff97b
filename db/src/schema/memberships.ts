import { check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { membershipStatuses, membershipVias, type MembershipStatus, type MembershipVia } from '@kopir/shared';
import { oneOf, timestamptz } from './columns.ts';
import { organisations } from './organisations.ts';
import { users } from './users.ts';

/**
 * How each person came to belong to an organisation, and whether they still do. The active one is
 * mirrored in `users.organisation_id`, which every access check reads; this table is the record
 * of proof (created it, invited, a verified address on the organisation's proven domain, an
 * admin's approval) that members and admins see, and where a pending request waits.
 */
export const memberships = pgTable(
  'memberships',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    via: text().$type<MembershipVia>().notNull(),
    status: text().$type<MembershipStatus>().notNull(),
    /** The member who sent the invitation. */
    invitedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** The admin who approved or rejected a request, or the member who revoked the membership. */
    decidedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamptz(),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [
    check('memberships_via_check', oneOf(table.via, membershipVias)),
    check('memberships_status_check', oneOf(table.status, membershipStatuses)),
    index('memberships_organisation_idx').on(table.organisationId, table.status),
    index('memberships_user_idx').on(table.userId),
  ],
);
