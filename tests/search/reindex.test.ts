import t from 'tap';
import { labs, searchOutbox } from '@kopir/db';
import { createSearchClient, reindex } from '@kopir/server';
import { labSchema } from '@kopir/shared';
import { labInput } from '../harness/catalogue.ts';
import { createUser } from '../harness/factories.ts';
import { suiteEnvironment } from '../harness/suite-environment.ts';
import { createTestApp, waitFor } from '../harness/test-app.ts';

t.test('a reindex while writes continue leaves the index equal to the database', async (t) => {
  const app = await createTestApp(t, { searchOutboxWorker: true });
  await app.ready();
  await app.searchSettingsApplied;
  const researcher = await createUser(app, 'researcher');
  const { meiliUrl, meiliKey } = suiteEnvironment();
  const client = createSearchClient(meiliUrl, meiliKey);
  const uid = `${app.meilisearch.indexPrefix}labs`;

  // 600 labs written straight to the database: the reindex must find them without the outbox.
  const base = labInput();
  await app.db
    .insert(labs)
    .values(
      Array.from({ length: 600 }, (_, i) => ({ ...base, name: { en: `Bulk lab ${i}` }, organisationId: researcher.user.organisationId!, regionCode: 'KZ-71' })),
    );

  // Writes through the API keep flowing during the rebuild.
  let writing = true;
  const written: Promise<void> = (async () => {
    const ids: string[] = [];
    for (let i = 0; writing || i < 30; i++) {
      const created = await app.inject({
        method: 'POST',
        url: '/api/v1/labs',
        headers: { authorization: researcher.authorization },
        payload: labInput({ name: { en: `Live lab ${i}` } }),
      });
      ids.push(labSchema.parse(created.json()).id);
      if (i % 3 === 1)
        await app.inject({ method: 'PATCH', url: `/api/v1/labs/${ids[i - 1]}`, headers: { authorization: researcher.authorization }, payload: { trlMax: 9 } });
      if (i % 5 === 4) await app.inject({ method: 'DELETE', url: `/api/v1/labs/${ids[i - 2]}`, headers: { authorization: researcher.authorization } });
    }
  })();

  const report = await reindex({ db: app.db, client, prefix: app.meilisearch.indexPrefix, taxonomy: (await app.taxonomy.current()).data, name: 'labs' });
  writing = false;
  await written;
  t.ok(report.documents >= 600, `rebuilt ${report.documents} documents in ${report.seconds} s`);

  const final = await waitFor(
    'the outbox to drain',
    async () => {
      const [pending] = await app.db.select().from(searchOutbox).limit(1);
      if (pending) return undefined;
      const tasks = await client.tasks.getTasks({ indexUids: [uid], statuses: ['enqueued', 'processing'] });
      if (tasks.results.length > 0) return undefined;
      return (await client.index(uid).getDocuments<{ id: string; version: number }>({ fields: ['id', 'version'], limit: 5000 })).results;
    },
    30_000,
  );
  const inDatabase = await app.db.select({ id: labs.id, version: labs.version }).from(labs);
  t.equal(final.length, inDatabase.length, `${final.length} documents for ${inDatabase.length} labs`);
  t.same(final.map((d) => `${d.id}@${d.version}`).sort(), inDatabase.map((row) => `${row.id}@${row.version}`).sort(), 'every id and version equal');
  const indexes = await client.getIndexes({ limit: 1000 });
  t.same(
    indexes.results.filter((index) => index.uid.startsWith(`${uid}_rebuild`)).map((index) => index.uid),
    [],
    'the temporary index is gone',
  );
});
