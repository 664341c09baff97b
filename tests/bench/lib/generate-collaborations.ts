import type { SqlClient } from '@kopir/db';
import { binCheckDigit, cancelReasonCodes, declineReasonCodes, regions, researchFields, sectors } from '@kopir/shared';

/**
 * Analytics data written by PostgreSQL itself (`insert … select … from generate_series`), so that
 * a million collaborations take minutes, not hours. Every value is a hash of the row's number
 * (`hashint8extended`), so a run is reproducible and a grown table is the small one plus more.
 *
 * The story of a collaboration: a company publishes a need (2022 to early 2026); a proposal
 * follows within 200 days; it is accepted or declined within a month; a contract within five
 * months; completion 3 to 24 months later; some are cancelled on the way. Steps that would fall
 * after `asOf` are not reached yet, so recent collaborations are still open, as on a live platform.
 */
const asOf = '2026-06-30T00:00:00Z';

export interface AnalyticsShape {
  universities: number;
  companies: number;
  labs: number;
  needs: number;
}

/** Big cities hold most of the science; every region has some. */
const heavyRegions = ['KZ-75', 'KZ-71', 'KZ-75', 'KZ-71', 'KZ-35', 'KZ-79', 'KZ-55', 'KZ-63', 'KZ-15', 'KZ-23'];

const textArray = (values: readonly string[]) => `(array[${values.map((value) => `'${value.replaceAll("'", "''")}'`).join(',')}]::text[])`;
/** A uniform number in [0, 1) from row number `row` and stream `stream`. */
/** One of `codes`, uniformly by `uniform`: the reason codes of declines and cancellations. */
const pickOf = (codes: readonly string[], uniform: string) =>
  `(array[${codes.map((code) => `'${code}'`).join(', ')}])[1 + floor(${uniform} * ${codes.length})::int]`;

const u = (row: string, stream: number) => `((hashint8extended((${row})::bigint, ${stream}) & 2147483647)::float8 / 2147483648.0)`;
/** One element of a SQL array literal, chosen by a uniform number. */
const pick = (array: string, uniform: string) => `(${array})[1 + floor(${uniform} * cardinality(${array}))::int]`;

/** Companies need a BIN with a valid check digit; these are deterministic. */
function bins(count: number): string[] {
  const result: string[] = [];
  for (let n = 0; result.length < count; n++) {
    const first11 = `9${String(n).padStart(10, '0')}`;
    const check = binCheckDigit(first11);
    if (check !== undefined) result.push(`${first11}${check}`);
  }
  return result;
}

/**
 * Universities and institutes in all 20 regions, companies with one user each, a researcher per
 * university, labs over regions, research fields and territories, and needs. Returns the id of a
 * ministry user, who reads the analytics.
 */
export async function generateAnalyticsBase(sql: SqlClient, shape: AnalyticsShape): Promise<{ ministryUserId: string }> {
  const regionCodes = textArray(regions.map((region) => region.code));
  const heavy = textArray(heavyRegions);
  // Sub-fields (2.3 …) where they exist: what labs declare.
  const fieldCodes = textArray(researchFields.map((field) => field.code).filter((code) => code.includes('.')));
  const sectorCodes = textArray(sectors.map((sector) => sector.code));

  await sql.unsafe(`
    insert into organisations (kind, name, short_name, region_code, city, verified_at, created_at)
    select case when g % 4 = 3 then 'research_institute' else 'university' end,
           jsonb_build_object('en', 'Bench University ' || g, 'ru', 'Университет ' || g),
           'BU' || g,
           case when g < ${regions.length * 5} then ${regionCodes}[1 + g % ${regions.length}] else ${pick(heavy, u('g', 101))} end,
           'City ' || g,
           case when g % 3 = 0 then t.at + interval '30 days' end, t.at
    from generate_series(0, ${shape.universities - 1}) g
    cross join lateral (select timestamptz '2021-01-01' + ${u('g', 105)} * interval '300 days' as at) t`);
  await sql.unsafe(
    `
    insert into organisations (kind, name, short_name, bin, region_code, verified_at, created_at)
    select 'company', jsonb_build_object('en', 'Bench Company ' || g || ' LLP'), 'BC' || g, ($1::text[])[g + 1],
           case when ${u('g', 102)} < 0.5 then ${pick(heavy, u('g', 103))} else ${pick(regionCodes, u('g', 104))} end,
           case when g % 2 = 0 then t.at + interval '30 days' end, t.at
    from generate_series(0, ${shape.companies - 1}) g
    cross join lateral (select timestamptz '2021-06-01' + ${u('g', 106)} * interval '1500 days' as at) t`,
    [bins(shape.companies)],
  );
  // One user per organisation (the company's manager, the university's researcher), and the ministry.
  await sql.unsafe(`
    insert into users (email, password_hash, full_name, role, organisation_id, created_at)
    select 'user-' || o.short_name || '@bench.kopir.kz', 'bench-no-sign-in', 'Bench user ' || o.short_name,
           case when o.kind = 'company' then 'company' else 'researcher' end, o.id, o.created_at
    from organisations o`);
  const [ministry] = await sql.unsafe<{ id: string }[]>(`
    insert into users (email, password_hash, full_name, role, created_at, email_verified_at) values ('ministry@bench.kopir.kz', 'bench-no-sign-in',
      'Bench ministry analyst', 'ministry', timestamptz '2021-01-01', timestamptz '2021-01-01')
    returning id`);

  // Labs: spread over the universities (so over regions, big cities holding more), one or two
  // research fields, one to three sectors, a science territory for 30 % of those in a region that has one.
  await sql.unsafe(`
    with uni as (select id, region_code, (row_number() over (order by short_name) - 1)::int as k from organisations where kind <> 'company'),
         terr as (select region_code, array_agg(code order by code) as codes from territories group by region_code)
    insert into labs (organisation_id, name, description, research_fields, sectors, capabilities, trl_min, trl_max, team_size, languages,
      region_code, territory_code, status, created_at)
    select uni.id,
           jsonb_build_object('en', 'Bench lab ' || lpad(g::text, 6, '0')),
           jsonb_build_object('en', 'A generated lab for the analytics benchmark.'),
           case when ${u('g', 201)} < 0.6 then array[${pick(fieldCodes, u('g', 202))}] else array[${pick(fieldCodes, u('g', 202))},
             ${pick(fieldCodes, u('g', 203))}] end,
           array[${pick(sectorCodes, u('g', 204))}, ${pick(sectorCodes, u('g', 205))}],
           '{}', t.lo, least(9, t.lo + 1 + floor(${u('g', 207)} * 4)::int), 3 + floor(${u('g', 208)} * 30)::int, '{ru}',
           uni.region_code,
           case when terr.codes is not null and ${u('g', 209)} < 0.3 then ${pick('terr.codes', u('g', 210))} end,
           case when ${u('g', 211)} < 0.95 then 'active' else 'hidden' end,
           timestamptz '2021-06-01' + ${u('g', 212)} * interval '1500 days'
    from generate_series(0, ${shape.labs - 1}) g
    join uni on uni.k = g % ${shape.universities}
    left join terr on terr.region_code = uni.region_code
    cross join lateral (select 1 + floor(${u('g', 206)} * 6)::int as lo) t`);

  // Needs: published from 2022 to early 2026 by the companies, one or two sectors.
  await sql.unsafe(`
    with co as (select id, region_code, (row_number() over (order by short_name) - 1)::int as k from organisations where kind = 'company')
    insert into needs (organisation_id, title, description, sectors, research_fields, trl_target, budget_min_kzt, budget_max_kzt, region_code,
      visibility, status, closed_reason, published_at, created_at)
    select co.id, 'Bench need ' || lpad(g::text, 7, '0'), jsonb_build_object('en', 'A generated need for the analytics benchmark.'),
           case when ${u('g', 301)} < 0.7 then array[${pick(sectorCodes, u('g', 302))}] else array[${pick(sectorCodes, u('g', 302))},
             ${pick(sectorCodes, u('g', 303))}] end,
           case when ${u('g', 304)} < 0.5 then array[${pick(fieldCodes, u('g', 305))}] else '{}' end,
           1 + floor(${u('g', 306)} * 9)::int, b.lo, b.lo * 4, co.region_code,
           case when ${u('g', 307)} < 0.9 then 'public' else 'confidential' end,
           case when ${u('g', 308)} < 0.5 then 'open' when ${u('g', 308)} < 0.7 then 'closed' else 'fulfilled' end,
           case when ${u('g', 308)} >= 0.5 then 'company' end,
           p.at, p.at
    from generate_series(0, ${shape.needs - 1}) g
    join co on co.k = g % ${shape.companies}
    cross join lateral (select (round(exp(ln(1e6) + ${u('g', 309)} * ln(200)) / 1000) * 1000)::bigint as lo) b
    cross join lateral (select timestamptz '2022-01-01' + ${u('g', 310)} * (timestamptz '2026-03-01' - timestamptz '2022-01-01') as at) p`);
  return { ministryUserId: ministry!.id };
}

/**
 * Collaborations number `from` to `to - 1` and one event per step each reached, in one statement.
 * Row n goes to need n mod N and to a lab shifted by n div N, so no lab–need pair repeats (the
 * live-pair unique index holds) for up to N × labs rows. Returns the events written.
 */
export async function generateCollaborations(sql: SqlClient, shape: AnalyticsShape, from: number, to: number): Promise<number> {
  const days = (uniform: string, min: number, span: number) => `((${min} + ${uniform} * ${span}) * interval '1 day')`;
  const [result] = await sql.unsafe<{ events: number }[]>(`
    with nd as (select id, organisation_id, published_at, (row_number() over (order by title) - 1)::int as k from needs),
         lb as (select id, organisation_id, (row_number() over (order by name->>'en') - 1)::int as k from labs),
         member as (select organisation_id, min(id::text)::uuid as id from users where organisation_id is not null group by organisation_id),
         planned as (
           select g as n, nd.id as need_id, lb.id as lab_id, nd.published_at,
                  case when ${u('g', 1)} < 0.10 then 'none' when ${u('g', 1)} < 0.28 then 'decline' when ${u('g', 1)} < 0.33 then 'accept'
                       when ${u('g', 1)} < 0.40 then 'cancel_accepted' when ${u('g', 1)} < 0.46 then 'cancel_contracted' else 'complete' end as path,
                  case when ${u('g', 2)} < 0.7 then 'company' else 'lab' end as side,
                  case when ${u('g', 2)} < 0.7 then cm.id else lm.id end as created_by,
                  nd.published_at + least(200, extract(epoch from (timestamptz '${asOf}' - nd.published_at)) / 86400) * ${u('g', 3)} * interval
                    '1 day' as proposed_at
           from generate_series(${from}, ${to - 1}) g
           join nd on nd.k = g % ${shape.needs}
           join lb on lb.k = (g / ${shape.needs} + nd.k * 7919) % ${shape.labs}
           join member cm on cm.organisation_id = nd.organisation_id
           join member lm on lm.organisation_id = lb.organisation_id),
         timed as (
           select p.*, r.answered_at, c.contract_at,
                  c.contract_at + ${days(u('n', 7), 90, 630)} as complete_at,
                  case p.path when 'cancel_accepted' then r.answered_at + ${days(u('n', 8), 7, 90)} when 'cancel_contracted' then c.contract_at +
                    ${days(u('n', 8), 30, 300)} end as cancel_at
           from planned p
           cross join lateral (select p.proposed_at + ${days(u('p.n', 5), 1, 29)} as answered_at) r
           cross join lateral (select r.answered_at + ${days(u('p.n', 6), 14, 150)} as contract_at) c),
         reached as (
           select t.*,
                  t.path in ('accept', 'cancel_accepted', 'cancel_contracted', 'complete') and t.answered_at <= '${asOf}' as accepted,
                  t.path = 'decline' and t.answered_at <= '${asOf}' as declined,
                  t.path in ('cancel_contracted', 'complete') and t.contract_at <= '${asOf}' as contracted,
                  t.path = 'complete' and t.complete_at <= '${asOf}' as completed,
                  t.cancel_at <= '${asOf}' as cancelled
           from timed t),
         inserted as (
           insert into collaborations (need_id, lab_id, status, initiated_by, created_by, match_score, contract_budget_kzt, funding_source,
                                       contract_start_on, contract_end_on, outcome_publications, outcome_patents, outcome_prototypes, outcome_products,
                                       outcome_people_trained, closing_reason_code, closing_reason, accepted_at, declined_at, contracted_at, completed_at, cancelled_at,
                                         created_at, updated_at)
           select need_id, lab_id,
                  case when cancelled then 'cancelled' when completed then 'completed' when contracted then 'contracted' when declined then
                    'declined' when accepted then 'accepted' else 'proposed' end,
                  side, created_by,
                  case when ${u('n', 9)} < 0.6 then round((0.3 + ${u('n', 10)} * 0.7)::numeric, 3)::real end,
                  case when contracted then (round(exp(ln(2e6) + ${u('n', 11)} * ln(250)) / 1000) * 1000)::bigint end,
                  case when contracted then case when ${u('n', 12)} < 0.45 then 'company' when ${u('n', 12)} < 0.75 then 'state_grant' when
                    ${u('n', 12)} < 0.95 then 'co_funded' else 'other' end end,
                  case when contracted then (contract_at + ${days(u('n', 13), 0, 30)})::date end,
                  case when contracted then (contract_at + ${days(u('n', 13), 0, 30)} + ${days(u('n', 14), 180, 720)})::date end,
                  case when completed then floor(${u('n', 15)} * 4)::int else 0 end,
                  case when completed and ${u('n', 16)} < 0.2 then 1 else 0 end,
                  case when completed and ${u('n', 17)} < 0.35 then 1 else 0 end,
                  case when completed and ${u('n', 18)} < 0.15 then 1 else 0 end,
                  case when completed then floor(${u('n', 19)} * 10)::int else 0 end,
                  case when cancelled then ${pickOf(cancelReasonCodes, u('n', 20))} when declined then ${pickOf(declineReasonCodes, u('n', 20))} end,
                  case when cancelled then 'Priorities changed' when declined then 'Not our field' end,
                  case when accepted then answered_at end,
                  case when declined then answered_at end,
                  case when contracted then contract_at end,
                  case when completed then complete_at end,
                  case when cancelled then cancel_at end,
                  proposed_at,
                  greatest(proposed_at, case when accepted or declined then answered_at end, case when contracted then contract_at end,
                           case when completed then complete_at end, case when cancelled then cancel_at end)
           from reached
           returning id, created_by, created_at, accepted_at, declined_at, contracted_at, completed_at, cancelled_at),
         events as (
           insert into collaboration_events (collaboration_id, from_status, to_status, actor_user_id, occurred_at)
           select i.id, e.from_status, e.to_status, i.created_by, e.at
           from inserted i
           cross join lateral (values (null, 'proposed', i.created_at),
                                      ('proposed', 'accepted', i.accepted_at),
                                      ('proposed', 'declined', i.declined_at),
                                      ('accepted', 'contracted', i.contracted_at),
                                      ('contracted', 'completed', i.completed_at),
                                      (case when i.contracted_at is null then 'accepted' else 'contracted' end, 'cancelled', i.cancelled_at))
                                        e(from_status, to_status, at)
           where e.at is not null
           returning 1)
    select count(*)::int as events from events`);
  return result!.events;
}

/**
 * The tables as autovacuum leaves them on a settled database: statistics, and pages marked
 * all-visible, so that index-only scans skip the heap. VACUUM marks a page only once the hint bits
 * say its inserts committed, and with asynchronous commits (the bench cluster runs
 * `synchronous_commit=off`) it may not set them until the WAL is flushed past the commit LSN that
 * PostgreSQL keeps per group of 32 transactions: any later commit in the group (an autovacuum
 * worker's or our own ANALYZE writing statistics) moves it on. So: wait for the autovacuum workers,
 * checkpoint (flushes the WAL), VACUUM (which starts no transaction id), and ANALYZE only after.
 * Returns the share of `collaborations` pages all-visible.
 */
export async function settleTables(sql: SqlClient): Promise<number> {
  const tables = 'organisations, users, labs, needs, collaborations, collaboration_events, collaboration_rollup, collaboration_rollup_dimension';
  let visible = 0;
  for (let attempt = 1; attempt <= 3 && visible < 99; attempt++) {
    for (let waited = 0; waited < 120; waited++) {
      const [row] = await sql<
        { busy: number }[]
      >`select count(*)::int as busy from pg_stat_activity where datname = current_database() and backend_type = 'autovacuum worker'`;
      if (!row!.busy) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    await sql.unsafe('checkpoint').catch(() => sql`select pg_sleep(1)`); // checkpoint needs pg_checkpoint on a server of one's own
    await sql.unsafe(`vacuum ${tables}`);
    const [row] = await sql<
      { visible: number }[]
    >`select round(100.0 * relallvisible / greatest(relpages, 1))::int as visible from pg_class where oid = 'collaborations'::regclass`;
    visible = row!.visible;
  }
  await sql.unsafe(`analyze ${tables}`);
  return visible;
}
