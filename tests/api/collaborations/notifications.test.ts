import { readdir, readFile } from 'node:fs/promises';
import t from 'tap';
import { count } from 'drizzle-orm';
import { backgroundJobs, notifications } from '@kopir/db';
import { collaborationSchema, labSchema, needSchema, notificationListSchema } from '@kopir/shared';
import type { App } from '@kopir/server';
import { labInput, needInput } from '../../harness/catalogue.ts';
import { createUser } from '../../harness/factories.ts';
import { createTestApp, waitFor } from '../../harness/test-app.ts';

type User = Awaited<ReturnType<typeof createUser>>;
/** A valid, recognisable UUID per number, for stored payloads that must look like the real ones. */
const uuidNumbered = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const inbox = async (app: App, user: User) =>
  notificationListSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/notifications', headers: { authorization: user.authorization } })).json());

t.test('an invitation and every answer notify the other party, in the app and by email', async (t) => {
  const app = await createTestApp(t);
  const company = await createUser(app, 'company');
  const researcher = await createUser(app, 'researcher');
  const colleague = await createUser(app, 'researcher', { organisationId: researcher.user.organisationId! });
  const stranger = await createUser(app, 'researcher');
  const lab = labSchema.parse(
    (await app.inject({ method: 'POST', url: '/api/v1/labs', headers: { authorization: researcher.authorization }, payload: labInput() })).json(),
  );
  const need = needSchema.parse(
    (await app.inject({ method: 'POST', url: '/api/v1/needs', headers: { authorization: company.authorization }, payload: needInput() })).json(),
  );

  const invitation = collaborationSchema.parse(
    (
      await app.inject({
        method: 'POST',
        url: '/api/v1/collaborations',
        headers: { authorization: company.authorization },
        payload: { needId: need.id, labId: lab.id },
      })
    ).json(),
  );
  for (const member of [researcher, colleague]) {
    const box = await inbox(app, member);
    t.equal(box.unread, 1, 'every researcher of the lab’s organisation has one unread notification');
    t.match(box.items[0], { kind: 'proposal_received', payload: { collaborationId: invitation.id, from: 'company' } }, 'about the invitation');
  }
  t.equal((await inbox(app, stranger)).items.length, 0, 'nobody else hears of it');
  t.equal((await inbox(app, company)).items.length, 0, 'nor the company that sent it');

  await app.inject({
    method: 'POST',
    url: `/api/v1/collaborations/${invitation.id}/transitions`,
    headers: { authorization: researcher.authorization },
    payload: { action: 'accept' },
  });
  const companyBox = await inbox(app, company);
  t.match(companyBox.items[0], { kind: 'collaboration_updated', payload: { status: 'accepted' } }, 'the company hears the answer');

  const read = await app.inject({ method: 'POST', url: '/api/v1/notifications/read', headers: { authorization: company.authorization }, payload: {} });
  t.equal(notificationListSchema.parse(read.json()).unread, 0, 'marked read');
  t.equal((await inbox(app, researcher)).unread, 1, 'marking one’s own leaves others’ alone');

  // Emails wait in the outbox until the email worker sends them through the configured transport.
  while ((await app.emailSender.drainOnce()) > 0);
  const files = await readdir(app.config.mail.fileDir);
  t.equal(files.length, 3, 'three emails: two researchers and the company');
  const message = await readFile(`${app.config.mail.fileDir}/${files.find((file) => file.includes(researcher.user.email))}`, 'utf8');
  t.match(message, /^To: .*@example\.kz/m, 'addressed');
  t.match(message, /Subject: Kopir: an invitation/, 'with a subject that says what it is');
});

t.test('publishing a need notifies the labs it fits, from a background job', async (t) => {
  const app = await createTestApp(t, { searchOutboxWorker: true });
  await app.ready();
  await app.searchSettingsApplied;
  const company = await createUser(app, 'company');
  const researcher = await createUser(app, 'researcher');
  const unrelated = await createUser(app, 'researcher');
  await app.inject({ method: 'POST', url: '/api/v1/labs', headers: { authorization: researcher.authorization }, payload: labInput() });
  await app.inject({
    method: 'POST',
    url: '/api/v1/labs',
    headers: { authorization: unrelated.authorization },
    payload: labInput({
      name: { en: 'Folk music archive' },
      description: { en: 'Recordings of dombra music.' },
      sectors: ['R'],
      capabilities: [],
      researchFields: ['6.4'],
    }),
  });
  await waitFor('labs indexed', async () => (await app.inject({ method: 'GET', url: '/api/v1/labs' })).json<{ total: number }>().total === 2);

  await app.inject({ method: 'POST', url: '/api/v1/needs', headers: { authorization: company.authorization }, payload: needInput() });
  await app.inject({
    method: 'POST',
    url: '/api/v1/needs',
    headers: { authorization: company.authorization },
    payload: needInput({ visibility: 'confidential' }),
  });
  const [jobs] = await app.db.select({ n: count() }).from(backgroundJobs);
  t.equal(jobs?.n, 1, 'one job queued, for the public need only: announcing a confidential one would tell its secret');
  t.equal((await inbox(app, researcher)).items.length, 0, 'nothing is computed on the request itself');

  await waitFor('the job to be due and done', async () => (await app.backgroundJobs.drainOnce()) > 0 || undefined, 10_000);
  const box = await inbox(app, researcher);
  t.match(box.items[0], { kind: 'matching_need' }, 'the fitting lab’s researcher is told');
  const score = box.items[0]?.kind === 'matching_need' ? box.items[0].payload.labs[0]?.score : undefined;
  t.ok(Number(score) >= 0.5, `above the threshold (${score})`);
  t.equal((await inbox(app, unrelated)).items.length, 0, 'the lab it does not fit is not');
});

t.test('past 200 notifications, the newest still show and the unread count keeps growing', async (t) => {
  const app = await createTestApp(t);
  const researcher = await createUser(app, 'researcher');
  await app.db.insert(notifications).values(
    Array.from({ length: 230 }, (_, i) => ({
      userId: researcher.user.id,
      kind: 'matching_need' as const,
      payload: { needId: uuidNumbered(i), needTitle: `Need ${i}`, labs: [{ labId: uuidNumbered(0), name: { en: 'A lab' }, score: 0.6 }] },
    })),
  );
  const box = await inbox(app, researcher);
  t.equal(box.unread, 230, 'all 230 unread are counted');
  t.equal(box.items.length, 50, 'one page of 50');
  const newest = box.items[0];
  t.equal(newest?.kind === 'matching_need' && newest.payload.needId, uuidNumbered(229), 'the newest first');
});
