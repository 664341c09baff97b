import { eq, inArray } from 'drizzle-orm';
import { labs, needs, organisations, searchOutbox, type DbOrTransaction, type Transaction } from '@kopir/db';
import type { SearchEntityType } from '@kopir/shared';
import type { Failures } from '../../background/poller.ts';
import type { SearchService } from '../client.ts';
import { indexUid, type IndexName } from '../index-settings.ts';
import { entityScope, type EntityRef } from './sync-entities.ts';

export type VerificationRow = EntityRef & { id: number; lastError: string | null };

/** How `lastError` starts when the index held something else than PostgreSQL; the entity was sent again. */
const DRIFT = 'drift';

/** What a document must carry to equal its row: the entity's version and its organisation's (name, verification). */
type Revision = { version: number; organisationVersion: number };
type Expected = Revision & { organisationId: string };

/** Ids per document-id request: a GET with ids in the query string stays well under URL limits. */
const FETCH_CHUNK = 100;

/** What found drift and healed it since this process started (shown on /ready). */
export interface DriftCounts {
  found: number;
  healed: number;
}

/**
 * The revision every document of these entities must carry, by index and id; `null` where the
 * entity is gone (its document must be absent). An organisation stands for its labs and needs.
 */
async function expectedRevisions(db: DbOrTransaction, refs: EntityRef[]): Promise<Record<IndexName, Map<string, Expected | null>>> {
  const { labIds, needIds, rowsOf } = entityScope(refs);
  const read = async (table: typeof labs | typeof needs, wanted: string[]) => {
    const condition = rowsOf(table, wanted);
    const expected = new Map<string, Expected | null>(wanted.map((id) => [id, null]));
    if (!condition) return expected;
    const rows = await db
      .select({ id: table.id, organisationId: table.organisationId, version: table.version, organisationVersion: organisations.version })
      .from(table)
      .innerJoin(organisations, eq(organisations.id, table.organisationId))
      .where(condition);
    for (const { id, ...revision } of rows) expected.set(id, revision);
    return expected;
  };
  const [labRevisions, needRevisions] = await Promise.all([read(labs, labIds), read(needs, needIds)]);
  return { labs: labRevisions, needs: needRevisions };
}

/** The revision of each document the index holds, for these ids; an id it does not hold is missing. */
async function indexedRevisions(search: SearchService, name: IndexName, ids: string[]): Promise<Map<string, Revision>> {
  const index = search.client.index<{ id: string } & Revision>(indexUid(search.indexPrefix, name));
  const found = new Map<string, Revision>();
  for (let i = 0; i < ids.length; i += FETCH_CHUNK) {
    const chunk = ids.slice(i, i + FETCH_CHUNK);
    const { results } = await index.getDocuments({ ids: chunk, fields: ['id', 'version', 'organisationVersion'], limit: chunk.length });
    for (const document of results) found.set(document.id, { version: document.version, organisationVersion: document.organisationVersion });
  }
  return found;
}

/** Whether Meilisearch still has work for the index that it received before now: a late write may be among it. */
async function indexBusy(search: SearchService, name: IndexName): Promise<boolean> {
  const { results } = await search.client.tasks.getTasks({
    indexUids: [indexUid(search.indexPrefix, name)],
    statuses: ['enqueued', 'processing'],
    beforeEnqueuedAt: new Date().toISOString(),
    limit: 1,
  });
  return results.length > 0;
}

/** Why a document differs from its row, or undefined when it is the same. */
function difference(expected: Revision | null, indexed: Revision | undefined): string | undefined {
  if (expected === null) return indexed ? `deleted in PostgreSQL, still in the index (version ${indexed.version})` : undefined;
  if (!indexed) return `version ${expected.version} in PostgreSQL, missing from the index`;
  if (indexed.version !== expected.version || indexed.organisationVersion !== expected.organisationVersion)
    return `version ${expected.version}/${expected.organisationVersion} in PostgreSQL, ${indexed.version}/${indexed.organisationVersion} in the index`;
  return undefined;
}

/**
 * Checks delivered entities against the index, once no write Meilisearch had received before now
 * is still waiting there. A row passes when every document of its entity carries the revision
 * PostgreSQL holds (or is absent for a deleted one). One that lags is sent again through the
 * outbox and checked again later; its first miss counts as drift found, its later pass as healed.
 * Rows whose entity still has outbox rows wait: their state is still on its way.
 */
export async function verifyDelivered(tx: Transaction, search: SearchService, rows: VerificationRow[], counts: DriftCounts): Promise<Failures> {
  const failures: Failures = new Map();
  // A row put off keeps its drift mark, so that its later pass counts as healed.
  const postpone = (row: VerificationRow, reason: string) => failures.set(row.id, row.lastError?.startsWith(DRIFT) ? row.lastError : reason);
  const inFlight = new Set(
    (
      await tx
        .select({ entityId: searchOutbox.entityId })
        .from(searchOutbox)
        .where(inArray(searchOutbox.entityId, [...new Set(rows.map((row) => row.entityId))]))
    ).map((row) => row.entityId),
  );
  const ready = rows.filter((row) => !inFlight.has(row.entityId));
  for (const row of rows) if (inFlight.has(row.entityId)) postpone(row, 'waiting for the outbox to deliver a newer change');
  if (ready.length === 0) return failures;

  const expected = await expectedRevisions(tx, ready);
  const problems = new Map<string, { problem: string; organisationId: string | undefined }>();
  for (const name of ['labs', 'needs'] as const) {
    const ids = [...expected[name].keys()];
    if (ids.length === 0) continue;
    if (await indexBusy(search, name)) {
      for (const row of ready) postpone(row, `the ${name} index is still processing earlier writes`);
      return failures;
    }
    const indexed = await indexedRevisions(search, name, ids);
    for (const [id, revision] of expected[name]) {
      const problem = difference(revision, indexed.get(id));
      if (problem) problems.set(id, { problem, organisationId: revision?.organisationId });
    }
  }

  // An organisation's row passes when none of its labs and needs differs.
  const lagging = (row: VerificationRow) =>
    row.entityType === 'organisation' ? [...problems.values()].find((found) => found.organisationId === row.entityId) : problems.get(row.entityId);
  const resend: { entityType: SearchEntityType; entityId: string; entityVersion: number }[] = [];
  // An entity changed twice has two rows: it counts, and is sent again, once.
  const seen = new Set<string>();
  for (const row of ready) {
    const found = lagging(row);
    const first = !seen.has(row.entityId);
    seen.add(row.entityId);
    if (!found) {
      if (first && row.lastError?.startsWith(DRIFT)) counts.healed++;
      continue;
    }
    failures.set(row.id, `${DRIFT}: ${found.problem}; sent again`);
    if (!first) continue;
    if (!row.lastError?.startsWith(DRIFT)) counts.found++;
    resend.push({ entityType: row.entityType, entityId: row.entityId, entityVersion: 0 });
  }
  if (resend.length > 0) await tx.insert(searchOutbox).values(resend);
  return failures;
}
