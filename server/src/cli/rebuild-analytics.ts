// `pnpm analytics:rebuild [--check]`: recomputes the analytics rollup (collaboration_rollup and
// collaboration_rollup_dimension) from the raw collaborations, needs and labs in one transaction.
// The triggers keep it exact; this is for after a restore, a manual fix in psql with the triggers
// disabled, or to be sure. `--check` recomputes, compares and rolls back, leaving the rollup as it
// was, then compares the service's answers (summary, every breakdown, monthly series) with the raw
// aggregation for every calendar year with collaborations, and exits 1 on any difference. Uses DATABASE_URL, or the embedded
// database of a running `pnpm start` or in DATA_DIR.
import { parseArgs } from 'node:util';
import { createDatabase } from '@kopir/db';
import { parseEnvironment } from '../config.ts';
import { answersDifferingFromRaw, yearsWithCollaborations } from '../services/analytics/rollup-check.ts';
import { rebuildRollup } from '../services/analytics/rollup-rebuild.ts';
import { withDatabase } from '../stack/with-database.ts';
import { runCommand, UsageError } from './run-command.ts';

await runCommand(async () => {
  let check: boolean;
  try {
    check = parseArgs({ options: { check: { type: 'boolean', default: false } } }).values.check;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; use --check or nothing.`);
  }
  return withDatabase(parseEnvironment(process.env), async (databaseUrl) => {
    const database = createDatabase(databaseUrl, { maxConnections: 1, applicationName: 'kopir-analytics-rebuild' });
    try {
      const { rows, differences, seconds } = await rebuildRollup(database.db, { check });
      const size = `${rows.collaborationRollup} detail and ${rows.collaborationRollupDimension} per-dimension groups, ${rows.needFunnelRollup} needs`;
      if (!check) return `Rebuilt the analytics rollup: ${size} in ${seconds} s.`;
      const answers: string[] = [];
      for (const filters of await yearsWithCollaborations(database.db)) answers.push(...(await answersDifferingFromRaw(database.db, filters)));
      if (differences.length === 0 && answers.length === 0) return `The analytics rollup matches the raw rows (${size}, checked in ${seconds} s).`;
      process.exitCode = 1;
      for (const line of answers) console.error(`[kopir] ${line}`);
      const tables = differences.map((one) => `${one.table} lacks ${one.missing} and has ${one.unexpected} groups it should not`);
      return `The analytics rollup differs from the raw rows: ${[...tables, `${answers.length} answers differ`].join('; ')}. Run pnpm analytics:rebuild to recompute it.`;
    } finally {
      await database.close();
    }
  });
});
