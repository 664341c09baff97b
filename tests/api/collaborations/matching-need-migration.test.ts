import { readFile } from 'node:fs/promises';
import t from 'tap';
import { eq, sql } from 'drizzle-orm';
import { notifications } from '@kopir/db';
import { labSchema, needSchema, notificationListSchema } from '@kopir/shared';
import { labInput, needInput } from '../../harness/catalogue.ts';
import { createUser } from '../../harness/factories.ts';
import { createTestApp } from '../../harness/test-app.ts';

const migration = new URL('../../../db/migrations/0007_matching_need_once.sql', import.meta.url);

t.test('the migration merges the per-lab alerts already sent into one per person and need', async (t) => {
  const app = await createTestApp(t);
  const company = await createUser(app, 'company');
  const researcher = await createUser(app, 'researcher');
  const post = async (authorization: string, url: string, payload: Record<string, unknown>) =>
    (await app.inject({ method: 'POST', url, headers: { authorization }, payload })).json();
  const [first, second] = [
    labSchema.parse(await post(researcher.authorization, '/api/v1/labs', labInput({ name: { en: 'First lab' } }))),
    labSchema.parse(await post(researcher.authorization, '/api/v1/labs', labInput({ name: { en: 'Second lab' } }))),
  ];
  const need = needSchema.parse(await post(company.authorization, '/api/v1/needs', needInput()));
  // The database as the old code left it: one row per lab, one of them for a lab since deleted.
  await app.db.execute(sql`DROP INDEX notifications_matching_need_once`);
  const old = (labId: string, score: number, readAt: Date | null) => ({
    userId: researcher.user.id,
    kind: 'matching_need' as const,
    payload: { needId: need.id, labId, score },
    readAt,
  });
  await app.db
    .insert(notifications)
    .values([old(first!.id, 0.6, new Date()), old(second!.id, 0.8, null), old('00000000-0000-4000-8000-000000000001', 0.7, new Date())]);

  for (const statement of (await readFile(migration, 'utf8')).split('--> statement-breakpoint')) await app.db.execute(sql.raw(statement));

  const rows = await app.db.select().from(notifications).where(eq(notifications.userId, researcher.user.id));
  t.equal(rows.length, 1, 'one notification left for the person and need');
  t.same(
    rows[0]?.payload,
    {
      needId: need.id,
      needTitle: need.title,
      labs: [
        { labId: second!.id, name: { en: 'Second lab' }, score: 0.8 },
        { labId: first!.id, name: { en: 'First lab' }, score: 0.6 },
      ],
    },
    'naming the labs that still exist, best first, with the need’s title',
  );
  t.equal(rows[0]?.readAt, null, 'unread, since one of the merged rows was');
  const box = notificationListSchema.parse(
    (await app.inject({ method: 'GET', url: '/api/v1/notifications', headers: { authorization: researcher.authorization } })).json(),
  );
  t.equal(box.items.length, 1, 'and the list reads it in the new shape');
  await t.rejects(
    app.db.insert(notifications).values({ userId: researcher.user.id, kind: 'matching_need', payload: { needId: need.id, needTitle: '', labs: [] } }),
    'the unique index holds afterwards',
  );
});
