import fp from 'fastify-plugin';
import { applyAllIndexSettings, applyWhenReachable } from '../../search/apply-settings.ts';
import { IndexWatch } from '../../search/index-watch.ts';
import { SearchVerifier } from '../../search/outbox/verifier.ts';
import { SearchOutboxWorker } from '../../search/outbox/worker.ts';

declare module 'fastify' {
  interface FastifyInstance {
    searchOutbox: SearchOutboxWorker;
    /** Checks delivered documents against PostgreSQL once late writes could have landed, and heals drift. */
    searchVerifier: SearchVerifier;
    /** Notices an index Meilisearch lost (it came back empty) and rebuilds it from PostgreSQL. */
    searchIndexWatch: IndexWatch;
    /** Resolves once the index settings kept in code are in place (started by the worker's process). */
    searchSettingsApplied: Promise<void>;
    /** Re-applies index settings (after the taxonomy changed, e.g. new synonyms). */
    applySearchSettings(): Promise<void>;
  }
}

/**
 * Keeps Meilisearch following PostgreSQL: applies the index settings kept in code (retrying in
 * the background while Meilisearch is unreachable, so the API starts anyway) and runs the outbox
 * worker, its verifier and the index watch when this process is configured to.
 */
export default fp<{ runWorker: boolean; verifyAfterMs: number; indexCheckMs: number }>(
  async function searchIndexing(app, options) {
    const worker = new SearchOutboxWorker({
      db: app.db,
      sql: app.sql,
      search: app.meilisearch,
      taxonomy: app.taxonomy,
      log: app.log,
      verifyAfterMs: options.verifyAfterMs,
    });
    const verifier = new SearchVerifier({ db: app.db, search: app.meilisearch, log: app.log, verifyAfterMs: options.verifyAfterMs });
    const watch = new IndexWatch({ db: app.db, sql: app.sql, search: app.meilisearch, taxonomy: app.taxonomy, log: app.log, everyMs: options.indexCheckMs });
    app.decorate('searchOutbox', worker);
    app.decorate('searchIndexWatch', watch);
    app.decorate('searchVerifier', verifier);
    app.decorate('applySearchSettings', async () => {
      app.taxonomy.invalidate();
      await applyAllIndexSettings(app.meilisearch.client, app.meilisearch.indexPrefix, (await app.taxonomy.current()).data);
    });

    let settingsApplied: () => void = () => {};
    app.decorate('searchSettingsApplied', new Promise<void>((resolve) => (settingsApplied = resolve)));
    if (!options.runWorker) return;
    let closing = false;
    app.addHook('onReady', async () => {
      await worker.start();
      await verifier.start();
      void applyWhenReachable(app.applySearchSettings, app.log, () => closing).then((applied) => {
        if (!applied) return;
        settingsApplied();
        // Only now: before the settings are applied, every index looks lost.
        if (!closing) watch.start();
      });
    });
    app.addHook('onClose', async () => {
      closing = true;
      await Promise.all([worker.stop(), verifier.stop(), watch.stop()]);
    });
  },
  { name: 'search-indexing', dependencies: ['database', 'search', 'taxonomy'] },
);
