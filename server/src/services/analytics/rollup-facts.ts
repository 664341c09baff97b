import { sql, type SQL } from 'drizzle-orm';
import { whyMatchesFailIndicators, type AnalyticsFilters, type BreakdownDimension } from '@kopir/shared';
import { dimensionExpressionOver, filterClause, textArray, type AttributeColumns, type Period } from './facts.ts';

// The collaboration indicators read from the rollups of migration 0014_analytics_rollup instead of
// the raw collaborations: the same figures (the triggers keep the rollups exact), at a cost that
// follows the number of groups in the period, not the number of collaborations.
//
// Two tables: `collaboration_rollup_dimension` (per month and one breakdown key) answers the whole
// months of whatever has no filter but the period (and of a region's totals), and is bounded by
// months × keys whatever the number of collaborations;
// `collaboration_rollup` (per day and everything a filter reads) answers the rest (filters, and
// the days before and after the whole months), and holds the multiset of days to contract the
// medians are taken over.

/**
 * The per-dimension rows that answer `grouping` for the filters, as a condition over a row `r`, or
 * null when only the detail can: with no filter but the period, the grouping's own dimension; with
 * the region alone (what a region officer always asks), that region's rows, for the totals and
 * the time series (a breakdown within a region needs both keys, which only the detail has).
 */
function perDimension(filters: AnalyticsFilters, grouping: Grouping): SQL | null {
  if (filters.sector || filters.field || filters.territory || filters.priority) return null;
  if (!filters.region) return sql`r.dimension = ${grouping}`;
  return grouping === 'total' ? sql`r.dimension = 'region' and r.key = ${filters.region}` : null;
}

/** A `collaboration_rollup` row `r`'s copies of the attributes ('' stands for no territory there). */
const rollupColumns: AttributeColumns = {
  region: sql`r.region_code`,
  territory: sql`nullif(r.territory_code, '')`,
  organisation: sql`r.organisation_id`,
  fields: sql`r.research_fields`,
  sectors: sql`r.sectors`,
};

const rollupFilterClause = (filters: AnalyticsFilters) => filterClause(filters, rollupColumns);

/** A breakdown's key over a `collaboration_rollup` row, as over the raw rows. */
export const rollupDimensionExpression = dimensionExpressionOver(rollupColumns);

/** The rollup's kind of the events of one step and reason (migration 0017_decision_reasons). */
const reasonKind = ({ step, reasonCode }: { step: string; reasonCode: string }) => `${step}:${reasonCode}`;

/** The additive indicators in the order the API has always listed them, each a sum of one measure over one kind. */
const sums: [name: string, measure: string, kind: string, fundingSource?: string][] = [
  ['proposals', 'events', 'proposed'],
  ['accepted', 'events', 'accepted'],
  ['contracted', 'events', 'contracted'],
  ['completed', 'events', 'completed'],
  ['cancelled', 'events', 'cancelled'],
  ['contractedVolumeKzt', 'budget_kzt', 'contracted'],
  ['volumeCompanyKzt', 'budget_kzt', 'contracted', 'company'],
  ['volumeStateGrantKzt', 'budget_kzt', 'contracted', 'state_grant'],
  ['volumeCoFundedKzt', 'budget_kzt', 'contracted', 'co_funded'],
  ['volumeOtherKzt', 'budget_kzt', 'contracted', 'other'],
  ['publications', 'publications', 'completed'],
  ['patents', 'patents', 'completed'],
  ['prototypes', 'prototypes', 'completed'],
  ['products', 'products', 'completed'],
  // Why matches fail: migration 0015 counts each decline and cancellation once more, as 'declined:<reason>' or 'cancelled:<reason>'.
  ...whyMatchesFailIndicators.map(({ code, closingReason }): [string, string, string] => [code, 'events', reasonKind(closingReason)]),
];
const bigints = new Set(['contractedVolumeKzt', 'volumeCompanyKzt', 'volumeStateGrantKzt', 'volumeCoFundedKzt', 'volumeOtherKzt']);
const cast = (name: string) => sql.raw(bigints.has(name) ? 'bigint' : 'int');

/** The sums over the rows `r` of `rowsFor`. */
export const sumColumns = sql.join(
  sums.map(([name, measure, kind, source]) => {
    const where = source ? sql`r.kind = ${kind} and r.funding_source = ${source}` : sql`r.kind = ${kind}`;
    return sql`coalesce(sum(r.${sql.identifier(measure)}) filter (where ${where}), 0)::${cast(name)} as ${sql.identifier(name)}`;
  }),
  sql`, `,
);

/** The sums of a left-joined `s` (zeros where it has no row), then the median of `m`, in the API's order. */
export const joinedColumns = sql.join(
  [...sums.map(([name]) => sql`coalesce(s.${sql.identifier(name)}, 0)::${cast(name)} as ${sql.identifier(name)}`), sql`m."medianDaysToContract"`],
  sql`, `,
);

const inDetailPeriod = (period: Period) => sql`r.day between ${period.from}::date and ${period.to}::date`;

/** The whole months of the period, read from the per-dimension month rows, and the days before and after them, read from the detail. */
function periodParts(period: Period) {
  const firstWholeMonth = sql`(date_trunc('month', ${period.from}::date - 1) + interval '1 month')::date`;
  const lastWholeMonth = sql`(date_trunc('month', ${period.to}::date + 1) - interval '1 month')::date`;
  const lastWholeDay = sql`(date_trunc('month', ${period.to}::date + 1) - interval '1 day')::date`;
  return {
    months: sql`r.grain = 'month' and r.day between ${firstWholeMonth} and ${lastWholeMonth}`,
    edgeDays: sql`${inDetailPeriod(period)} and (r.day < ${firstWholeMonth} or r.day > ${lastWholeDay})`,
  };
}

type Grouping = BreakdownDimension | 'total';

/** The dated kinds of event the sums read (the rollups also hold 'collaboration' and the medians' histograms). */
const eventKinds = [
  'proposed',
  'accepted',
  'contracted',
  'completed',
  'cancelled',
  ...whyMatchesFailIndicators.map(({ closingReason }) => reasonKind(closingReason)),
];

/**
 * The rollup rows for the filters in the period, with the breakdown's key as `key`, from one table
 * or the other; with `everyGroup`, also the undated 'collaboration' rows that list every group
 * with a collaboration matching the filters (a breakdown shows those with zeros, as the raw query did).
 */
export function rowsFor(filters: AnalyticsFilters, grouping: Grouping, period: Period, { everyGroup = false } = {}): SQL {
  const columns = sql`r.day, r.kind, r.funding_source, r.events, r.budget_kzt, r.publications, r.patents, r.prototypes, r.products`;
  const detailKey = grouping === 'total' ? sql`''` : rollupDimensionExpression[grouping];
  const dimension = perDimension(filters, grouping);
  if (dimension) {
    const { months, edgeDays } = periodParts(period);
    // Each part one range of collaboration_rollup_dimension_unique (dimension, grain, kind, day …),
    // past the medians' histogram rows.
    const listed = everyGroup
      ? sql`union all select r.key, ${columns} from collaboration_rollup_dimension r
          where ${dimension} and r.grain = 'day' and r.kind = 'collaboration' and r.day = '-infinity'`
      : sql``;
    return sql`(select r.key, ${columns} from collaboration_rollup_dimension r
      where ${dimension} and ${months} and r.kind = any(${textArray(eventKinds)})
      ${listed}
      union all
      select ${detailKey} as key, ${columns} from collaboration_rollup r where ${edgeDays} and ${rollupFilterClause(filters)})`;
  }
  const when = everyGroup ? sql`(${inDetailPeriod(period)} or (r.day = '-infinity' and r.kind = 'collaboration'))` : inDetailPeriod(period);
  return sql`(select ${detailKey} as key, ${columns} from collaboration_rollup r where ${rollupFilterClause(filters)} and ${when})`;
}

const medianColumn = (expression: SQL) => sql`round((${expression})::numeric, 1)::float as "medianDaysToContract"`;

/**
 * Per key, the median of the values of rows (key, value, n, before, lo, hi): `n` contracts of
 * `value` days, `before` contracts of the key with fewer days, lo and hi the 0-based positions of
 * the middle one or two. As percentile_cont(0.5): (value at lo + value at hi) / 2.
 */
const pickMiddle = (positioned: SQL) => sql`
  select key, ${medianColumn(sql`(min(value) filter (where lo >= before and lo < before + n) + min(value) filter (where hi >= before and hi < before + n)) / 2.0`)}
  from (${positioned}) positioned
  group by key`;

/**
 * The median whole days from publication to contract of the contracts in the period, per `key`,
 * equal to the raw query's percentile_cont. `key` is an expression over a detail row `r`, for a
 * breakdown's key or a time series' bucket; `grouping` and `histogramKey` say the same over the
 * per-dimension rows.
 *
 * Days are whole, so a histogram (contracts per number of days) is the exact multiset. With
 * filters it comes from the detail rows that match (as many as the groups they fall in). Without,
 * in two steps whose cost does not follow the contracts: the histogram per 10-day bucket (the
 * month rows, and the detail for the days at either end of the period) says which bucket holds
 * the middle one or two and how many contracts come before it; then the per-day histogram of that
 * bucket only (at most 10 values per month) gives the middle values.
 */
export function medianQuery(filters: AnalyticsFilters, period: Period, key: SQL, grouping: Grouping, histogramKey?: SQL): SQL {
  const dimension = perDimension(filters, grouping);
  // The totals' key is '' in both tables (a region's rows carry the region as theirs).
  const dimensionKey = histogramKey ?? (grouping === 'total' ? sql`''` : sql`r.key`);
  if (!dimension) {
    return pickMiddle(sql`
      select key, value, n, sum(n) over (partition by key order by value) - n as before,
             floor((sum(n) over (partition by key) - 1) / 2.0) as lo, ceil((sum(n) over (partition by key) - 1) / 2.0) as hi
      from (
        select ${key} as key, r.days_to_contract as value, sum(r.events) as n
        from collaboration_rollup r
        where r.kind = 'contracted' and ${inDetailPeriod(period)} and ${rollupFilterClause(filters)}
        group by 1, 2 having sum(r.events) > 0
      ) histogram`);
  }
  const { months, edgeDays } = periodParts(period);
  // The buckets a key needs are looked up one index range each (OFFSET 0 keeps the planner from
  // flattening the laterals into scans of every contract of the period).
  return sql`
    with b as (
      select key, bucket, sum(n)::bigint as n
      from (
        select ${dimensionKey} as key, r.days_bucket as bucket, r.events as n
        from collaboration_rollup_dimension r where ${dimension} and r.kind = 'contract_days' and ${months}
        union all
        select ${key}, floor(r.days_to_contract / 10.0)::int, r.events from collaboration_rollup r
        where r.kind = 'contracted' and ${edgeDays} and ${rollupFilterClause(filters)}
      ) parts
      group by 1, 2 having sum(n) > 0
    ),
    c as (select key, bucket, n, sum(n) over (partition by key order by bucket) - n as before, sum(n) over (partition by key) as total from b),
    -- The buckets holding position lo or hi of the middle (0-based, from the smallest value).
    h as (
      select key, bucket, before, floor((total - 1) / 2.0)::bigint as lo, ceil((total - 1) / 2.0)::bigint as hi
      from c where before <= ceil((total - 1) / 2.0) and before + n > floor((total - 1) / 2.0)
    ),
    w as (select key, min(before) as before, min(lo) as lo, min(hi) as hi, array_agg(bucket) as buckets from h group by key),
    wb as (select distinct unnest(buckets) as bucket from w),
    v as (
      select key, value, sum(n) as n
      from (
        select ${dimensionKey} as key, r.days_bucket as value, r.events as n
        from wb cross join lateral (
          select * from collaboration_rollup_dimension r
          where ${dimension} and r.kind = 'contract_day' and r.days_bucket between wb.bucket * 10 and wb.bucket * 10 + 9 and ${months}
          offset 0
        ) r
        union all
        select ${key}, r.days_to_contract, r.events
        from wb cross join lateral (
          select * from collaboration_rollup r
          where r.kind = 'contracted' and floor(r.days_to_contract / 10.0) = wb.bucket and ${edgeDays} and ${rollupFilterClause(filters)} offset 0
        ) r
      ) parts
      group by 1, 2 having sum(n) > 0
    )
    ${pickMiddle(sql`
      select w.key, v.value, v.n, w.before + sum(v.n) over (partition by w.key order by v.value) - v.n as before, w.lo, w.hi
      from w join v on v.key = w.key and floor(v.value / 10.0)::int = any(w.buckets)`)}`;
}
