import t from 'tap';
import { and, eq, sql } from 'drizzle-orm';
import { emailOutbox, labs, notifications } from '@kopir/db';
import { apiErrorSchema, labHitSchema, labSchema, searchResultSchema } from '@kopir/shared';
import type { App } from '@kopir/server';
import { labInput } from '../harness/catalogue.ts';
import { createUser } from '../harness/factories.ts';
import { createTestApp, waitFor } from '../harness/test-app.ts';

type User = Awaited<ReturnType<typeof createUser>>;
const DAY_MS = 86_400_000;

async function appWithClock(t: Parameters<typeof createTestApp>[0]) {
  const clock = { now: new Date() };
  const app = await createTestApp(t, { searchOutboxWorker: true }, { clock: () => clock.now });
  await app.ready();
  await app.searchSettingsApplied;
  return { app, clock };
}

async function addLab(app: App, researcher: User, name = 'Hydrogen Energy Laboratory') {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/labs',
    headers: { authorization: researcher.authorization },
    payload: labInput({ name: { en: name } }),
  });
  if (response.statusCode !== 201) throw new Error(`adding the lab failed: ${response.body}`);
  return labSchema.parse(response.json());
}

/** Sets the lab's last edit `days` days before the app's clock, as if nobody had touched it since. */
const lastEdited = (app: App, labId: string, now: Date, days: number) =>
  app.db
    .update(labs)
    .set({ updatedAt: new Date(now.getTime() - days * DAY_MS) })
    .where(eq(labs.id, labId));

const reminders = (app: App, labId: string) =>
  app.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.kind, 'lab_confirmation_due'), sql`${notifications.payload}->>'labId' = ${labId}`));

const searchHit = async (app: App, labId: string) =>
  searchResultSchema(labHitSchema)
    .parse((await app.inject({ method: 'GET', url: '/api/v1/labs?q=hydrogen' })).json())
    .hits.find((hit) => hit.id === labId);

/** Waits until search shows the lab with `stale` as given, and answers the hit. */
const staleInSearch = (app: App, labId: string, stale: boolean) =>
  waitFor(`the lab ${stale ? 'stale' : 'current'} in search`, async () => {
    const hit = await searchHit(app, labId);
    return hit?.stale === stale && hit;
  });

const confirm = (app: App, labId: string, authorization?: string) =>
  app.inject({ method: 'POST', url: `/api/v1/labs/${labId}/confirm`, ...(authorization && { headers: { authorization } }) });

t.test('a lab unedited for 366 days asks its researchers once to confirm it, shows stale in search, and a confirmation makes it current', async (t) => {
  const { app, clock } = await appWithClock(t);
  const researcher = await createUser(app, 'researcher', { locale: 'ru' });
  const colleague = await createUser(app, 'researcher', { organisationId: researcher.user.organisationId!, locale: 'kk' });
  const outsider = await createUser(app, 'researcher');
  const lab = await addLab(app, researcher);
  const fresh = await addLab(app, outsider, 'Hydrogen Storage Laboratory');
  await lastEdited(app, lab.id, clock.now, 366);
  const editedAt = new Date(clock.now.getTime() - 366 * DAY_MS).toISOString();
  await lastEdited(app, fresh.id, clock.now, 364);
  t.equal((await staleInSearch(app, lab.id, false)).stale, false, 'before the sweep the lab shows as current');

  t.equal((await app.sweepListings()).reminded, 1, 'the sweep finds the one lab a year without an edit, not the one 364 days old');
  t.equal((await app.sweepListings()).reminded, 0, 'a second sweep reminds nobody');
  t.equal((await reminders(app, lab.id)).length, 2, 'both researchers of its organisation are asked once');
  t.equal((await reminders(app, fresh.id)).length, 0, 'nobody about the newer lab');
  const [russian, ...moreRussian] = await app.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, researcher.user.email));
  t.equal(moreRussian.length, 0, 'one email to the researcher');
  t.match(russian?.subject, /сведения о лаборатории .* ещё актуальны/, 'in Russian, her language');
  t.match(russian?.body, `http://kopir.test/my/labs/${lab.id}`, 'with the link to the lab’s page, where confirming is one button');
  const [kazakh] = await app.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, colleague.user.email));
  t.match(kazakh?.subject, /зертханасы туралы мәлімет әлі өзекті ме/, 'in Kazakh for the colleague');

  const hit = await staleInSearch(app, lab.id, true);
  t.equal(hit.stale, true, 'search shows the lab as stale');
  const index = app.meilisearch.client.index(`${app.meilisearch.indexPrefix}labs`);
  const staleOnly = await index.search('', { filter: 'stale = true' });
  t.same(
    staleOnly.hits.map((document) => document.id),
    [lab.id],
    'the stale flag is a filter in the index, and only this lab has it',
  );
  const page = labSchema.parse((await app.inject({ method: 'GET', url: `/api/v1/labs/${lab.id}` })).json());
  t.equal(page.stale, true, 'the lab’s page says it is stale');

  const confirmed = await confirm(app, lab.id, colleague.authorization);
  t.equal(confirmed.statusCode, 200, 'a researcher of its organisation confirms it');
  const current = labSchema.parse(confirmed.json());
  t.equal(current.stale, false, 'it is current again');
  t.equal(current.confirmedAt, clock.now.toISOString(), 'confirmed now');
  t.equal(current.updatedAt, editedAt, 'its last edit stays what it was: a confirmation is no edit');
  t.equal((await staleInSearch(app, lab.id, false)).stale, false, 'and search follows');
  t.equal((await app.sweepListings()).reminded, 0, 'a confirmed lab is not reminded again the same year');

  // A year after the confirmation, a new stale period: one reminder more; then an edit clears it.
  clock.now = new Date(clock.now.getTime() + 366 * DAY_MS);
  await lastEdited(app, fresh.id, clock.now, 10);
  t.equal((await app.sweepListings()).reminded, 1, 'a year after the confirmation, the lab is stale again');
  t.equal((await reminders(app, lab.id)).length, 4, 'its two researchers are asked again, once each');
  await staleInSearch(app, lab.id, true);
  const edited = await app.inject({
    method: 'PATCH',
    url: `/api/v1/labs/${lab.id}`,
    headers: { authorization: researcher.authorization },
    payload: { teamSize: 7 },
  });
  t.equal(labSchema.parse(edited.json()).stale, false, 'editing the lab makes it current too');
  t.equal((await staleInSearch(app, lab.id, false)).stale, false, 'in search as well');
});

t.test('only the lab’s own researchers may confirm it', async (t) => {
  const { app } = await appWithClock(t);
  const researcher = await createUser(app, 'researcher');
  const lab = await addLab(app, researcher);
  const outsider = await createUser(app, 'researcher');
  const company = await createUser(app, 'company');

  const anonymous = await confirm(app, lab.id);
  t.equal(anonymous.statusCode, 401, 'anonymous: 401');
  t.equal(apiErrorSchema.parse(anonymous.json()).code, 'UNAUTHENTICATED', 'asked to sign in');
  const fromCompany = await confirm(app, lab.id, company.authorization);
  t.equal(fromCompany.statusCode, 403, 'a company user: 403');
  t.equal(apiErrorSchema.parse(fromCompany.json()).code, 'FORBIDDEN_ROLE', 'not a researcher’s role');
  const fromOutsider = await confirm(app, lab.id, outsider.authorization);
  t.equal(fromOutsider.statusCode, 403, 'a researcher of another organisation: 403');
  t.equal(apiErrorSchema.parse(fromOutsider.json()).code, 'NOT_YOURS', 'not their lab');
  const [row] = await app.db.select().from(labs).where(eq(labs.id, lab.id));
  t.equal(row?.confirmedAt, null, 'none of the refusals confirmed the lab');
  const missing = await confirm(app, '00000000-0000-4000-8000-000000000000', researcher.authorization);
  t.equal(missing.statusCode, 404, 'a lab that does not exist: 404');
});
