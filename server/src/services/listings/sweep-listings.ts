import { closePastDeadlines } from '../needs/close-past-deadlines.ts';
import { warnNearDeadlines } from '../needs/warn-near-deadlines.ts';
import { remindStaleLabs } from '../labs/remind-stale-labs.ts';
import type { ServiceContext } from '../context.ts';

/** Needs or labs one step of a sweep takes at most; more wait for the next run, which comes soon (see schedule-sweep.ts). */
const BATCH = 100;

export interface SweepReport {
  warned: number;
  closed: number;
  reminded: number;
  /** Whether a step met its batch limit, so more may be waiting. */
  more: boolean;
}

/**
 * One pass of the listings' life, as the system: warn of deadlines a week away, close needs
 * whose deadline passed, ask for stale labs to be confirmed. Each step is its own transaction
 * (or savepoint) and idempotent, so sweeps may overlap across replicas and repeat after a crash
 * without telling anyone twice. Warning runs before closing, so a deadline a sweep outage skipped
 * over closes without a warning after the fact.
 */
export async function sweepListings({ ctx }: { ctx: ServiceContext }): Promise<SweepReport> {
  const warned = await warnNearDeadlines({ ctx, input: { limit: BATCH } });
  const closed = await closePastDeadlines({ ctx, input: { limit: BATCH } });
  const reminded = await remindStaleLabs({ ctx, input: { limit: BATCH } });
  return { warned, closed, reminded, more: [warned, closed, reminded].some((count) => count === BATCH) };
}
