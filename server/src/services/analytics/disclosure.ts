import { indicators, type IndicatorDefinition, type IndicatorValues } from '@kopir/shared';

// Statistical disclosure control for every public output (open data, the published national
// report and its downloads): which cells are withheld, and which others are withheld with them so
// that none can be worked back out. Pure: figures in, published figures out. The rules are
// documented in docs/indicators.md (shared/src/indicators/indicators-doc.ts).

/** A count, sum or share resting on fewer cases than this is withheld. */
export const MIN_CASES = 3;
/** A median resting on fewer cases than this is withheld: over 3 or 4 cases the median is nearly one case's own value. */
const MIN_MEDIAN_CASES = 5;
/** A sum is withheld when its largest single contribution is more than this share of it. */
const DOMINANCE_SHARE = 0.8;

/** A cell's figures as computed, and its contributions (contribution-facts.ts); null when not known. */
interface CellFacts {
  values: IndicatorValues;
  contributions: IndicatorValues | null;
}

export interface Row<T> {
  key: string;
  values: T;
}

/**
 * One published table: a total and breakdowns of it (each a set of groups that sum to the total,
 * e.g. by region and by sector). Cells of one table are protected together, since the attacker
 * combines them; separate tables (different years) share no events, so no equation links them.
 */
export interface Table {
  total: CellFacts;
  breakdowns: Row<CellFacts>[][];
}

const countOf = (cell: CellFacts, code: string) => (code in cell.values ? cell.values[code] : cell.contributions?.[code]);

/** Why a figure of one cell may not be published on its own (primary suppression); null if it may. */
function primaryRule(indicator: IndicatorDefinition, cell: CellFacts): 'few' | 'dominated' | null {
  if (indicator.basis === null) return null;
  const cases = countOf(cell, indicator.basis);
  const value = cell.values[indicator.code];
  if (cases == null || value == null) return 'few';
  if (cases < (indicator.unit === 'days' ? MIN_MEDIAN_CASES : MIN_CASES)) return 'few';
  if (indicator.largest) {
    const largest = cell.contributions?.[indicator.largest];
    if (largest == null || largest > DOMINANCE_SHARE * value) return 'dominated';
  }
  return null;
}

/** The cell's figures with primary suppression applied; medians rounded to whole days. */
function primary(cell: CellFacts): IndicatorValues {
  const published: IndicatorValues = {};
  for (const indicator of indicators) {
    if (!(indicator.code in cell.values) || indicator.derive) continue;
    const value = cell.values[indicator.code] ?? null;
    published[indicator.code] = primaryRule(indicator, cell) ? null : indicator.unit === 'days' && value !== null ? Math.round(value) : value;
  }
  return published;
}

/** Shares recomputed from the published counts, so a share never reveals a withheld count. */
function derived(published: IndicatorValues, cell: CellFacts): IndicatorValues {
  const result = { ...published };
  for (const indicator of indicators) {
    if (!indicator.derive || !(indicator.code in cell.values)) continue;
    result[indicator.code] = primaryRule(indicator, cell) ? null : indicator.derive(published);
  }
  return result;
}

type Variable = { cell: number; code: string; isTotal: boolean; size: number };

/**
 * The linear relations between the table's additive figures: each breakdown sums to the total,
 * and in every cell the parts (volume by funding source) sum to their whole. Each relation is a
 * list of variables whose signed sum is zero.
 */
function relationsOf(cells: CellFacts[], breakdowns: number[][]): { variables: Variable[]; relations: Map<number, number>[] } {
  const additive = indicators.filter((indicator) => indicator.additive && indicator.basis !== null && !indicator.derive);
  const variables: Variable[] = [];
  const index = new Map<string, number>();
  cells.forEach((cell, position) => {
    for (const indicator of additive) {
      if (!(indicator.code in cell.values)) continue;
      index.set(`${position}:${indicator.code}`, variables.length);
      variables.push({ cell: position, code: indicator.code, isTotal: position === 0, size: Math.abs(cell.values[indicator.code] ?? 0) });
    }
  });
  const relations: Map<number, number>[] = [];
  const relation = (whole: string, parts: string[]) => {
    const ids = [whole, ...parts].map((key) => index.get(key));
    if (ids.some((id) => id === undefined)) return;
    const terms = new Map<number, number>([[ids[0]!, 1]]);
    for (const id of ids.slice(1)) terms.set(id!, (terms.get(id!) ?? 0) - 1);
    relations.push(terms);
  };
  for (const indicator of additive) {
    for (const rows of breakdowns)
      relation(
        `0:${indicator.code}`,
        rows.map((position) => `${position}:${indicator.code}`),
      );
    if (indicator.partOf) continue;
    const parts = additive.filter((candidate) => candidate.partOf === indicator.code);
    if (parts.length)
      for (let position = 0; position < cells.length; position++)
        relation(
          `${position}:${indicator.code}`,
          parts.map((part) => `${position}:${part.code}`),
        );
  }
  return { variables, relations };
}

/**
 * The withheld variables whose value follows exactly from the published ones: those whose unit
 * vector lies in the row space of the relations restricted to the withheld variables (Gaussian
 * elimination to reduced row echelon form; a determined variable is a pivot alone in its row).
 */
function determinedVariables(relations: Map<number, number>[], hidden: Set<number>): number[] {
  const columns = [...hidden];
  const rows = relations.map((terms) => columns.map((column) => terms.get(column) ?? 0)).filter((row) => row.some((value) => value !== 0));
  const pivots: number[] = [];
  let rank = 0;
  for (let column = 0; column < columns.length && rank < rows.length; column++) {
    const pivot = rows.findIndex((row, at) => at >= rank && Math.abs(row[column]!) > 1e-9);
    if (pivot < 0) continue;
    [rows[rank], rows[pivot]] = [rows[pivot]!, rows[rank]!];
    const lead = rows[rank]![column]!;
    rows[rank] = rows[rank]!.map((value) => value / lead);
    for (let other = 0; other < rows.length; other++) {
      const factor = rows[other]![column]!;
      if (other !== rank && Math.abs(factor) > 1e-9) rows[other] = rows[other]!.map((value, at) => value - factor * rows[rank]![at]!);
    }
    pivots.push(column);
    rank++;
  }
  return pivots.filter((column, row) => rows[row]!.every((value, at) => at === column || Math.abs(value) < 1e-9)).map((column) => columns[column]!);
}

/**
 * Complementary suppression: while some withheld figure can be solved for from the published
 * ones, also withhold the smallest published figure in a relation with it (a group before the
 * total), and look again. Ends with no withheld figure determined, or everything related withheld.
 */
function complement(published: IndicatorValues[], cells: CellFacts[], breakdowns: number[][]) {
  const { variables, relations } = relationsOf(cells, breakdowns);
  const hidden = new Set(variables.flatMap((variable, id) => (published[variable.cell]![variable.code] === null ? [id] : [])));
  for (;;) {
    const determined = determinedVariables(relations, hidden);
    let added = false;
    for (const id of determined) {
      const candidates = relations
        .filter((terms) => terms.has(id))
        .flatMap((terms) => [...terms.keys()])
        .filter((other) => !hidden.has(other))
        .sort((a, b) => Number(variables[a]!.isTotal) - Number(variables[b]!.isTotal) || variables[a]!.size - variables[b]!.size || a - b);
      if (candidates[0] === undefined) continue;
      hidden.add(candidates[0]);
      added = true;
      break; // one at a time: a single extra withholding often protects several cells
    }
    if (!added) break;
  }
  for (const id of hidden) published[variables[id]!.cell]![variables[id]!.code] = null;
}

/** The table as it may be published: every cell protected, the breakdowns in their order. */
export function protectTable(table: Table): { total: IndicatorValues; breakdowns: Row<IndicatorValues>[][] } {
  const cells: CellFacts[] = [table.total];
  const positions = table.breakdowns.map((rows) => rows.map((row) => cells.push(row.values) - 1));
  const published = cells.map(primary);
  complement(published, cells, positions);
  const values = published.map((cell, position) => derived(cell, cells[position]!));
  return { total: values[0]!, breakdowns: table.breakdowns.map((rows, b) => rows.map((row, r) => ({ key: row.key, values: values[positions[b]![r]!]! }))) };
}
