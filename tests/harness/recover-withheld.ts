import { indicators, type IndicatorValues } from '@kopir/shared';

/** A published table: a total and breakdowns of it, as open data and the public national report publish them. */
export interface PublishedTable {
  total: IndicatorValues;
  breakdowns: { name: string; rows: { key: string; values: IndicatorValues }[] }[];
}

export interface Recovered {
  cell: string;
  code: string;
  value: number;
  how: string;
}

type Relation = { terms: Map<string, number>; how: string };

const additive = indicators.filter((indicator) => indicator.additive && indicator.basis !== null && !indicator.derive);

/**
 * What an attacker does with a published table, written independently of the server's disclosure
 * module: takes every equation the table satisfies (each breakdown sums to the total, each
 * breakdown equals every other, the volumes by funding source sum to the contracted volume in
 * every cell), adds the sum and difference of every two of them, and solves any equation left
 * with one unknown, again and again with what it has found; then multiplies each share by its
 * published denominator. Returns every withheld figure it worked out exactly.
 */
export function recoverWithheld(table: PublishedTable): Recovered[] {
  const cells = new Map<string, IndicatorValues>([['total', table.total]]);
  for (const { name, rows } of table.breakdowns) for (const row of rows) cells.set(`${name} ${row.key}`, row.values);
  const known = new Map<string, number>();
  const withheld = new Set<string>();
  for (const [cell, values] of cells) {
    for (const [code, value] of Object.entries(values)) {
      if (value === null) withheld.add(`${cell}|${code}`);
      else known.set(`${cell}|${code}`, value);
    }
  }
  const present = (variable: string) => known.has(variable) || withheld.has(variable);
  const base: Relation[] = [];
  const add = (whole: string, parts: string[], how: string) => {
    if (!present(whole) || parts.some((part) => !present(part))) return;
    const terms = new Map<string, number>([[whole, 1]]);
    for (const part of parts) terms.set(part, (terms.get(part) ?? 0) - 1);
    base.push({ terms, how });
  };
  for (const indicator of additive) {
    for (const { name, rows } of table.breakdowns)
      add(
        `total|${indicator.code}`,
        rows.map((row) => `${name} ${row.key}|${indicator.code}`),
        `total minus the other ${name} rows`,
      );
    const parts = additive.filter((candidate) => candidate.partOf === indicator.code);
    if (parts.length)
      for (const cell of cells.keys())
        add(
          `${cell}|${indicator.code}`,
          parts.map((part) => `${cell}|${part.code}`),
          `${indicator.code} minus the other funding sources`,
        );
  }
  const combined: Relation[] = [...base];
  for (let i = 0; i < base.length; i++) {
    for (let j = i + 1; j < base.length; j++) {
      for (const sign of [1, -1]) {
        const terms = new Map(base[i]!.terms);
        for (const [variable, coefficient] of base[j]!.terms) terms.set(variable, (terms.get(variable) ?? 0) + sign * coefficient);
        for (const [variable, coefficient] of terms) if (coefficient === 0) terms.delete(variable);
        if (terms.size < base[i]!.terms.size + base[j]!.terms.size) combined.push({ terms, how: `${base[i]!.how}, combined with ${base[j]!.how}` });
      }
    }
  }
  const recovered: Recovered[] = [];
  const found = (variable: string, value: number, how: string) => {
    known.set(variable, value);
    const [cell, code] = variable.split('|') as [string, string];
    recovered.push({ cell, code, value, how });
  };
  for (let progress = true; progress; ) {
    progress = false;
    for (const { terms, how } of combined) {
      const unknown = [...terms.keys()].filter((variable) => !known.has(variable));
      if (unknown.length !== 1) continue;
      const [variable] = unknown as [string];
      const rest = [...terms].reduce((sum, [other, coefficient]) => (other === variable ? sum : sum + coefficient * known.get(other)!), 0);
      found(variable, -rest / terms.get(variable)!, how);
      progress = true;
    }
  }
  for (const [cell, values] of cells) {
    for (const [share, count, denominator] of [
      ['shareNeedsContracted', 'needsContracted', 'needsPublished'],
      ['shareCompaniesWithContract', 'companiesWithContract', 'companies'],
    ] as const) {
      const variable = `${cell}|${count}`;
      if (withheld.has(variable) && !known.has(variable) && values[share] != null && values[denominator] != null)
        found(variable, Math.round(values[share]! * values[denominator]!), `${share} × ${denominator}`);
    }
  }
  return recovered;
}
