import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgTable, real, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  cancelReasonCodes,
  collaborationSides,
  collaborationStatuses,
  declineReasonCodes,
  fundingSources,
  type ClosingReasonCode,
  type CollaborationSide,
  type CollaborationStatus,
  type FundingSource,
} from '@kopir/shared';
import { oneOf, timestamps, timestamptz, version } from './columns.ts';
import { labs } from './labs.ts';
import { needs } from './needs.ts';
import { users } from './users.ts';

/** What a match becomes once someone acts on it; its history is in `collaboration_events`. */
export const collaborations = pgTable(
  'collaborations',
  {
    id: uuid().primaryKey().defaultRandom(),
    needId: uuid()
      .notNull()
      .references(() => needs.id, { onDelete: 'restrict' }),
    labId: uuid()
      .notNull()
      .references(() => labs.id, { onDelete: 'restrict' }),
    status: text().$type<CollaborationStatus>().notNull().default('proposed'),
    initiatedBy: text().$type<CollaborationSide>().notNull(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    /** A client-chosen key: the same POST repeated with it returns the first collaboration. */
    idempotencyKey: text(),
    message: text(),
    /** The engine's score when the collaboration was started from a match. */
    matchScore: real(),
    contractBudgetKzt: bigint({ mode: 'number' }),
    fundingSource: text().$type<FundingSource>(),
    contractStartOn: date({ mode: 'string' }),
    contractEndOn: date({ mode: 'string' }),
    outcomePublications: integer().notNull().default(0),
    outcomePatents: integer().notNull().default(0),
    outcomePrototypes: integer().notNull().default(0),
    outcomeProducts: integer().notNull().default(0),
    outcomePeopleTrained: integer().notNull().default(0),
    /** Why it was declined or cancelled, from that step's closed list (domain.ts); set exactly when it was. */
    closingReasonCode: text().$type<ClosingReasonCode>(),
    /** Why it was declined or cancelled, in the words of whoever did it (optional). */
    closingReason: text(),
    acceptedAt: timestamptz(),
    declinedAt: timestamptz(),
    contractedAt: timestamptz(),
    completedAt: timestamptz(),
    cancelledAt: timestamptz(),
    version: version(),
    ...timestamps,
  },
  (table) => [
    check('collaborations_status_check', oneOf(table.status, collaborationStatuses)),
    check('collaborations_side_check', oneOf(table.initiatedBy, collaborationSides)),
    check('collaborations_funding_check', sql`${table.fundingSource} is null or ${oneOf(table.fundingSource, fundingSources)}`),
    // A contracted or completed collaboration always has its contract recorded.
    check(
      'collaborations_contract_check',
      sql`${table.status} not in ('contracted', 'completed') or (${sql.join(
        [table.contractBudgetKzt, table.fundingSource, table.contractStartOn, table.contractedAt].map((column) => sql`${column} is not null`),
        sql` and `,
      )})`,
    ),
    // A decline carries a decline reason and a cancellation a cancellation reason, nothing else does:
    // so the indicator's breakdown by reason always sums to the declines and cancellations.
    check(
      'collaborations_closing_reason_check',
      sql`case ${table.status}
        when 'declined' then ${table.closingReasonCode} is not null and ${oneOf(table.closingReasonCode, declineReasonCodes)}
        when 'cancelled' then ${table.closingReasonCode} is not null and ${oneOf(table.closingReasonCode, cancelReasonCodes)}
        else ${table.closingReasonCode} is null end`,
    ),
    check('collaborations_budget_check', sql`${table.contractBudgetKzt} is null or ${table.contractBudgetKzt} >= 0`),
    check(
      'collaborations_dates_check',
      sql`${table.contractEndOn} is null or ${table.contractStartOn} is null or ${table.contractEndOn} >= ${table.contractStartOn}`,
    ),
    check(
      'collaborations_outcomes_check',
      sql`least(${sql.join(
        [table.outcomePublications, table.outcomePatents, table.outcomePrototypes, table.outcomeProducts, table.outcomePeopleTrained],
        sql`, `,
      )}) >= 0`,
    ),
    // At most one live collaboration per lab–need pair; a declined or cancelled one may be retried.
    uniqueIndex('collaborations_live_pair_unique').on(table.needId, table.labId).where(sql`${table.status} in ('proposed', 'accepted', 'contracted')`),
    uniqueIndex('collaborations_idempotency_unique').on(table.createdBy, table.idempotencyKey).where(sql`${table.idempotencyKey} is not null`),
    // Need id first for lookups by need; created and contracted dates in the key so the need funnel
    // (first proposal, reached a contract) is an index-only scan: −30 % summary p95 in bench:analytics.
    index('collaborations_need_created_idx').on(table.needId, table.createdAt, table.contractedAt),
    index('collaborations_lab_idx').on(table.labId),
    index('collaborations_status_idx').on(table.status),
    index('collaborations_created_idx').on(table.createdAt),
  ],
);
