import { sql } from 'drizzle-orm';
import type { Database } from '@kopir/db';

interface RollupDifference {
  table: (typeof tables)[number];
  /** Groups the raw rows give and the rollup did not have (or had with other sums). */
  missing: number;
  /** Groups the rollup had that the raw rows do not give. */
  unexpected: number;
}

export interface RollupRebuild {
  rows: { collaborationRollup: number; collaborationRollupDimension: number; needFunnelRollup: number };
  /** With `check`: where the rollup as it was differed from a recomputation (empty when exact). */
  differences: RollupDifference[];
  seconds: number;
}

class CheckDone extends Error {}

const tables = ['collaboration_rollup', 'collaboration_rollup_dimension', 'need_funnel_rollup'] as const;
/** The rows a recomputation does not write: groups whose sums came back to zero, needs whose collaborations are all gone. */
const empty: Record<(typeof tables)[number], string> = {
  collaboration_rollup: '(events, budget_kzt, publications, patents, prototypes, products) = (0, 0, 0, 0, 0, 0)',
  collaboration_rollup_dimension: '(events, budget_kzt, publications, patents, prototypes, products) = (0, 0, 0, 0, 0, 0)',
  need_funnel_rollup: 'collaborations = 0',
};

/**
 * Recomputes the analytics rollup from the raw rows in one transaction (writers of collaborations,
 * labs and needs wait for it; readers see the old rollup until it commits). With `check`, compares
 * the rollup as it was with the recomputation and rolls back: the rollup is left untouched.
 */
export async function rebuildRollup(db: Database, { check = false } = {}): Promise<RollupRebuild> {
  const started = performance.now();
  let result: Omit<RollupRebuild, 'seconds'> | undefined;
  try {
    await db.transaction(async (tx) => {
      // Before the copy, so no writer moves the rollup between the copy and the recomputation.
      await tx.execute(sql`lock table collaborations, labs, needs in share mode`);
      if (check) {
        for (const table of tables) {
          await tx.execute(sql`create temp table ${sql.identifier(`${table}_before`)} on commit drop as
            select * from ${sql.identifier(table)} where not (${sql.raw(empty[table])})`);
        }
      }
      await tx.execute(sql`select collaboration_rollup_rebuild()`);
      const [counts] = await tx.execute<{ detail: number; dimension: number; needs: number }>(sql`
        select (select count(*) from collaboration_rollup)::int as detail, (select count(*) from collaboration_rollup_dimension)::int as dimension,
               (select count(*) from need_funnel_rollup)::int as needs`);
      const differences: RollupDifference[] = [];
      if (check) {
        for (const table of tables) {
          const [before, after] = [sql.identifier(`${table}_before`), sql.identifier(table)];
          const [row] = await tx.execute<{ missing: number; unexpected: number }>(sql`
            select (select count(*) from (select * from ${after} except all select * from ${before}) d)::int as missing,
                   (select count(*) from (select * from ${before} except all select * from ${after}) d)::int as unexpected`);
          if (row!.missing || row!.unexpected) differences.push({ table, missing: row!.missing, unexpected: row!.unexpected });
        }
      }
      result = {
        rows: { collaborationRollup: counts!.detail, collaborationRollupDimension: counts!.dimension, needFunnelRollup: counts!.needs },
        differences,
      };
      if (check) throw new CheckDone();
    });
  } catch (error) {
    if (!(error instanceof CheckDone)) throw error;
  }
  return { ...result!, seconds: Math.round((performance.now() - started) / 100) / 10 };
}
