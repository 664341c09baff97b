import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.ts';

// The analytics rollup: collaboration events counted per day and per everything a filter or a
// breakdown reads, kept exact by the statement-level triggers of migration 0014_analytics_rollup (collaborations,
// and the lab and need attributes the indicators read today) and rebuilt by `pnpm analytics:rebuild`.
// Key columns are never null ('' stands for "none") so that the triggers' upserts and the
// comparisons of `--check` are plain equality.

/** The measures every rollup row carries, summed over its events (negative deltas are applied too). */
const measures = {
  /** How many events of the kind fell on the day in this group. */
  events: integer().notNull(),
  /** Contracted: the sum of the contract budgets. */
  budgetKzt: bigint({ mode: 'number' }).notNull(),
  /** Completed: the sums of the outcomes. */
  publications: integer().notNull(),
  patents: integer().notNull(),
  prototypes: integer().notNull(),
  products: integer().notNull(),
};

/**
 * The exact grain: every filter (`= any(sectors)`, `= any(research_fields)`, priority areas over
 * both arrays, region, territory) and every breakdown can be answered from it, and for contracts
 * the days from publication to contract are in the key: the multiset the median is taken over.
 */
export const collaborationRollup = pgTable(
  'collaboration_rollup',
  {
    /** The event's date in Kazakhstan (UTC+5), as the raw queries compare it. */
    day: date({ mode: 'string' }).notNull(),
    /** proposed (created_at), accepted, contracted, completed, cancelled (cancelled or declined); collaboration (one per collaboration, on day -infinity). */
    kind: text().notNull(),
    /** Contracted only; '' for the other kinds and a contract without a source. */
    fundingSource: text().notNull(),
    /** The lab's, as now (a lab edit moves its collaborations). */
    regionCode: text().notNull(),
    /** The lab's science territory, '' for none. */
    territoryCode: text().notNull(),
    organisationId: uuid().notNull(),
    /** The lab's fields, in order (the first is the field breakdown's key). */
    researchFields: text().array().notNull(),
    /** The need's sectors, in order (the first is the sector breakdown's key). */
    sectors: text().array().notNull(),
    /** Contracted only: whole days in Kazakhstan from the need's publication to the contract; 0 for the other kinds. */
    daysToContract: integer().notNull(),
    ...measures,
  },
  (table) => [
    uniqueIndex('collaboration_rollup_group_unique').on(
      table.day,
      table.kind,
      table.fundingSource,
      table.regionCode,
      table.territoryCode,
      table.organisationId,
      table.researchFields,
      table.sectors,
      table.daysToContract,
    ),
    // The medians read the contracts of a period only.
    index('collaboration_rollup_contract_day_idx').on(table.day).where(sql`${table.kind} = 'contracted'`),
    index('collaboration_rollup_region_day_idx').on(table.regionCode, table.day),
    // The median's second step: the contracts of one 10-day bucket of the histogram, in the period.
    index('collaboration_rollup_contract_bucket_idx').on(sql`floor(${table.daysToContract} / 10.0)`, table.day).where(sql`${table.kind} = 'contracted'`),
  ],
);

/**
 * The same events summed per month and one breakdown's key (dimension 'total' with key '' for the
 * whole country): what an unfiltered summary, breakdown or time series reads for the whole months
 * of its period (the days at either end come from the detail). Its size is bounded by months ×
 * kinds × keys, whatever the number of collaborations. Day rows hold only the contracts of each
 * lab organisation and (dimension 'company') need organisation, which the platform indicators
 * probe, and the undated 'collaboration' rows listing a breakdown's groups.
 */
export const collaborationRollupDimension = pgTable(
  'collaboration_rollup_dimension',
  {
    /** total, region, sector, field, organisation, territory; company (contract day rows only). */
    dimension: text().notNull(),
    /** The breakdown's key as the raw query computes it ('none' for a missing first sector …). */
    key: text().notNull(),
    /** 'month' with `day` the first of the month, or 'day' (see above). */
    grain: text().notNull(),
    day: date({ mode: 'string' }).notNull(),
    /**
     * The detail's kinds, and the medians' two histograms of the month's contracts: contract_days
     * per 10-day bucket, contract_day per whole day (read only for the buckets holding the middle).
     */
    kind: text().notNull(),
    fundingSource: text().notNull(),
    /** contract_days: floor(days to contract / 10); contract_day: the days to contract; -1 for the other kinds. */
    daysBucket: integer().notNull(),
    ...measures,
  },
  (table) => [
    // Kind before day: a reader's range (one dimension's months of one kind) skips the histograms.
    uniqueIndex('collaboration_rollup_dimension_unique').on(
      table.dimension,
      table.grain,
      table.kind,
      table.day,
      table.fundingSource,
      table.daysBucket,
      table.key,
    ),
    // Has this organisation (or company) a contract in the period: one probe per organisation.
    index('collaboration_rollup_dimension_key_idx').on(table.dimension, table.key, table.kind, table.day).where(sql`${table.grain} = 'day'`),
    // The median's second step: a bucket's whole days, in the months of the period.
    index('collaboration_rollup_dimension_days_idx').on(table.dimension, table.kind, table.daysBucket, table.day).where(sql`${table.grain} = 'month'`),
  ],
);

/**
 * Per need, what the need funnel reads of its collaborations: the first proposal (exact, for the
 * median days to a first proposal) and how many reached a contract. Kept by the same triggers.
 */
export const needFunnelRollup = pgTable('need_funnel_rollup', {
  needId: uuid().primaryKey(),
  firstProposedAt: timestamptz(),
  collaborations: integer().notNull(),
  contracted: integer().notNull(),
});
