import t from 'tap';
import { eq } from 'drizzle-orm';
import { searchOutbox } from '@kopir/db';
import { createSearchClient } from '@kopir/server';
import { labSchema, needSchema, readinessSchema } from '@kopir/shared';
import { labInput, needInput } from '../harness/catalogue.ts';
import { createUser } from '../harness/factories.ts';
import { suiteEnvironment } from '../harness/suite-environment.ts';
import { createTestApp, waitFor } from '../harness/test-app.ts';

t.test('a task Meilisearch accepts and then fails keeps its outbox rows, shows on /ready, and leaves once it succeeds', async (t) => {
  // The worker is driven by hand here, so each delivery and its outcome can be looked at.
  const app = await createTestApp(t);
  const { meiliUrl, meiliKey } = suiteEnvironment();
  const client = createSearchClient(meiliUrl, meiliKey);
  const labsUid = `${app.meilisearch.indexPrefix}labs`;
  // A labs index someone made with another primary key: Meilisearch enqueues every addition, then
  // fails the task (index_primary_key_already_exists) — the failure arrives only asynchronously.
  await client.createIndex(labsUid, { primaryKey: 'uid' }).waitTask({ timeout: 60_000 });

  const researcher = await createUser(app, 'researcher');
  const company = await createUser(app, 'company');
  const lab = labSchema.parse(
    (await app.inject({ method: 'POST', url: '/api/v1/labs', headers: { authorization: researcher.authorization }, payload: labInput() })).json(),
  );
  const need = needSchema.parse(
    (await app.inject({ method: 'POST', url: '/api/v1/needs', headers: { authorization: company.authorization }, payload: needInput() })).json(),
  );

  t.ok((await app.searchOutbox.drainOnce()) >= 2, 'one delivery claims the rows of the lab, the need and their organisations');
  const [labRow] = await app.db.select().from(searchOutbox).where(eq(searchOutbox.entityId, lab.id));
  t.ok(labRow, 'the lab’s row stays in the outbox: its task failed after Meilisearch had accepted it');
  t.ok(labRow && labRow.attempts >= 1, `it counts the failed attempt (${labRow?.attempts})`);
  t.match(labRow?.lastError, /index_primary_key_already_exists/, 'and keeps Meilisearch’s reason');
  t.same(await app.db.select().from(searchOutbox).where(eq(searchOutbox.entityId, need.id)), [], 'the need’s row, whose task succeeded, is gone');
  const needDocument = await client.index(`${app.meilisearch.indexPrefix}needs`).getDocument(need.id);
  t.equal(needDocument.id, need.id, 'and the need is in its index');

  const stuck = readinessSchema.parse((await app.inject({ method: 'GET', url: '/ready' })).json()).searchOutbox;
  t.ok((stuck?.failed ?? 0) >= 1, `/ready counts the refused rows as failed (${stuck?.failed})`);
  t.ok((stuck?.retrying ?? 0) >= (stuck?.failed ?? 0), `and as retrying (${stuck?.retrying})`);

  // Mended: the wrong index goes; the next attempt creates the right one and succeeds.
  await client.deleteIndex(labsUid).waitTask({ timeout: 60_000 });
  await waitFor(
    'the retried rows to be delivered',
    async () => {
      await app.searchOutbox.drainOnce();
      return (await app.db.select().from(searchOutbox)).length === 0;
    },
    30_000,
  );
  const labDocument = await client.index(labsUid).getDocument(lab.id);
  t.equal(labDocument.version, lab.version, 'the lab is in the index at its version');
  const mended = readinessSchema.parse((await app.inject({ method: 'GET', url: '/ready' })).json()).searchOutbox;
  t.same(
    mended && { pending: mended.pending, retrying: mended.retrying, failed: mended.failed },
    { pending: 0, retrying: 0, failed: 0 },
    '/ready shows nothing stuck',
  );
});
