import { sql, type SQL } from 'drizzle-orm';
import { priorityAreas, whyMatchesFailIndicators, type AnalyticsFilters, type BreakdownDimension } from '@kopir/shared';

export interface Period {
  from: string;
  to: string;
}

/** The period asked for, or the current calendar year; `to` is inclusive. */
export function periodOf(filters: AnalyticsFilters): Period {
  const year = new Date().getUTCFullYear();
  return { from: filters.from ?? `${year}-01-01`, to: filters.to ?? `${year}-12-31` };
}

/** The filters of one calendar year, optionally of one region: what reports and open data read. */
export const calendarYear = (year: number, regionCode: string | null = null): AnalyticsFilters => ({
  from: `${year}-01-01`,
  to: `${year}-12-31`,
  ...(regionCode && { region: regionCode as AnalyticsFilters['region'] }),
});

/** Where a collaboration is attributed in a breakdown: its lab's region, organisation, territory, first field; its need's first sector. */
/**
 * Where a collaboration's attributes are read: its lab's and need's columns in the raw rows, or a
 * rollup row's copies of them (rollup-facts.ts). Filters and breakdown keys are written once, over these.
 */
export interface AttributeColumns {
  region: SQL;
  /** Null for none. */
  territory: SQL;
  organisation: SQL;
  fields: SQL;
  sectors: SQL;
}

/** Over collaborations `c`, needs `n` and labs `l`. */
const rawColumns: AttributeColumns = {
  region: sql`l.region_code`,
  territory: sql`l.territory_code`,
  organisation: sql`l.organisation_id`,
  fields: sql`l.research_fields`,
  sectors: sql`n.sectors`,
};

/** A breakdown's key: every collaboration falls in exactly one group (first sector, first field). */
export const dimensionExpressionOver = (columns: AttributeColumns): Record<BreakdownDimension, SQL> => ({
  region: columns.region,
  sector: sql`coalesce((${columns.sectors})[1], 'none')`,
  field: sql`coalesce((${columns.fields})[1], 'none')`,
  organisation: sql`${columns.organisation}::text`,
  territory: sql`coalesce(${columns.territory}, 'none')`,
});

export const dimensionExpression = dimensionExpressionOver(rawColumns);

/** A text[] literal of validated codes, each sent as a parameter. */
export const textArray = (codes: readonly string[]): SQL =>
  sql`array[${sql.join(codes.length ? codes.map((code) => sql`${code}`) : [sql`''`], sql`, `)}]::text[]`;

export const priorityArea = (filters: AnalyticsFilters) => priorityAreas.find((candidate) => candidate.code === filters.priority);

/** The WHERE clause of the filters, over the raw rows or `columns`. Values are validated codes, sent as parameters. */
export function filterClause(filters: AnalyticsFilters, columns: AttributeColumns = rawColumns): SQL {
  const conditions: SQL[] = [sql`true`];
  if (filters.region) conditions.push(sql`${columns.region} = ${filters.region}`);
  if (filters.sector) conditions.push(sql`${filters.sector} = any(${columns.sectors})`);
  if (filters.field) conditions.push(sql`${filters.field} = any(${columns.fields})`);
  if (filters.territory) conditions.push(sql`${columns.territory} = ${filters.territory}`);
  const area = priorityArea(filters);
  if (area) conditions.push(sql`(${columns.sectors} && ${textArray(area.sectors)} or ${columns.fields} && ${textArray(area.fields)})`);
  return sql.join(conditions, sql` and `);
}

/**
 * Every indicator of indicators/definitions.ts as one SELECT list, each counting the events that
 * fall in the period by their own date (a collaboration proposed in 2025 and contracted in 2026
 * counts as a 2026 contract). The bounds are dates, or SQL expressions (a time series' buckets).
 */
export function indicatorColumns(period: Period | { from: SQL; to: SQL }): SQL {
  const within = (column: string) => sql`(${sql.raw(column)} >= ${period.from}::date and ${sql.raw(column)} < ${period.to}::date + 1)`;
  const contracted = within('c.contracted_at');
  const completed = within('c.completed_at');
  // A decline or cancellation ends the collaboration: its reason counts on that day, as 'cancelled' does.
  const ended = within('coalesce(c.cancelled_at, c.declined_at)');
  // Which step ended it, as the rollup's trigger reads it (migration 0017_decision_reasons).
  const endedBy = sql`case when c.cancelled_at is not null then 'cancelled' when c.declined_at is not null then 'declined' end`;
  return sql`
    count(*) filter (where ${within('c.created_at')})::int as "proposals",
    count(*) filter (where ${within('c.accepted_at')})::int as "accepted",
    count(*) filter (where ${contracted})::int as "contracted",
    count(*) filter (where ${completed})::int as "completed",
    count(*) filter (where ${ended})::int as "cancelled",
    coalesce(sum(c.contract_budget_kzt) filter (where ${contracted}), 0)::bigint as "contractedVolumeKzt",
    coalesce(sum(c.contract_budget_kzt) filter (where ${contracted} and c.funding_source = 'company'), 0)::bigint as "volumeCompanyKzt",
    coalesce(sum(c.contract_budget_kzt) filter (where ${contracted} and c.funding_source = 'state_grant'), 0)::bigint as "volumeStateGrantKzt",
    coalesce(sum(c.contract_budget_kzt) filter (where ${contracted} and c.funding_source = 'co_funded'), 0)::bigint as "volumeCoFundedKzt",
    coalesce(sum(c.contract_budget_kzt) filter (where ${contracted} and c.funding_source = 'other'), 0)::bigint as "volumeOtherKzt",
    coalesce(sum(c.outcome_publications) filter (where ${completed}), 0)::int as "publications",
    coalesce(sum(c.outcome_patents) filter (where ${completed}), 0)::int as "patents",
    coalesce(sum(c.outcome_prototypes) filter (where ${completed}), 0)::int as "prototypes",
    coalesce(sum(c.outcome_products) filter (where ${completed}), 0)::int as "products",
    ${sql.join(
      whyMatchesFailIndicators.map(
        ({ code, closingReason: { step, reasonCode } }) =>
          sql`count(*) filter (where ${ended} and ${endedBy} = ${step} and c.closing_reason_code = ${reasonCode})::int as ${sql.identifier(code)},`,
      ),
      sql` `,
    )}
    -- Whole days in Kazakhstan (the sessions' time zone, db/src/client.ts): what a reader counts,
    -- and what the rollup can hold per day, so its median stays exact whatever the number of contracts.
    round((percentile_cont(0.5) within group (order by c.contracted_at::date - n.published_at::date) filter (where
      ${contracted}))::numeric, 1)::float as "medianDaysToContract"`;
}

export const factsFrom = sql`from collaborations c join needs n on n.id = c.need_id join labs l on l.id = c.lab_id`;

/** Postgres returns bigint sums as strings; the API speaks numbers (tenge fit in 2^53). */
export const toValues = (row: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(row)
      .filter(([key]) => key !== 'key' && key !== 'start')
      .map(([key, value]) => [key, value === null ? null : Number(value)]),
  );
