import t from 'tap';
import { count, eq } from 'drizzle-orm';
import { collaborations } from '@kopir/db';
import type { App } from '@kopir/server';
import { apiErrorSchema, collaborationSchema, labSchema, needSchema, type CollaborationAction, type CollaborationStatus } from '@kopir/shared';
import { labInput, needInput } from '../../harness/catalogue.ts';
import { createUser } from '../../harness/factories.ts';
import { createTestApp } from '../../harness/test-app.ts';

type User = Awaited<ReturnType<typeof createUser>>;

async function world(app: App) {
  const company = await createUser(app, 'company');
  const researcher = await createUser(app, 'researcher');
  const lab = labSchema.parse(
    (await app.inject({ method: 'POST', url: '/api/v1/labs', headers: { authorization: researcher.authorization }, payload: labInput() })).json(),
  );
  return {
    company,
    researcher,
    lab,
    otherCompany: await createUser(app, 'company'),
    otherResearcher: await createUser(app, 'researcher'),
    ministry: await createUser(app, 'ministry'),
    admin: await createUser(app, 'admin'),
    region: await createUser(app, 'region'),
  };
}

const payloads: Record<CollaborationAction, object> = {
  accept: { action: 'accept', note: 'Glad to' },
  decline: { action: 'decline', reasonCode: 'no_capacity', reason: 'No capacity this year' },
  contract: { action: 'contract', contract: { budgetKzt: 85_000_000, fundingSource: 'co_funded', startOn: '2026-02-01', endOn: '2027-01-31' } },
  complete: { action: 'complete', outcomes: { publications: 2, patents: 1, prototypes: 1 } },
  cancel: { action: 'cancel', reasonCode: 'priorities_changed', reason: 'Priorities changed' },
};

const act = (app: App, id: string, user: User, action: CollaborationAction) =>
  app.inject({ method: 'POST', url: `/api/v1/collaborations/${id}/transitions`, headers: { authorization: user.authorization }, payload: payloads[action] });

/** A fresh need and a collaboration on it, started by `startedBy` and driven through `path`. */
async function collaborationIn(app: App, w: Awaited<ReturnType<typeof world>>, startedBy: 'company' | 'lab', path: CollaborationAction[]) {
  const need = needSchema.parse(
    (await app.inject({ method: 'POST', url: '/api/v1/needs', headers: { authorization: w.company.authorization }, payload: needInput() })).json(),
  );
  const starter = startedBy === 'company' ? w.company : w.researcher;
  const answerer = startedBy === 'company' ? w.researcher : w.company;
  const created = collaborationSchema.parse(
    (
      await app.inject({
        method: 'POST',
        url: '/api/v1/collaborations',
        headers: { authorization: starter.authorization },
        payload: { needId: need.id, labId: w.lab.id, message: 'Shall we?' },
      })
    ).json(),
  );
  for (const action of path) {
    const response = await act(app, created.id, action === 'accept' || action === 'decline' ? answerer : w.company, action);
    if (response.statusCode !== 200) throw new Error(`setting up ${path.join(' → ')}: ${action} answered ${response.body}`);
  }
  return created.id;
}

// Every state a collaboration can be in, and how to get there.
const states: { name: string; startedBy: 'company' | 'lab'; path: CollaborationAction[]; status: CollaborationStatus }[] = [
  { name: 'proposed by the company', startedBy: 'company', path: [], status: 'proposed' },
  { name: 'proposed by the lab', startedBy: 'lab', path: [], status: 'proposed' },
  { name: 'accepted', startedBy: 'company', path: ['accept'], status: 'accepted' },
  { name: 'contracted', startedBy: 'company', path: ['accept', 'contract'], status: 'contracted' },
  { name: 'completed', startedBy: 'company', path: ['accept', 'contract', 'complete'], status: 'completed' },
  { name: 'declined', startedBy: 'company', path: ['decline'], status: 'declined' },
  { name: 'cancelled', startedBy: 'company', path: ['accept', 'cancel'], status: 'cancelled' },
];

/** What each party may do in each state: written out by hand from the brief, not derived from the code. */
const allowed: Record<string, { company: CollaborationAction[]; lab: CollaborationAction[] }> = {
  'proposed by the company': { company: ['cancel'], lab: ['accept', 'decline'] },
  'proposed by the lab': { company: ['accept', 'decline'], lab: ['cancel'] },
  accepted: { company: ['contract', 'cancel'], lab: ['contract', 'cancel'] },
  contracted: { company: ['complete', 'cancel'], lab: ['complete', 'cancel'] },
  completed: { company: [], lab: [] },
  declined: { company: [], lab: [] },
  cancelled: { company: [], lab: [] },
};
const actions: CollaborationAction[] = ['accept', 'decline', 'contract', 'complete', 'cancel'];

t.test('every transition, allowed and forbidden, for every role and state', async (t) => {
  const app = await createTestApp(t);
  const w = await world(app);
  for (const state of states) {
    for (const action of actions) {
      for (const [side, user] of [
        ['company', w.company],
        ['lab', w.researcher],
      ] as const) {
        const id = await collaborationIn(app, w, state.startedBy, state.path);
        const response = await act(app, id, user, action);
        const label = `${state.name}: ${action} by the ${side === 'lab' ? 'lab' : 'company'}`;
        if (allowed[state.name]![side].includes(action)) {
          t.equal(response.statusCode, 200, `${label} → 200`);
          const after = collaborationSchema.parse(response.json());
          t.equal(after.timeline.at(-1)?.fromStatus, state.status, `${label}: the event records where it came from`);
        } else {
          const body = apiErrorSchema.parse(response.json());
          const wrongState = !allowed[state.name]!.company.includes(action) && !allowed[state.name]!.lab.includes(action);
          t.equal(response.statusCode, wrongState ? 409 : 403, `${label} → ${wrongState ? 409 : 403} ${body.code}`);
          t.equal(body.details?.currentStatus, state.status, `${label}: answers with the current state`);
        }
      }
    }
    // Outsiders and the roles that take no part are refused whatever the state.
    const id = await collaborationIn(app, w, state.startedBy, state.path);
    for (const outsider of [w.otherCompany, w.otherResearcher]) {
      t.equal(apiErrorSchema.parse((await act(app, id, outsider, 'cancel')).json()).code, 'NOT_YOURS', `${state.name}: another organisation → NOT_YOURS`);
    }
    for (const bystander of [w.ministry, w.admin, w.region]) {
      t.equal(
        apiErrorSchema.parse((await act(app, id, bystander, 'cancel')).json()).code,
        'FORBIDDEN_ROLE',
        `${state.name}: ${bystander.user.role} → FORBIDDEN_ROLE`,
      );
    }
  }
});

t.test('starting a collaboration: the right parties, once, and safely repeated', async (t) => {
  const app = await createTestApp(t);
  const w = await world(app);
  const need = needSchema.parse(
    (await app.inject({ method: 'POST', url: '/api/v1/needs', headers: { authorization: w.company.authorization }, payload: needInput() })).json(),
  );
  const start = (user: User, key?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/collaborations',
      headers: { authorization: user.authorization, ...(key && { 'idempotency-key': key }) },
      payload: { needId: need.id, labId: w.lab.id },
    });

  t.equal(apiErrorSchema.parse((await start(w.otherCompany)).json()).code, 'NOT_YOURS', 'a company that is not the need’s');
  t.equal(apiErrorSchema.parse((await start(w.otherResearcher)).json()).code, 'NOT_YOURS', 'a researcher of another lab');
  t.equal((await start(w.ministry)).statusCode, 403, 'the ministry does not take part');

  const first = await start(w.company, 'invite-2026-11-24-a');
  t.equal(first.statusCode, 201, 'the company invites the lab');
  const again = await start(w.company, 'invite-2026-11-24-a');
  t.equal(again.statusCode, 200, 'the same Idempotency-Key answers 200');
  t.equal(collaborationSchema.parse(again.json()).id, collaborationSchema.parse(first.json()).id, 'with the same collaboration');
  const [rows] = await app.db.select({ n: count() }).from(collaborations).where(eq(collaborations.needId, need.id));
  t.equal(rows?.n, 1, 'and no second row');
  const otherNeed = needSchema.parse(
    (await app.inject({ method: 'POST', url: '/api/v1/needs', headers: { authorization: w.company.authorization }, payload: needInput() })).json(),
  );
  const reused = await app.inject({
    method: 'POST',
    url: '/api/v1/collaborations',
    headers: { authorization: w.company.authorization, 'idempotency-key': 'invite-2026-11-24-a' },
    payload: { needId: otherNeed.id, labId: w.lab.id },
  });
  t.equal(reused.statusCode, 409, 'the same key sent with another pair is refused, not answered with the first collaboration');
  t.equal(apiErrorSchema.parse(reused.json()).code, 'IDEMPOTENCY_KEY_REUSED', 'saying the key was used for another pair');

  const duplicate = await start(w.researcher, 'propose-2026-11-24-b');
  t.equal(duplicate.statusCode, 409, 'a second live collaboration for the same pair: 409');
  t.equal(apiErrorSchema.parse(duplicate.json()).details?.collaborationId, collaborationSchema.parse(first.json()).id, 'naming the one under way');
});

t.test('the whole journey leaves one timeline both parties and the ministry read alike', async (t) => {
  const app = await createTestApp(t);
  const w = await world(app);
  const id = await collaborationIn(app, w, 'company', ['accept', 'contract', 'complete']);
  const read = async (user: User) => app.inject({ method: 'GET', url: `/api/v1/collaborations/${id}`, headers: { authorization: user.authorization } });
  const byCompany = collaborationSchema.parse((await read(w.company)).json());
  const byLab = collaborationSchema.parse((await read(w.researcher)).json());
  const byMinistry = collaborationSchema.parse((await read(w.ministry)).json());
  t.same(
    byCompany.timeline.map((event) => event.toStatus),
    ['proposed', 'accepted', 'contracted', 'completed'],
    'four events in order',
  );
  t.same(byLab.timeline, byCompany.timeline, 'the lab sees the same timeline');
  t.same(
    byMinistry.timeline,
    byCompany.timeline.map((event) => ({ ...event, note: null })),
    'so does the ministry, without the notes: what the parties wrote is theirs',
  );
  t.same(
    byCompany.timeline.map((event) => event.actorName),
    ['Test company', 'Test researcher', 'Test company', 'Test company'],
    'each event names who acted',
  );
  t.same(byCompany.contract, { budgetKzt: 85_000_000, fundingSource: 'co_funded', startOn: '2026-02-01', endOn: '2027-01-31' }, 'the contract');
  t.match(byCompany.outcomes, { publications: 2, patents: 1, prototypes: 1, products: 0 }, 'the outcomes');
  t.same(byCompany.actions, [], 'nothing left to do');
  t.equal((await read(w.otherResearcher)).statusCode, 403, 'another organisation cannot read it');
});

t.test('each step records what it must, or nothing changes', async (t) => {
  const app = await createTestApp(t);
  const w = await world(app);
  const id = await collaborationIn(app, w, 'company', ['accept']);
  const bad = async (payload: object) =>
    app.inject({ method: 'POST', url: `/api/v1/collaborations/${id}/transitions`, headers: { authorization: w.company.authorization }, payload });
  const endsEarly = await bad({ action: 'contract', contract: { budgetKzt: 1, fundingSource: 'company', startOn: '2027-05-01', endOn: '2027-01-01' } });
  t.match(apiErrorSchema.parse(endsEarly.json()).fields, [{ path: 'body.contract.endOn' }], 'a contract that ends before it starts');
  const unknownSource = await bad({ action: 'contract', contract: { budgetKzt: 1, fundingSource: 'lottery', startOn: '2027-05-01' } });
  t.equal(unknownSource.statusCode, 400, 'an unknown funding source');
  const noReason = await bad({ action: 'cancel' });
  t.match(apiErrorSchema.parse(noReason.json()).fields, [{ path: 'body.reason' }], 'a cancellation without a reason');
  const still = collaborationSchema.parse(
    (await app.inject({ method: 'GET', url: `/api/v1/collaborations/${id}`, headers: { authorization: w.company.authorization } })).json(),
  );
  t.equal(still.status, 'accepted', 'the collaboration is unchanged');
  t.equal(still.timeline.length, 2, 'and no event was written');
});

t.test('a lab reads a confidential need in full only once invited', async (t) => {
  const app = await createTestApp(t);
  const w = await world(app);
  const need = needSchema.parse(
    (
      await app.inject({
        method: 'POST',
        url: '/api/v1/needs',
        headers: { authorization: w.company.authorization },
        payload: needInput({ visibility: 'confidential', description: { en: 'Secret alloy K-77' } }),
      })
    ).json(),
  );
  const read = async (user: User) =>
    (await app.inject({ method: 'GET', url: `/api/v1/needs/${need.id}`, headers: { authorization: user.authorization } })).body;
  t.notMatch(await read(w.researcher), /K-77/, 'before the invitation: public fields only');
  const proposal = await app.inject({
    method: 'POST',
    url: '/api/v1/collaborations',
    headers: { authorization: w.researcher.authorization },
    payload: { needId: need.id, labId: w.lab.id },
  });
  t.equal(proposal.statusCode, 201, 'the lab may propose on what it can see');
  t.notMatch(await read(w.researcher), /K-77/, 'proposing on its own does not open the details');
  await act(app, collaborationSchema.parse(proposal.json()).id, w.researcher, 'cancel');
  await app.inject({
    method: 'POST',
    url: '/api/v1/collaborations',
    headers: { authorization: w.company.authorization },
    payload: { needId: need.id, labId: w.lab.id },
  });
  t.match(await read(w.researcher), /K-77/, 'once invited, the lab reads it in full');
  t.notMatch(await read(w.otherResearcher), /K-77/, 'another lab still does not');
});

t.test('contract dates are sane and in order, and outcomes wait for the contract to start', async (t) => {
  const app = await createTestApp(t);
  const w = await world(app);
  const id = await collaborationIn(app, w, 'company', ['accept']);
  const step = (payload: object) =>
    app.inject({ method: 'POST', url: `/api/v1/collaborations/${id}/transitions`, headers: { authorization: w.company.authorization }, payload });

  const yearZero = await step({ action: 'contract', contract: { budgetKzt: 1, fundingSource: 'company', startOn: '0000-01-01' } });
  t.equal(yearZero.statusCode, 400, 'the year 0000 is refused, not a 500');
  t.match(
    apiErrorSchema.parse(yearZero.json()).fields,
    [{ path: 'body.contract.startOn', rule: 'date_out_of_range', params: { min: 2000, max: 2100 } }],
    'naming the start date and the allowed years',
  );

  const endsEarly = await step({ action: 'contract', contract: { budgetKzt: 1, fundingSource: 'company', startOn: '2099-05-01', endOn: '2099-01-01' } });
  t.match(apiErrorSchema.parse(endsEarly.json()).fields, [{ path: 'body.contract.endOn' }], 'an end before the start names the end date');

  const typed = await step({ action: 'contract', contract: { budgetKzt: '1,5 млрд', fundingSource: 'company', startOn: '2099-05-01', endOn: '2099-12-31' } });
  t.equal(typed.statusCode, 200, 'a contract starting in the future is recorded');
  t.equal(collaborationSchema.parse(typed.json()).contract?.budgetKzt, 1_500_000_000, 'its budget typed as "1,5 млрд" is 1 500 000 000 tenge');

  const early = await step(payloads.complete);
  t.equal(early.statusCode, 409, 'completing before the contract starts: 409');
  const refusal = apiErrorSchema.parse(early.json());
  t.equal(refusal.code, 'CONTRACT_NOT_STARTED', 'with a code saying why');
  t.equal(refusal.details?.contractStartOn, '2099-05-01', 'and the start date');
  const still = collaborationSchema.parse(
    (await app.inject({ method: 'GET', url: `/api/v1/collaborations/${id}`, headers: { authorization: w.company.authorization } })).json(),
  );
  t.equal(still.status, 'contracted', 'the collaboration stays contracted');
});

t.test('proposing to a confidential need tells the lab nothing about who is behind it', async (t) => {
  const app = await createTestApp(t);
  const company = await createUser(app, 'company');
  const researcher = await createUser(app, 'researcher');
  const need = await app.inject({
    method: 'POST',
    url: '/api/v1/needs',
    headers: { authorization: company.authorization },
    payload: needInput({ title: 'Confidential membrane fouling study', visibility: 'confidential' }),
  });
  const lab = await app.inject({ method: 'POST', url: '/api/v1/labs', headers: { authorization: researcher.authorization }, payload: labInput() });
  t.equal(need.statusCode, 201, 'a confidential need');
  t.equal(lab.statusCode, 201, 'a lab');
  const proposed = await app.inject({
    method: 'POST',
    url: '/api/v1/collaborations',
    headers: { authorization: researcher.authorization },
    payload: { needId: need.json<{ id: string }>().id, labId: lab.json<{ id: string }>().id },
  });
  t.equal(proposed.statusCode, 201, 'the lab proposes');
  t.equal(proposed.json<{ need: { organisationId: string | null } }>().need.organisationId, null, 'the answer does not name the company');
  t.notOk(proposed.body.includes(company.user.organisationId!), 'nor carries its id anywhere');
  const id = proposed.json<{ id: string }>().id;
  await app.inject({
    method: 'POST',
    url: `/api/v1/collaborations/${id}/transitions`,
    headers: { authorization: company.authorization },
    payload: { action: 'decline', reasonCode: 'out_of_scope', reason: 'Not the right fit for us' },
  });
  const declined = await app.inject({ method: 'GET', url: `/api/v1/collaborations/${id}`, headers: { authorization: researcher.authorization } });
  t.notOk(
    declined.body.includes(company.user.organisationId!) || declined.body.includes(company.user.fullName) || declined.body.includes(company.user.id),
    'a decline does not reveal the company or who declined',
  );
  const companyView = await app.inject({ method: 'GET', url: `/api/v1/collaborations/${id}`, headers: { authorization: company.authorization } });
  t.equal(
    companyView.json<{ need: { organisationId: string } }>().need.organisationId,
    company.user.organisationId,
    'the company itself sees its own need as usual',
  );
});
