import t from 'tap';
import { backgroundJobs } from '@kopir/db';
import { needSchema } from '@kopir/shared';
import { needInput } from '../harness/catalogue.ts';
import { createUser } from '../harness/factories.ts';
import { createTestApp, waitFor } from '../harness/test-app.ts';

t.test('a need deleted before its announcement job ran: the job finds it gone and finishes, leaving no row to retry', async (t) => {
  const app = await createTestApp(t);
  const company = await createUser(app, 'company');
  const created = await app.inject({ method: 'POST', url: '/api/v1/needs', headers: { authorization: company.authorization }, payload: needInput() });
  const need = needSchema.parse(created.json());
  t.equal((await app.db.select().from(backgroundJobs)).length, 1, 'publishing queued the announcement, due in 2 s');
  const deleted = await app.inject({ method: 'DELETE', url: `/api/v1/needs/${need.id}`, headers: { authorization: company.authorization } });
  t.equal(deleted.statusCode, 204, 'the company deletes the need at once');

  await waitFor('the job to be due and run', async () => (await app.backgroundJobs.drainOnce()) > 0, 10_000);
  t.same(await app.db.select().from(backgroundJobs), [], 'the job is done: no row stays behind to be retried 12 times');
});
