import { eq, inArray, or } from 'drizzle-orm';
import type { Meilisearch } from 'meilisearch';
import { labs, needs, organisations, type DbOrTransaction } from '@kopir/db';
import type { SearchEntityType, Taxonomy } from '@kopir/shared';
import { labDocument, needDocument } from './documents.ts';
import { indexUid } from './index-settings.ts';

export interface EntityRef {
  entityType: SearchEntityType;
  entityId: string;
}

/**
 * Brings the search indexes in line with the database for the given entities: reads each one's
 * current row (so replaying an old change is harmless), upserts what exists and deletes what no
 * longer does. An organisation's change re-sends its labs and needs, which show its name and
 * verification. Resolves once Meilisearch has accepted the tasks.
 */
export async function syncEntities(db: DbOrTransaction, client: Meilisearch, prefix: string, taxonomy: Taxonomy, refs: EntityRef[]): Promise<void> {
  const ids = (type: SearchEntityType) => [...new Set(refs.filter((ref) => ref.entityType === type).map((ref) => ref.entityId))];
  const labIds = ids('lab');
  const needIds = ids('need');
  const organisationIds = ids('organisation');

  const labCondition = or(
    labIds.length ? inArray(labs.id, labIds) : undefined,
    organisationIds.length ? inArray(labs.organisationId, organisationIds) : undefined,
  );
  const needCondition = or(
    needIds.length ? inArray(needs.id, needIds) : undefined,
    organisationIds.length ? inArray(needs.organisationId, organisationIds) : undefined,
  );
  const [labRows, needRows] = await Promise.all([
    labCondition ? db.select().from(labs).innerJoin(organisations, eq(organisations.id, labs.organisationId)).where(labCondition) : [],
    needCondition ? db.select().from(needs).innerJoin(organisations, eq(organisations.id, needs.organisationId)).where(needCondition) : [],
  ]);

  const tasks: Promise<unknown>[] = [];
  const send = (name: 'labs' | 'needs', documents: object[], requestedIds: string[]) => {
    const index = client.index(indexUid(prefix, name));
    if (documents.length > 0) tasks.push(index.addDocuments(documents, { primaryKey: 'id' }));
    const present = new Set(documents.map((document) => (document as { id: string }).id));
    const gone = requestedIds.filter((id) => !present.has(id));
    if (gone.length > 0) tasks.push(index.deleteDocuments(gone));
  };
  send(
    'labs',
    labRows.map((row) => labDocument(row.labs, row.organisations, taxonomy)),
    labIds,
  );
  send(
    'needs',
    needRows.map((row) => needDocument(row.needs, row.organisations, taxonomy)),
    needIds,
  );
  await Promise.all(tasks);
}
