import { readdir, readFile } from 'node:fs/promises';
import t from 'tap';
import { count, eq, sql } from 'drizzle-orm';
import { backgroundJobs, emailOutbox, notifications } from '@kopir/db';
import { labSchema, needSchema, notificationListSchema, pickText } from '@kopir/shared';
import type { App } from '@kopir/server';
import { labInput, needInput } from '../../harness/catalogue.ts';
import { createUser } from '../../harness/factories.ts';
import { createTestApp, waitFor } from '../../harness/test-app.ts';

type User = Awaited<ReturnType<typeof createUser>>;

const inbox = async (app: App, user: User) =>
  notificationListSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/notifications', headers: { authorization: user.authorization } })).json());

const post = async (app: App, user: User, url: string, payload: Record<string, unknown>) =>
  (await app.inject({ method: 'POST', url, headers: { authorization: user.authorization }, payload })).json();

/** Runs the due background jobs until none is left. */
const drainJobs = (app: App) => waitFor('the jobs to be due and done', async () => (await app.backgroundJobs.drainOnce()) > 0 || undefined, 10_000);

/** The emails delivered to one address, each as its file's text. */
async function mailTo(app: App, address: string): Promise<string[]> {
  while ((await app.emailSender.drainOnce()) > 0);
  const files = (await readdir(app.config.mail.fileDir)).filter((file) => file.includes(address));
  return Promise.all(files.map((file) => readFile(`${app.config.mail.fileDir}/${file}`, 'utf8')));
}

t.test('a need that fits several labs of one person tells them once, naming every lab, in their language', async (t) => {
  const app = await createTestApp(t, { searchOutboxWorker: true });
  await app.ready();
  await app.searchSettingsApplied;
  const company = await createUser(app, 'company');
  const researcher = await createUser(app, 'researcher', { locale: 'ru' });
  const colleague = await createUser(app, 'researcher', { organisationId: researcher.user.organisationId!, locale: 'kk' });
  const outsider = await createUser(app, 'researcher');
  // The colleague reads Kazakh: their one notification's email is in Kazakh, the researcher's in Russian.
  const names = ['Hydrogen Energy Laboratory', 'Electrolysis Stack Laboratory', 'Green Hydrogen Pilot Plant'];
  const labs = [];
  for (const name of names) labs.push(labSchema.parse(await post(app, researcher, '/api/v1/labs', labInput({ name: { en: name } }))));
  await post(
    app,
    outsider,
    '/api/v1/labs',
    labInput({
      name: { en: 'Folk music archive' },
      description: { en: 'Recordings of dombra music.' },
      sectors: ['R'],
      capabilities: [],
      researchFields: ['6.4'],
    }),
  );
  await waitFor('labs indexed', async () => (await app.inject({ method: 'GET', url: '/api/v1/labs' })).json<{ total: number }>().total === 4);

  const need = needSchema.parse(await post(app, company, '/api/v1/needs', needInput()));
  const secret = needSchema.parse(await post(app, company, '/api/v1/needs', needInput({ title: 'Confidential electrolyser', visibility: 'confidential' })));
  await drainJobs(app);

  for (const member of [researcher, colleague]) {
    const box = await inbox(app, member);
    t.equal(box.items.length, 1, 'each researcher of the organisation gets exactly one notification, not one per lab');
    const item = box.items[0];
    t.equal(item?.kind === 'matching_need' && item.payload.needId, need.id, 'about the new public need');
    const named = item?.kind === 'matching_need' ? item.payload.labs : [];
    t.same(named.map((lab) => lab.labId).sort(), labs.map((lab) => lab.id).sort(), 'naming all three of their labs');
    t.ok(
      named.every((lab) => lab.score >= 0.5),
      `each with its score above the threshold (${named.map((lab) => lab.score).join(', ')})`,
    );
    t.same(
      named.map((lab) => lab.score),
      named.map((lab) => lab.score).sort((a, b) => b - a),
      'best fit first',
    );
    t.equal(item?.kind === 'matching_need' && item.payload.needTitle, need.title, 'with the need’s title to word it');
  }
  t.equal((await inbox(app, outsider)).items.length, 0, 'the lab the need does not fit is not told');
  const [aboutSecret] = await app.db.select({ n: count() }).from(notifications).where(sql`${notifications.payload}->>'needId' = ${secret.id}`);
  t.equal(aboutSecret?.n, 0, 'the confidential need notifies nobody');

  // The text as queued (the delivered file is MIME-encoded); the count as delivered.
  const queued = async (address: string) => app.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, address));
  const [mine, ...moreOfMine] = await queued(researcher.user.email);
  t.equal(moreOfMine.length, 0, 'one email queued for the researcher');
  for (const lab of labs) {
    t.match(mine?.body, pickText(lab.name, 'ru'), `the email names ${pickText(lab.name, 'en')}`);
    t.match(mine?.body, new URL(`/my/labs/${lab.id}`, app.config.publicUrl).href, 'with an absolute link to it');
  }
  t.match(mine?.subject, /новый запрос НИОКР подходит вашим лабораториям/, 'in the researcher’s language (Russian, the default)');
  t.match(mine?.body, /опубликован новый запрос/, 'its body too');
  const theirs = await queued(colleague.user.email);
  t.equal(theirs.length, 1, 'one email queued for the colleague, their own');
  t.match(theirs[0]?.body, /жаңа сұраныс жарияланды/, 'in Kazakh, the colleague’s language');
  t.equal((await mailTo(app, researcher.user.email)).length, 1, 'one email delivered to the researcher');

  // A retried job, or the same need queued again, must tell no one twice.
  const [emailsBefore] = await app.db.select({ n: count() }).from(emailOutbox);
  await app.db.insert(backgroundJobs).values({ kind: 'notify_matching_labs', payload: { needId: need.id } });
  await drainJobs(app);
  const [jobsLeft] = await app.db.select({ n: count() }).from(backgroundJobs);
  t.equal(jobsLeft?.n, 0, 'the second run is done, not failing on the unique index');
  for (const member of [researcher, colleague]) t.equal((await inbox(app, member)).items.length, 1, 'still one notification after the job ran twice');
  const [emailsAfter] = await app.db.select({ n: count() }).from(emailOutbox);
  t.equal(emailsAfter?.n, emailsBefore?.n, 'and no email queued the second time');
  t.equal((await mailTo(app, researcher.user.email)).length, 1, 'nor sent');
});
