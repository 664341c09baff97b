import t from 'tap';
import { count, eq } from 'drizzle-orm';
import { collaborationEvents, collaborations, labs, needs, organisations } from '@kopir/db';
import { loadDemoDataIfEmpty } from '@kopir/server';
import { capabilityCodes, priorityAreas } from '@kopir/shared';
import { createUser } from '../../harness/factories.ts';
import { createTestApp, waitFor } from '../../harness/test-app.ts';

t.test('the demo data loads once, covers every priority area and several regions, and becomes searchable', async (t) => {
  const app = await createTestApp(t, { searchOutboxWorker: true });
  await app.ready();
  await app.searchSettingsApplied;
  t.equal(await loadDemoDataIfEmpty(app.db), true, 'loaded into an empty database');
  t.equal(await loadDemoDataIfEmpty(app.db), false, 'not loaded twice');

  const labRows = await app.db.select().from(labs);
  const needRows = await app.db.select().from(needs);
  t.ok(labRows.length >= 20, `${labRows.length} labs`);
  t.ok(needRows.length >= 12, `${needRows.length} needs`);
  t.ok(new Set(labRows.map((lab) => lab.regionCode)).size >= 6, 'labs in several regions');
  for (const area of priorityAreas) {
    const covers = (row: { sectors: string[]; researchFields: string[] }) =>
      row.sectors.some((s) => area.sectors.includes(s)) || row.researchFields.some((f) => area.fields.includes(f));
    t.ok(labRows.some(covers) && needRows.some(covers), `labs and needs in the priority area ${area.code}`);
  }
  for (const locale of ['kk', 'ru', 'en'] as const) {
    t.ok(
      labRows.some((lab) => lab.description[locale]),
      `labs described in ${locale}`,
    );
  }
  t.ok(
    needRows.some((need) => need.visibility === 'confidential'),
    'some confidential needs',
  );
  t.ok(
    [...labRows, ...needRows].every((row) => row.capabilities.every((code) => capabilityCodes.includes(code))),
    'every capability code is in the taxonomy',
  );
  const [organisationCount] = await app.db.select({ n: count() }).from(organisations);
  t.ok((organisationCount?.n ?? 0) >= 20, 'organisations');

  // Collaborations, so the dashboards and last year's report have figures on a first start.
  const collaborationRows = await app.db.select().from(collaborations).innerJoin(needs, eq(needs.id, collaborations.needId));
  t.ok(collaborationRows.length >= 20, `${collaborationRows.length} demo collaborations`);
  t.ok(
    ['proposed', 'accepted', 'contracted', 'completed', 'declined', 'cancelled'].every((status) =>
      collaborationRows.some((row) => row.collaborations.status === status),
    ),
    'in every state',
  );
  t.ok(
    collaborationRows.every((row) => row.collaborations.createdAt >= row.needs.publishedAt && row.collaborations.createdAt <= new Date()),
    'each after its need was published, none in the future',
  );
  const eventRows = await app.db.select().from(collaborationEvents);
  t.ok(
    collaborationRows.every((row) =>
      eventRows.some((event) => event.collaborationId === row.collaborations.id && event.toStatus === row.collaborations.status),
    ),
    'each with the event of its current state',
  );
  const ministry = await createUser(app, 'ministry');
  const year = new Date().getFullYear() - 1;
  const lastYear = (
    await app.inject({
      method: 'GET',
      url: `/api/v1/analytics/summary?from=${year}-01-01&to=${year}-12-31`,
      headers: { authorization: ministry.authorization },
    })
  ).json();
  t.ok(
    lastYear.values.contracted > 0 && lastYear.values.proposals > 0,
    `last year has contracts (${lastYear.values.contracted}) and proposals (${lastYear.values.proposals})`,
  );

  const searchable = await waitFor(
    'demo labs searchable',
    async () => {
      const total = (await app.inject({ method: 'GET', url: '/api/v1/labs' })).json<{ total: number }>().total;
      return total === labRows.filter((lab) => lab.status === 'active').length && total;
    },
    30_000,
  );
  t.ok(searchable > 0, 'every active demo lab is in the search index');
});
