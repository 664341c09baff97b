// `pnpm reindex [labs|needs]`: rebuilds the search indexes from PostgreSQL and swaps them in
// atomically, while the API keeps answering and writes keep flowing. Uses DATABASE_URL and
// MEILI_URL / MEILI_MASTER_KEY, or the embedded ones in DATA_DIR when those are unset.
import pino from 'pino';
import { createDatabase } from '@kopir/db';
import { parseEnvironment } from '../config.ts';
import { indexNames, type IndexName } from '../search/index-settings.ts';
import { SearchOutboxWorker } from '../search/outbox/worker.ts';
import { reindex } from '../search/reindex.ts';
import { TaxonomyCache } from '../taxonomy/live-taxonomy.ts';
import { readRunningStackNote } from '../stack/running-stack-file.ts';
import { startStack } from '../stack/start-stack.ts';
import { createSearchClient } from '../search/client.ts';
import { useSearchHttpPool } from '../search/http-pool.ts';
import { runCommand, UsageError } from './run-command.ts';

useSearchHttpPool();

await runCommand(async () => {
  const requested = process.argv.slice(2);
  const names = requested.length === 0 ? indexNames : requested;
  const unknown = names.filter((name) => !indexNames.includes(name as IndexName));
  if (unknown.length > 0) throw new UsageError(`Unknown index ${unknown.join(', ')}; use labs, needs or nothing for both.`);

  const env = parseEnvironment(process.env);
  // Use the services of a running `pnpm start` if there is one; otherwise bring them up here.
  const running = !env.DATABASE_URL && !env.MEILI_URL ? readRunningStackNote(env.DATA_DIR) : undefined;
  const stack = running
    ? { config: { databaseUrl: running.databaseUrl, meilisearch: running.meilisearch }, stop: async () => {} }
    : await startStack(env, (line) => console.log(`[kopir] ${line}`));
  const database = createDatabase(stack.config.databaseUrl, { maxConnections: 4, applicationName: 'kopir-reindex' });
  const client = createSearchClient(stack.config.meilisearch.url, stack.config.meilisearch.apiKey);
  const taxonomy = new TaxonomyCache(database.db);
  const log = pino({ level: 'warn' });
  try {
    const lines: string[] = [];
    for (const name of names as IndexName[]) {
      const report = await reindex({ db: database.db, client, prefix: stack.config.meilisearch.indexPrefix, taxonomy: (await taxonomy.current()).data, name });
      lines.push(`${report.index}: ${report.documents} documents in ${report.seconds} s, ${report.reconciled} sent again after the swap`);
    }
    // Deliver what reconciliation queued (an API worker may be doing it too; rows are shared safely).
    const search = { client, indexPrefix: stack.config.meilisearch.indexPrefix };
    const worker = new SearchOutboxWorker({ db: database.db, sql: database.sql, search, taxonomy, log });
    while ((await worker.drainOnce()) > 0);
    return `Reindexed. ${lines.join('; ')}.`;
  } finally {
    await database.close();
    await stack.stop();
  }
});
