import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTransaction } from '@kopir/db';
import type { AnalyticsFilters, BreakdownDimension, IndicatorValues } from '@kopir/shared';
import { dimensionExpression, factsFrom, filterClause, periodOf, toValues, type Period } from './facts.ts';

// What disclosure control needs to know about each published cell and the analytics API does not
// say: how many contracts of each funding source a sum rests on, and the largest single
// contribution to each sum (for the dominance rule). Its own query over the same facts, so the
// analytics API's answers stay exactly as they are. Never published: these are the internals of
// a cell, and the largest contribution is one contract's own figure.

const fundingSources = [
  ['company', 'Company'],
  ['state_grant', 'StateGrant'],
  ['co_funded', 'CoFunded'],
  ['other', 'Other'],
] as const;

const outcomes = [
  ['outcome_publications', 'Publications'],
  ['outcome_patents', 'Patents'],
  ['outcome_prototypes', 'Prototypes'],
  ['outcome_products', 'Products'],
] as const;

/** The contribution codes, each a count (`contracted…`) or a largest contribution (`largest…`). */
function contributionColumns(period: Period): SQL {
  const within = (column: string) => sql`(${sql.raw(column)} >= ${period.from}::date and ${sql.raw(column)} < ${period.to}::date + 1)`;
  const contracted = within('c.contracted_at');
  const completed = within('c.completed_at');
  const columns: SQL[] = [sql`coalesce(max(c.contract_budget_kzt) filter (where ${contracted}), 0)::bigint as "largestContractKzt"`];
  for (const [source, name] of fundingSources) {
    const ofSource = sql`${contracted} and c.funding_source = ${source}`;
    columns.push(sql`count(*) filter (where ${ofSource})::int as ${sql.identifier(`contracted${name}`)}`);
    columns.push(sql`coalesce(max(c.contract_budget_kzt) filter (where ${ofSource}), 0)::bigint as ${sql.identifier(`largest${name}Kzt`)}`);
  }
  for (const [column, name] of outcomes)
    columns.push(sql`coalesce(max(${sql.raw(`c.${column}`)}) filter (where ${completed}), 0)::int as ${sql.identifier(`largest${name}`)}`);
  return sql.join(columns, sql`, `);
}

/** The contributions behind the total for the filters. */
export async function contributionTotals(db: DbOrTransaction, filters: AnalyticsFilters): Promise<IndicatorValues> {
  const [row] = await db.execute<Record<string, unknown>>(sql`select ${contributionColumns(periodOf(filters))} ${factsFrom} where ${filterClause(filters)}`);
  return toValues(row ?? {});
}

/** The contributions behind each group of a breakdown, keyed as the breakdown's rows are. */
export async function contributionBreakdown(db: DbOrTransaction, filters: AnalyticsFilters, by: BreakdownDimension): Promise<Map<string, IndicatorValues>> {
  const rows = await db.execute<Record<string, unknown>>(
    sql`select ${dimensionExpression[by]} as "key", ${contributionColumns(periodOf(filters))} ${factsFrom} where ${filterClause(filters)} group by 1
      order by 1`,
  );
  return new Map(rows.map((row) => [String(row.key), toValues(row)]));
}

/**
 * The contributions of a cell consolidated from parts (regions): counts add up, the largest is
 * the largest of the parts. Unknown (null) if any part's are unknown, e.g. a report frozen before
 * contributions were recorded: disclosure control then withholds what needs them.
 */
export function combineContributions(parts: (IndicatorValues | null | undefined)[]): IndicatorValues | null {
  if (parts.some((part) => !part)) return null;
  const combined: IndicatorValues = {};
  for (const part of parts as IndicatorValues[]) {
    for (const [code, value] of Object.entries(part)) {
      const previous = combined[code] ?? 0;
      combined[code] = code.startsWith('largest') ? Math.max(previous, value ?? 0) : previous + (value ?? 0);
    }
  }
  return combined;
}
