// `pnpm test:cluster`: Kopir as it runs past one machine. Debian's PostgreSQL, one Meilisearch,
// three API replicas started together and HAProxy in front, all real processes; then, through
// the balancer: a journey across replicas, no duplicate notification or email, outbox order per
// entity, rate limits counted across replicas, and one replica SIGKILLed under a read and write
// load with nothing lost. Not part of `pnpm test` (tap runs it only when named: *.tap.ts).
import t from 'tap';
import { and, count, eq, sql } from 'drizzle-orm';
import { countPendingMigrations, createDatabase, labs, needs, notifications, searchOutbox } from '@kopir/db';
import { createSearchClient } from '@kopir/server';
import { labSchema, needSchema } from '@kopir/shared';
import { labInput, needInput } from '../harness/catalogue.ts';
import { waitForNoProcesses } from '../harness/launcher.ts';
import { CLUSTER_PASSWORD, registerPerson } from './accounts.ts';
import { waitUntil } from './child-process.ts';
import { compareIndexWithDatabase } from '../harness/faults/index-comparison.ts';
import { startCluster } from './cluster.ts';
import { answersByReplica, clientAt } from './http-client.ts';
import { deliveredEmails } from './mailboxes.ts';
import { startTraffic, succeeded, type Sent } from './traffic.ts';

const RATE_LIMIT = 5;
const started = Date.now();
const cluster = await startCluster({ replicas: 3, env: { AUTH_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT) }, say: (line) => t.comment(line) });
t.teardown(cluster.stop);
const database = createDatabase(cluster.databaseUrl, { maxConnections: 4, applicationName: 'cluster-test' });
t.teardown(() => database.close().catch(() => {}));
const search = createSearchClient(cluster.meili.url, cluster.meili.key);
const figures: Record<string, unknown> = {};

/** Every row of the search outbox delivered, so Meilisearch has had its chance to catch up. */
const outboxDrained = () =>
  waitUntil('the search outbox to drain', async () => (await database.db.select({ n: count() }).from(searchOutbox))[0]?.n === 0, 30_000);

/** The index equals PostgreSQL (field by field), waited for while the verifier may still heal. */
const convergedComparison = async (ids?: Parameters<typeof compareIndexWithDatabase>[1]) => {
  let last = await compareIndexWithDatabase({ db: database.db, client: search, prefix: 'kopir_' }, ids);
  const deadline = Date.now() + 20_000;
  while ((last.lost.length || last.stale.length || last.extra.length) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    last = await compareIndexWithDatabase({ db: database.db, client: search, prefix: 'kopir_' }, ids);
  }
  return last;
};

// Each person at their own address: the per-address limits are theirs, as on the internet.
const researcherA = await registerPerson(clientAt(cluster.url, '127.0.0.11'), cluster.replicas, { role: 'researcher', email: 'aigerim@kaznu.cluster.kz' });
const researcherB = await registerPerson(clientAt(cluster.url, '127.0.0.12'), cluster.replicas, { role: 'researcher', email: 'daulet@enu.cluster.kz' });
const company = await registerPerson(clientAt(cluster.url, '127.0.0.13'), cluster.replicas, { role: 'company', email: 'cto@dala.cluster.kz' });
t.teardown(() => {
  for (const person of [researcherA, researcherB, company]) person.client.close();
});

t.test('three replicas started together came up on one migrated schema', async (t) => {
  t.equal(await countPendingMigrations(database.sql), 0, 'no migration pending');
  const [applied] = await database.sql<{ n: number; distinct: number }[]>`
    select count(*)::int as n, count(distinct hash)::int as distinct from drizzle.__drizzle_migrations`;
  t.equal(applied?.n, applied?.distinct, `each migration applied once (${applied?.n} rows), not once per replica`);
  for (const replica of cluster.replicas) {
    const ready = await fetch(`http://127.0.0.1:${replica.port}/ready`);
    t.equal(ready.status, 200, `${replica.name} is ready (its /ready checks the migrations)`);
  }
  t.same(await cluster.balancer.states(), { api1: 'UP', api2: 'UP', api3: 'UP' }, 'HAProxy sees all three UP');
});

t.test('a sign-in on one replica is good on the others; a need notifies its labs once, by one email each', async (t) => {
  const signIn = await company.client.send({ method: 'POST', path: '/api/v1/auth/sign-in', body: { email: company.email, password: CLUSTER_PASSWORD } });
  t.equal(signIn.status, 200, `signed in on ${signIn.replica}`);
  const authorization = `Bearer ${(signIn.body as { accessToken: string }).accessToken}`;
  const mine = [];
  for (let i = 0; i < 6; i++) mine.push(await company.client.send({ path: '/api/v1/me', authorization }));
  t.ok(
    mine.every((answer) => answer.status === 200),
    'every replica takes the token',
  );
  const others = new Set(mine.map((answer) => answer.replica).filter((replica) => replica !== signIn.replica));
  t.ok(others.size >= 1, `replicas other than ${signIn.replica} answered for it: ${[...others].join(', ')}`);
  const refreshed = await company.client.send({ method: 'POST', path: '/api/v1/auth/refresh', cookie: `kopir_refresh=${signIn.cookies.kopir_refresh}` });
  t.equal(refreshed.status, 200, `the refresh cookie set by ${signIn.replica} is good on ${refreshed.replica}`);

  const post = async (person: typeof researcherA, path: string, body: unknown) => {
    const answer = await person.client.send({ method: 'POST', path, authorization: person.authorization, body });
    if (answer.status !== 201) throw new Error(`POST ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const labA1 = labSchema.parse(await post(researcherA, '/api/v1/labs', labInput({ name: { en: 'Hydrogen Energy Laboratory' } })));
  await post(researcherA, '/api/v1/labs', labInput({ name: { en: 'Electrolysis Stack Laboratory' } }));
  await post(researcherB, '/api/v1/labs', labInput({ name: { en: 'Green Hydrogen Pilot Plant' } }));
  await waitUntil(
    'the three labs to be searchable',
    async () => ((await company.client.send({ path: '/api/v1/labs?q=hydrogen' })).body as { total: number }).total === 3,
  );
  const need = needSchema.parse(await post(company, '/api/v1/needs', needInput()));
  const alerts = await waitUntil(
    'both researchers to be told of the need',
    async () => {
      const rows = await database.db
        .select({ userId: notifications.userId })
        .from(notifications)
        .where(and(eq(notifications.kind, 'matching_need'), sql`${notifications.payload}->>'needId' = ${need.id}`));
      return rows.length >= 2 && rows;
    },
    30_000,
  );
  const invited = await post(company, '/api/v1/collaborations', { needId: need.id, labId: labA1.id });
  const collaborationId = (invited as { id: string }).id;
  const accepted = await researcherA.client.send({
    method: 'POST',
    path: `/api/v1/collaborations/${collaborationId}/transitions`,
    authorization: researcherA.authorization,
    body: { action: 'accept' },
  });
  t.equal(accepted.status, 200, 'the researcher accepts the invitation');

  // Every event reached each of its recipients once: rows in PostgreSQL, files across all mail folders.
  const expectedEmails = { [researcherA.email]: 3, [researcherB.email]: 2, [company.email]: 2 }; // confirmation + match (+ invitation) / confirmation + acceptance
  const emails = await waitUntil(
    'every email to be delivered',
    async () => {
      const all = await deliveredEmails(cluster.replicas);
      return Object.entries(expectedEmails).every(([to, n]) => all.filter((email) => email.to === to).length >= n) && all;
    },
    30_000,
  );
  await new Promise((resolve) => setTimeout(resolve, 1_500)); // a duplicate would be written by now
  const settled = await deliveredEmails(cluster.replicas);
  for (const [to, n] of Object.entries(expectedEmails))
    t.equal(
      settled.filter((email) => email.to === to).length,
      n,
      `${to}: exactly ${n} emails (${settled
        .filter((email) => email.to === to)
        .map((email) => `${email.subject} by ${email.replica}`)
        .join('; ')})`,
    );
  const counted = await database.db
    .select({ userId: notifications.userId, kind: notifications.kind, n: count() })
    .from(notifications)
    .groupBy(notifications.userId, notifications.kind);
  const of = (userId: string, kind: string) => counted.find((row) => row.userId === userId && row.kind === kind)?.n ?? 0;
  t.equal(alerts.length, 2, 'the need told exactly two people (one notification each, not one per lab)');
  t.equal(of(researcherA.userId, 'matching_need'), 1, 'researcher A: one notification of the need (two labs fit)');
  t.equal(of(researcherB.userId, 'matching_need'), 1, 'researcher B: one notification of the need');
  t.equal(of(researcherA.userId, 'proposal_received'), 1, 'researcher A: one notification of the invitation');
  t.equal(of(company.userId, 'collaboration_updated'), 1, 'the company: one notification of the acceptance');
  figures.emails = settled.length;
  figures.emailWorkers = [...new Set(emails.map((email) => email.replica))].sort();
});

t.test('one lab edited 40 times over every replica: its document is the last version, field for field', async (t) => {
  const lab = labSchema.parse(
    (
      await researcherB.client.send({
        method: 'POST',
        path: '/api/v1/labs',
        authorization: researcherB.authorization,
        body: labInput({ name: { en: 'Order lab' } }),
      })
    ).body,
  );
  const served = new Set<string>();
  let next = 0;
  const editor = async () => {
    for (let n = next++; n < 40; n = next++) {
      const answer = await researcherB.client.send({
        method: 'PATCH',
        path: `/api/v1/labs/${lab.id}`,
        authorization: researcherB.authorization,
        body: { name: { en: `Order lab, revision ${n}` }, trlMin: 1 + (n % 5), trlMax: 7 },
      });
      if (answer.status !== 200) throw new Error(`edit ${n} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      served.add(answer.replica);
    }
  };
  await Promise.all([editor(), editor(), editor(), editor()]);
  t.equal(served.size, 3, `the edits went through all three replicas (${[...served].join(', ')})`);
  await outboxDrained();
  const [row] = await database.db.select().from(labs).where(eq(labs.id, lab.id));
  t.equal(row?.version, lab.version + 40, `PostgreSQL has all 40 edits (version ${row?.version})`);
  const comparison = await convergedComparison({ labs: [lab.id], needs: [] });
  t.same(comparison, { compared: 1, lost: [], stale: [], extra: [] }, 'Meilisearch holds that final version and its fields');
  const document = await search.index('kopir_labs').getDocument(lab.id);
  t.equal(document.version, row?.version, `the document's version is PostgreSQL's (${document.version})`);
});

t.test(`AUTH_RATE_LIMIT_PER_MINUTE=${RATE_LIMIT}: one window for one address across all replicas`, async (t) => {
  const attacker = clientAt(cluster.url, '127.0.0.66');
  t.teardown(() => attacker.close());
  const answers = [];
  for (let i = 0; i < RATE_LIMIT + 7; i++)
    answers.push(await attacker.send({ method: 'POST', path: '/api/v1/auth/sign-in', body: { email: `nobody${i}@cluster.kz`, password: 'Wrong-password-1' } }));
  const judged = answers.filter((answer) => answer.status !== 429);
  const replicas = new Set(answers.map((answer) => answer.replica));
  t.equal(replicas.size, 3, `the attempts were spread over ${[...replicas].join(', ')}`);
  t.equal(judged.length, RATE_LIMIT, `exactly ${RATE_LIMIT} of ${answers.length} attempts judged (${answers.map((answer) => answer.status).join(' ')})`);
  const other = await clientAt(cluster.url, '127.0.0.67').send({
    method: 'POST',
    path: '/api/v1/auth/sign-in',
    body: { email: 'nobody@cluster.kz', password: 'Wrong-password-1' },
  });
  t.not(other.status, 429, 'another address has its own window');
  figures.rateLimit = { attempts: answers.length, judged: judged.length, replicas: replicas.size };
});

t.test('a replica SIGKILLed under load: no idempotent request fails, no acknowledged write is lost', async (t) => {
  const readers = ['127.0.0.21', '127.0.0.22', '127.0.0.23'].map((address) => clientAt(cluster.url, address));
  t.teardown(() => {
    for (const reader of readers) reader.close();
  });
  const traffic = startTraffic({ researcher: researcherA, company, readers });
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const victim = cluster.replicas[1]!;
  const killedAt = Date.now();
  await victim.kill();
  t.comment(`SIGKILLed ${victim.name} after 3 s of load`);
  await waitUntil('HAProxy to mark it down', async () => (await cluster.balancer.states())[victim.name]?.startsWith('DOWN'), 10_000);
  const downAt = Date.now();
  t.comment(`HAProxy marked ${victim.name} DOWN ${downAt - killedAt} ms after the kill`);
  await new Promise((resolve) => setTimeout(resolve, 4_000));
  await traffic.stop();

  const failedReads = traffic.reads.filter((sent) => !succeeded(sent));
  t.same(
    failedReads.map((sent) => `${sent.status || sent.error} ${sent.path}`),
    [],
    `none of ${traffic.reads.length} GETs failed (HAProxy retried the ones cut off on another replica)`,
  );
  // A POST or PATCH is never replayed by the balancer once sent: the dead replica may have
  // committed it. So writes can fail in the window from the kill until HAProxy takes the replica
  // out: those in flight, and those sent over an idle keep-alive connection to it meanwhile (502,
  // or the connection closed so the client may decide). None before, none after.
  const inWindow = (sent: Sent) => sent.endedAt >= killedAt && sent.startedAt <= downAt;
  const failedWrites = traffic.writes.filter((sent) => !succeeded(sent));
  t.same(
    failedWrites.filter((sent) => !inWindow(sent)).map((sent) => `${sent.status || sent.error} ${sent.method} ${sent.path}`),
    [],
    `no write failed outside the ${downAt - killedAt} ms from the kill until HAProxy marked the replica down (${failedWrites.length} failed inside it)`,
  );
  t.ok(
    failedWrites.every((sent) => sent.status === 502 || sent.status === 0),
    'those that failed did so as a cut connection does (502 or closed), not with an error of the API',
  );
  const afterDown = traffic.writes.filter((sent) => sent.startedAt > downAt);
  t.ok(afterDown.length > 0 && afterDown.every(succeeded), `${afterDown.length} writes after that all succeeded`);

  // Every acknowledged write is in PostgreSQL, at least at the version its answer named.
  await outboxDrained();
  const versions = new Map<string, number>();
  for (const row of await database.db.select({ id: labs.id, version: labs.version }).from(labs)) versions.set(row.id, row.version);
  for (const row of await database.db.select({ id: needs.id, version: needs.version }).from(needs)) versions.set(row.id, row.version);
  const acknowledged = traffic.writes.filter((sent) => succeeded(sent) && sent.entity);
  const lostInDatabase = acknowledged.filter((sent) => (versions.get(sent.entity!.id) ?? -1) < sent.entity!.version);
  t.same(lostInDatabase, [], `all ${acknowledged.length} acknowledged writes are in PostgreSQL`);
  // A failed create may or may not have committed; either way it is whole in PostgreSQL and the index, or absent from both.
  const cutOffCreates = failedWrites.filter((sent) => sent.marker);
  const [committedAnyway] = await database.sql<{ n: number }[]>`
    select (select count(*) from labs where name->>'en' = any(${cutOffCreates.map((sent) => sent.marker!)}))::int
         + (select count(*) from needs where title = any(${cutOffCreates.map((sent) => sent.marker!)}))::int as n`;
  const comparison = await convergedComparison();
  t.same(
    { lost: comparison.lost, stale: comparison.stale, extra: comparison.extra },
    { lost: [], stale: [], extra: [] },
    `Meilisearch equals PostgreSQL for all ${comparison.compared} labs and needs`,
  );
  const [duplicates] = await database.sql<{ n: number }[]>`
    select count(*)::int as n from (select user_id, kind, payload from notifications group by 1, 2, 3 having count(*) > 1) d`;
  t.equal(duplicates?.n, 0, 'no notification twice');

  const statuses = (list: typeof traffic.writes) => {
    const tally: Record<string, number> = {};
    for (const sent of list) tally[sent.status || 'no answer'] = (tally[sent.status || 'no answer'] ?? 0) + 1;
    return tally;
  };
  figures.kill = {
    victim: victim.name,
    reads: traffic.reads.length,
    readStatuses: statuses(traffic.reads),
    writes: traffic.writes.length,
    writeStatuses: statuses(traffic.writes),
    acknowledgedWrites: acknowledged.length,
    msUntilMarkedDown: downAt - killedAt,
    writesInKillWindow: traffic.writes.filter(inWindow).length,
    failedWritesInKillWindow: failedWrites.length,
    failedCreatesCommittedAnyway: committedAnyway?.n ?? 0,
    failedWrites: failedWrites.map((sent) => `${sent.method} ${sent.path.replace(/[0-9a-f-]{36}/, ':id')}: ${sent.status || sent.error}`),
    documentsCompared: comparison.compared,
    lost: comparison.lost.length + lostInDatabase.length,
    stale: comparison.stale.length,
  };
});

t.test('stopping leaves nothing running', async (t) => {
  await database.close();
  await cluster.stop();
  t.same(await waitForNoProcesses(cluster.scratchDir, 5_000), [], 'no PostgreSQL, Meilisearch or HAProxy of the run is left');
  t.same(
    cluster.replicas.filter((replica) => replica.run.child.exitCode === null && replica.run.child.signalCode === null).map((replica) => replica.name),
    [],
    'every replica has exited',
  );
});

t.test('figures', async (t) => {
  figures.answersByReplica = answersByReplica;
  figures.requests = Object.values(answersByReplica).reduce((sum, n) => sum + n, 0);
  figures.seconds = Math.round((Date.now() - started) / 1000);
  t.comment(`cluster figures: ${JSON.stringify(figures)}`);
  console.log(JSON.stringify({ test: 'cluster', ...figures }));
});
