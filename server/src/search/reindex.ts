import { asc, eq, gt } from 'drizzle-orm';
import type { Meilisearch } from 'meilisearch';
import { labs, needs, organisations, searchOutbox, type Database } from '@kopir/db';
import type { Taxonomy } from '@kopir/shared';
import { labDocument, needDocument } from './documents.ts';
import { applyIndexSettings } from './apply-settings.ts';
import { indexUid, type IndexName } from './index-settings.ts';
import { wakeOutboxWorker } from './outbox/channel.ts';
import { labText, needText, rebuildTextStatistics } from '../matching/text/lexicon.ts';
import type { LabDocument, NeedDocument } from './documents.ts';

const PAGE = 2_000;

export interface ReindexReport {
  index: string;
  documents: number;
  /** Documents whose id or version differed from the database after the swap, sent again through the outbox. */
  reconciled: number;
  seconds: number;
}

/** Every row of an index's table, a page at a time in id order, as documents. */
async function* documentsOf(db: Database, name: IndexName, taxonomy: Taxonomy): AsyncGenerator<(LabDocument | NeedDocument)[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const page =
      name === 'labs'
        ? (
            await db
              .select()
              .from(labs)
              .innerJoin(organisations, eq(organisations.id, labs.organisationId))
              .where(gt(labs.id, after))
              .orderBy(asc(labs.id))
              .limit(PAGE)
          ).map((row) => labDocument(row.labs, row.organisations, taxonomy))
        : (
            await db
              .select()
              .from(needs)
              .innerJoin(organisations, eq(organisations.id, needs.organisationId))
              .where(gt(needs.id, after))
              .orderBy(asc(needs.id))
              .limit(PAGE)
          ).map((row) => needDocument(row.needs, row.organisations, taxonomy));
    if (page.length === 0) return;
    yield page;
    after = page.at(-1)!.id;
  }
}

/** The same pages, analysed for matching's term statistics. */
async function* analysedPages(db: Database, name: IndexName, taxonomy: Taxonomy) {
  for await (const page of documentsOf(db, name, taxonomy)) {
    yield page.map((document) => ({
      id: document.id,
      text: name === 'labs' ? labText(document as LabDocument) : needText(document as NeedDocument),
    }));
  }
}

/** id → revision (the entity's version and its organisation's) of every document in an index. */
async function indexedRevisions(client: Meilisearch, uid: string): Promise<Map<string, string>> {
  const revisions = new Map<string, string>();
  for (let offset = 0; ; offset += 1_000) {
    const { results } = await client
      .index(uid)
      .getDocuments<{ id: string; version: number; organisationVersion: number }>({ fields: ['id', 'version', 'organisationVersion'], limit: 1_000, offset });
    for (const document of results) revisions.set(document.id, `${document.version}.${document.organisationVersion}`);
    if (results.length < 1_000) return revisions;
  }
}

/**
 * Rebuilds one index from PostgreSQL without interrupting search: fills a new index, swaps it in
 * atomically, drops the old one. Writes keep flowing meanwhile (the outbox worker updates the
 * live index); whatever changed during the rebuild is found afterwards by comparing every id and
 * revision (the entity's version and its organisation's) with the database, and sent again through the outbox, whose worker orders updates per
 * entity. Call `drainOutbox` to wait until those are delivered.
 */
export async function reindex({
  db,
  client,
  prefix,
  taxonomy,
  name,
}: {
  db: Database;
  client: Meilisearch;
  prefix: string;
  taxonomy: Taxonomy;
  name: IndexName;
}): Promise<ReindexReport> {
  const started = performance.now();
  const live = indexUid(prefix, name);
  const building = `${live}_rebuild_${Date.now()}`;
  await applyIndexSettings(client, building, name, taxonomy);

  let documents = 0;
  const tasks: number[] = [];
  for await (const page of documentsOf(db, name, taxonomy)) {
    documents += page.length;
    // Enqueue without waiting: Meilisearch merges queued additions into large batches, which
    // indexes far faster than one batch at a time; the queue holds the payloads on its disk.
    tasks.push((await client.index(building).addDocuments(page, { primaryKey: 'id' })).taskUid);
  }
  const failed = (await client.tasks.waitForTasks(tasks, { timeout: 1_800_000, interval: 200 })).find((task) => task.status !== 'succeeded');
  if (failed) throw new Error(`Rebuilding ${building} failed: ${failed.error?.message ?? failed.status}`);

  await applyIndexSettings(client, live, name, taxonomy); // make sure there is something to swap with
  await client.swapIndexes([{ indexes: [live, building], rename: false }]).waitTask({ timeout: 600_000 });
  await client.deleteIndex(building).waitTask({ timeout: 600_000 });

  // Matching's term statistics are rebuilt from the same rows.
  await rebuildTextStatistics(db, name, analysedPages(db, name, taxonomy));

  const table = name === 'labs' ? labs : needs;
  // An organisation renamed meanwhile changes its labs' and needs' documents too, so its version counts.
  const rows = await db
    .select({ id: table.id, version: table.version, organisationVersion: organisations.version })
    .from(table)
    .innerJoin(organisations, eq(organisations.id, table.organisationId));
  const inDatabase = new Map(rows.map((row) => [row.id, { version: row.version, revision: `${row.version}.${row.organisationVersion}` }]));
  const inIndex = await indexedRevisions(client, live);
  const stale = [...inDatabase].filter(([id, { revision }]) => inIndex.get(id) !== revision).map(([id, { version }]) => ({ id, version }));
  const extra = [...inIndex.keys()].filter((id) => !inDatabase.has(id)).map((id) => ({ id, version: 0 }));
  const entityType = name === 'labs' ? ('lab' as const) : ('need' as const);
  const resend = [...stale, ...extra].map(({ id, version }) => ({ entityType, entityId: id, entityVersion: version }));
  for (let i = 0; i < resend.length; i += 1_000) await db.insert(searchOutbox).values(resend.slice(i, i + 1_000));
  if (resend.length > 0) await wakeOutboxWorker(db);

  return { index: live, documents, reconciled: resend.length, seconds: Math.round((performance.now() - started) / 100) / 10 };
}
