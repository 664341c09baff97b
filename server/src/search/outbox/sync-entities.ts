import { eq, inArray, or } from 'drizzle-orm';
import type { EnqueuedTaskPromise } from 'meilisearch';
import { labs, needs, organisations, type DbOrTransaction } from '@kopir/db';
import type { SearchEntityType, Taxonomy } from '@kopir/shared';
import type { SearchService } from '../client.ts';
import { labsIndex, needsIndex } from '../client.ts';
import { labDocument, needDocument } from '../documents.ts';
import type { IndexName } from '../index-settings.ts';
import { labText, needText, updateTextStatistics } from '../../matching/text/lexicon.ts';

export interface EntityRef {
  entityType: SearchEntityType;
  entityId: string;
}

/** A Meilisearch task sent for some of the entities, and the index it changes. */
export interface SentTask {
  index: IndexName;
  task: EnqueuedTaskPromise;
}

/**
 * The ids the refs name, by type, and the condition that selects the lab or need rows they stand
 * for: those named, and every one of a named organisation (its name and verification are in them).
 */
export function entityScope(refs: EntityRef[]) {
  const ids = (type: SearchEntityType) => [...new Set(refs.filter((ref) => ref.entityType === type).map((ref) => ref.entityId))];
  const organisationIds = ids('organisation');
  const rowsOf = (table: typeof labs | typeof needs, wanted: string[]) =>
    or(wanted.length ? inArray(table.id, wanted) : undefined, organisationIds.length ? inArray(table.organisationId, organisationIds) : undefined);
  return { labIds: ids('lab'), needIds: ids('need'), rowsOf };
}

/**
 * Brings the search indexes in line with the database for the given entities: reads each one's
 * current row (so replaying an old change is harmless), upserts what exists and deletes what no
 * longer does. An organisation's change re-sends its labs and needs, which show its name and
 * verification. Matching's term statistics (matching/text/lexicon.ts) are updated with them. Resolves
 * once Meilisearch has accepted (enqueued) the tasks, with the tasks to wait for.
 */
export async function syncEntities(db: DbOrTransaction, search: SearchService, taxonomy: Taxonomy, refs: EntityRef[]): Promise<SentTask[]> {
  const { labIds, needIds, rowsOf } = entityScope(refs);
  const labCondition = rowsOf(labs, labIds);
  const needCondition = rowsOf(needs, needIds);
  const [labRows, needRows] = await Promise.all([
    labCondition ? db.select().from(labs).innerJoin(organisations, eq(organisations.id, labs.organisationId)).where(labCondition) : [],
    needCondition ? db.select().from(needs).innerJoin(organisations, eq(organisations.id, needs.organisationId)).where(needCondition) : [],
  ]);

  const tasks: SentTask[] = [];
  const labs_ = labsIndex(search);
  const labDocuments = labRows.map((row) => labDocument(row.labs, row.organisations, taxonomy));
  if (labDocuments.length > 0) tasks.push({ index: 'labs', task: labs_.addDocuments(labDocuments, { primaryKey: 'id' }) });
  const goneLabs = absent(labIds, labDocuments);
  if (goneLabs.length > 0) tasks.push({ index: 'labs', task: labs_.deleteDocuments(goneLabs) });

  const needs_ = needsIndex(search);
  const needDocuments = needRows.map((row) => needDocument(row.needs, row.organisations, taxonomy));
  if (needDocuments.length > 0) tasks.push({ index: 'needs', task: needs_.addDocuments(needDocuments, { primaryKey: 'id' }) });
  const goneNeeds = absent(needIds, needDocuments);
  if (goneNeeds.length > 0) tasks.push({ index: 'needs', task: needs_.deleteDocuments(goneNeeds) });

  // Each is awaited so a refused request fails the delivery now, not as an unhandled rejection.
  await Promise.all(tasks.map(({ task }) => task));
  // Matching's term statistics follow the same documents, in the caller's transaction.
  await updateTextStatistics(
    db,
    'labs',
    labDocuments.map((document) => ({ id: document.id, text: labText(document) })),
    goneLabs,
  );
  await updateTextStatistics(
    db,
    'needs',
    needDocuments.map((document) => ({ id: document.id, text: needText(document) })),
    goneNeeds,
  );
  return tasks;
}

/** The requested ids that have no document: deleted since. */
const absent = (requested: string[], documents: { id: string }[]) => {
  const present = new Set(documents.map((document) => document.id));
  return requested.filter((id) => !present.has(id));
};
