import { setTimeout as delay } from 'node:timers/promises';
import type { EnqueuedTaskPromise, Task } from 'meilisearch';
import type { Transaction } from '@kopir/db';
import type { Taxonomy } from '@kopir/shared';
import type { Failures } from '../../background/poller.ts';
import type { SearchService } from '../client.ts';
import type { IndexName } from '../index-settings.ts';
import { syncEntities, type EntityRef } from './sync-entities.ts';

export type OutboxRow = EntityRef & { id: number };

/** How `lastError` starts when Meilisearch processed a task and refused it (counted as failed on /ready). */
export const REFUSED = 'Meilisearch task failed';

/** Longest wait for Meilisearch to process a batch's tasks; past it the rows are sent again later. */
const TASK_TIMEOUT_MS = 60_000;

const indexesOf = (row: EntityRef): IndexName[] => (row.entityType === 'lab' ? ['labs'] : row.entityType === 'need' ? ['needs'] : ['labs', 'needs']);

/**
 * Polls a task until Meilisearch has processed it. Our own loop rather than the client's
 * `waitTask`, because it takes a signal: when the process stops, the wait ends at once and leaves
 * nothing polling behind; the rows stay in the outbox and are sent again (upserts and deletes by
 * id repeat harmlessly), so a shutdown never waits on Meilisearch.
 */
async function outcomeOf(search: SearchService, enqueued: EnqueuedTaskPromise, stopping: AbortSignal | undefined): Promise<Task> {
  const { taskUid } = await enqueued;
  const timeout = AbortSignal.timeout(TASK_TIMEOUT_MS);
  const signal = stopping ? AbortSignal.any([stopping, timeout]) : timeout;
  for (;;) {
    const task = await search.client.tasks.getTask(taskUid, { signal });
    if (task.status !== 'enqueued' && task.status !== 'processing') return task;
    await delay(50, undefined, { signal });
  }
}

/**
 * Sends the rows' entities to Meilisearch and waits for the outcome of every task: a row is done
 * only once each task for its index succeeded, so a task that fails asynchronously (after
 * Meilisearch accepted it) keeps its rows for another attempt. A refused task that covered several
 * entities is retried in halves down to single entities, so one document Meilisearch will not take
 * does not hold back the others. Unreachable Meilisearch or a timeout throws: every row is retried.
 */
export async function deliverOutboxRows(
  tx: Transaction,
  search: SearchService,
  taxonomy: Taxonomy,
  rows: OutboxRow[],
  stopping?: AbortSignal,
): Promise<Failures> {
  const sent = await syncEntities(tx, search, taxonomy, rows);
  const refused = new Map<IndexName, string>();
  for (const { index, task } of sent) {
    const outcome = await outcomeOf(search, task, stopping);
    if (outcome.status !== 'succeeded')
      refused.set(index, `${REFUSED} (${outcome.status}): ${outcome.error?.code ?? ''} ${outcome.error?.message ?? ''}`.trim());
  }
  const failures: Failures = new Map();
  const failedRows = rows.filter((row) => indexesOf(row).some((index) => refused.has(index)));
  if (rows.length === 1 && failedRows.length === 1) {
    const message = indexesOf(rows[0]!)
      .map((index) => refused.get(index))
      .find(Boolean)!;
    return failures.set(rows[0]!.id, message.slice(0, 500));
  }
  // Halves, sent again: one document Meilisearch will not take is found in a few rounds, not one per row.
  const half = Math.ceil(failedRows.length / 2);
  for (const part of [failedRows.slice(0, half), failedRows.slice(half)].filter((part) => part.length > 0)) {
    for (const [id, message] of await deliverOutboxRows(tx, search, taxonomy, part, stopping)) failures.set(id, message);
  }
  return failures;
}
