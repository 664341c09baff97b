-- The analytics rollups (tables in 0013) kept exact by PostgreSQL itself. Every writer of
-- collaborations, labs and needs goes through these statement-level triggers, so the rollup is
-- exact whoever writes (the API, a bulk import, psql) and a bulk insert costs one set-based upsert.
-- The statements are built once, here, and shared by the triggers, the backfill below and
-- `pnpm analytics:rebuild`, so the rules cannot drift apart.
--
-- Days are Kazakhstan's (UTC+5, one zone since 1 March 2024), whoever writes: the trigger and
-- rebuild functions carry their own `timezone` setting ('<+05>-05', POSIX for UTC+5), the same as
-- every connection of the app (db/src/client.ts), so `::date` here and the raw queries' date
-- bounds mean the same day even when a psql session or a bulk import runs in another zone.

-- One row per collaboration with what the indicators read of it, its need and its lab, each with
-- a sign: +1 adds its events, -1 takes them away. The three sources are relation expressions: the
-- tables, or transition tables for the rows a statement changed.
CREATE FUNCTION collaboration_rollup_facts_sql(sign text, collaborations text, needs text, labs text) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
  select format($q$
    select %s::int as sign, c.created_at, c.accepted_at, c.contracted_at, c.completed_at,
           coalesce(c.cancelled_at, c.declined_at) as terminated_at, c.funding_source, c.contract_budget_kzt,
           c.outcome_publications, c.outcome_patents, c.outcome_prototypes, c.outcome_products,
           n.published_at, n.sectors, n.organisation_id as company_id, l.region_code, l.territory_code, l.organisation_id, l.research_fields
    from %s c join %s n on n.id = c.need_id join %s l on l.id = c.lab_id$q$, sign, collaborations, needs, labs)
$fn$;
--> statement-breakpoint

-- The statement that adds the signed facts to both rollups. An event is counted on its own day
-- (the raw queries compare each date column with the period, in the session's time zone, as
-- `::date` here); groups whose deltas cancel out (an
-- update that changed nothing the analytics read) are not written.
CREATE FUNCTION collaboration_rollup_apply_sql(facts text) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
  select format($q$
    with facts as (%s),
    events as (
      select f.sign, e.kind, e.at::date as day,
             case when e.kind = 'contracted' then coalesce(f.funding_source, '') else '' end as funding_source,
             f.region_code, coalesce(f.territory_code, '') as territory_code, f.organisation_id, f.research_fields, f.sectors, f.company_id,
             -- Whole days in Kazakhstan, as the raw median counts them (facts.ts).
             case when e.kind = 'contracted' then f.contracted_at::date - f.published_at::date else 0 end as days_to_contract,
             case when e.kind = 'contracted' then coalesce(f.contract_budget_kzt, 0) else 0 end as budget_kzt,
             case when e.kind = 'completed' then f.outcome_publications else 0 end as publications,
             case when e.kind = 'completed' then f.outcome_patents else 0 end as patents,
             case when e.kind = 'completed' then f.outcome_prototypes else 0 end as prototypes,
             case when e.kind = 'completed' then f.outcome_products else 0 end as products
      from facts f
      -- 'collaboration' counts the collaboration itself, undated: a breakdown lists every group that
      -- has one, with zeros where none of its events fall in the period, as the raw query does.
      cross join lateral (values ('collaboration', '-infinity'::timestamptz), ('proposed', f.created_at), ('accepted', f.accepted_at),
                                 ('contracted', f.contracted_at), ('completed', f.completed_at), ('cancelled', f.terminated_at)) e(kind, at)
      where e.at is not null),
    detail as (
      select day, kind, funding_source, region_code, territory_code, organisation_id, research_fields, sectors, days_to_contract,
             sum(sign)::int as events, sum(sign * budget_kzt)::bigint as budget_kzt, sum(sign * publications)::int as publications,
             sum(sign * patents)::int as patents, sum(sign * prototypes)::int as prototypes, sum(sign * products)::int as products
      from events
      group by day, kind, funding_source, region_code, territory_code, organisation_id, research_fields, sectors, days_to_contract),
    -- Per breakdown key, plus the need's company; contracts twice more, per 10-day bucket of days
    -- to contract and per whole day (the medians' histograms: the first says which bucket holds
    -- the middle, the second is read for that bucket only).
    dimension_events as (
      select d.dimension, d.key, e.day, e.kind, e.funding_source, -1 as days_bucket, e.sign, e.budget_kzt, e.publications, e.patents,
             e.prototypes, e.products
      from events e
      cross join lateral (values ('total', ''), ('region', e.region_code), ('sector', coalesce(e.sectors[1], 'none')),
                                 ('field', coalesce(e.research_fields[1], 'none')), ('organisation', e.organisation_id::text),
                                 ('territory', coalesce(nullif(e.territory_code, ''), 'none')), ('company', e.company_id::text)) d(dimension, key)
      union all
      select d.dimension, d.key, e.day, h.kind, '', h.days_bucket, e.sign, 0, 0, 0, 0, 0
      from events e
      cross join lateral (values ('total', ''), ('region', e.region_code), ('sector', coalesce(e.sectors[1], 'none')),
                                 ('field', coalesce(e.research_fields[1], 'none')), ('organisation', e.organisation_id::text),
                                 ('territory', coalesce(nullif(e.territory_code, ''), 'none'))) d(dimension, key)
      cross join lateral (values ('contract_days', floor(e.days_to_contract / 10.0)::int), ('contract_day', e.days_to_contract)) h(kind, days_bucket)
      where e.kind = 'contracted'),
    -- Sums per month (the days at either end of a period are read from the detail); per day only
    -- the contracts of each company and organisation (the platform indicators probe them by day) and
    -- the undated 'collaboration' rows. Few rows per event, so bulk inserts stay cheap.
    by_dimension as (
      select de.dimension, de.key, g.grain, g.day, de.kind, de.funding_source, de.days_bucket,
             sum(de.sign)::int as events, sum(de.sign * de.budget_kzt)::bigint as budget_kzt, sum(de.sign * de.publications)::int as publications,
             sum(de.sign * de.patents)::int as patents, sum(de.sign * de.prototypes)::int as prototypes, sum(de.sign * de.products)::int as products
      from dimension_events de
      cross join lateral (values ('day', de.day), ('month', date_trunc('month', de.day)::date)) g(grain, day)
      where case g.grain
              when 'month' then de.kind <> 'collaboration' and de.dimension <> 'company'
              else (de.kind = 'collaboration' and de.dimension <> 'company') or (de.kind = 'contracted' and de.dimension in ('company', 'organisation'))
            end
      group by de.dimension, de.key, g.grain, g.day, de.kind, de.funding_source, de.days_bucket),
    detail_written as (
      insert into collaboration_rollup as r (day, kind, funding_source, region_code, territory_code, organisation_id, research_fields, sectors,
                                             days_to_contract, events, budget_kzt, publications, patents, prototypes, products)
      select * from detail
      where (events, budget_kzt, publications, patents, prototypes, products) <> (0, 0, 0, 0, 0, 0)
      -- The same order in every writer, so concurrent upserts lock shared groups without deadlocking.
      order by day, kind, funding_source, region_code, territory_code, organisation_id, research_fields, sectors, days_to_contract
      on conflict (day, kind, funding_source, region_code, territory_code, organisation_id, research_fields, sectors, days_to_contract)
      do update set events = r.events + excluded.events, budget_kzt = r.budget_kzt + excluded.budget_kzt,
                    publications = r.publications + excluded.publications, patents = r.patents + excluded.patents,
                    prototypes = r.prototypes + excluded.prototypes, products = r.products + excluded.products
      returning 1)
    insert into collaboration_rollup_dimension as r (dimension, key, grain, day, kind, funding_source, days_bucket, events, budget_kzt,
                                                     publications, patents, prototypes, products)
    select * from by_dimension
    where (events, budget_kzt, publications, patents, prototypes, products) <> (0, 0, 0, 0, 0, 0)
    order by dimension, grain, kind, day, funding_source, days_bucket, key
    on conflict (dimension, grain, kind, day, funding_source, days_bucket, key)
    do update set events = r.events + excluded.events, budget_kzt = r.budget_kzt + excluded.budget_kzt,
                  publications = r.publications + excluded.publications, patents = r.patents + excluded.patents,
                  prototypes = r.prototypes + excluded.prototypes, products = r.products + excluded.products$q$, facts)
$fn$;
--> statement-breakpoint

-- The need funnel per need: a bulk insert adds its counts and keeps the earlier first proposal;
-- an update or delete recomputes the needs it touched from their collaborations (a first proposal
-- cannot be subtracted).
CREATE FUNCTION need_funnel_add_sql(collaborations text) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
  select format($q$
    insert into need_funnel_rollup as r (need_id, first_proposed_at, collaborations, contracted)
    select need_id, min(created_at), count(*)::int, (count(*) filter (where contracted_at is not null))::int
    from %s c group by need_id order by need_id
    on conflict (need_id) do update set first_proposed_at = least(r.first_proposed_at, excluded.first_proposed_at),
      collaborations = r.collaborations + excluded.collaborations, contracted = r.contracted + excluded.contracted$q$, collaborations)
$fn$;
--> statement-breakpoint
CREATE FUNCTION need_funnel_recompute_sql(need_ids text) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
  select format($q$
    insert into need_funnel_rollup as r (need_id, first_proposed_at, collaborations, contracted)
    select t.need_id, a.first_proposed_at, a.collaborations, a.contracted
    from (select distinct need_id from (%s) ids) t
    cross join lateral (select min(c.created_at) as first_proposed_at, count(*)::int as collaborations,
                               (count(*) filter (where c.contracted_at is not null))::int as contracted
                        from collaborations c where c.need_id = t.need_id) a
    order by t.need_id
    on conflict (need_id) do update set first_proposed_at = excluded.first_proposed_at, collaborations = excluded.collaborations,
      contracted = excluded.contracted$q$, need_ids)
$fn$;
--> statement-breakpoint

-- Collaborations: the inserted rows add their events, the deleted take them away, an update takes
-- away the old version and adds the new one (only for rows where something the analytics read changed).
--
-- First the labs and needs of those rows are locked FOR SHARE, until the transaction ends. An edit
-- of a lab or need (FOR NO KEY UPDATE, which the foreign key's own lock does not conflict with)
-- then waits for this transaction, or this one waits for the edit: otherwise a collaboration
-- written while its lab moves region would be counted under the old region by this trigger and
-- missed by the lab's, which cannot see it yet. After the wait, the next statement's snapshot (a
-- new one per statement, at read committed) sees the edit.
CREATE FUNCTION collaboration_rollup_on_collaborations() RETURNS trigger
LANGUAGE plpgsql SET timezone TO '<+05>-05' AS $fn$
DECLARE
  read_columns constant text := 'need_id, lab_id, created_at, accepted_at, declined_at, contracted_at, completed_at, cancelled_at, '
    'funding_source, contract_budget_kzt, outcome_publications, outcome_patents, outcome_prototypes, outcome_products';
  changed text;
BEGIN
  IF tg_op = 'INSERT' THEN
    PERFORM 1 FROM labs WHERE id IN (SELECT lab_id FROM new_rows) ORDER BY id FOR SHARE;
    PERFORM 1 FROM needs WHERE id IN (SELECT need_id FROM new_rows) ORDER BY id FOR SHARE;
  ELSIF tg_op = 'DELETE' THEN
    PERFORM 1 FROM labs WHERE id IN (SELECT lab_id FROM old_rows) ORDER BY id FOR SHARE;
    PERFORM 1 FROM needs WHERE id IN (SELECT need_id FROM old_rows) ORDER BY id FOR SHARE;
  ELSE
    PERFORM 1 FROM labs WHERE id IN (SELECT lab_id FROM old_rows UNION SELECT lab_id FROM new_rows) ORDER BY id FOR SHARE;
    PERFORM 1 FROM needs WHERE id IN (SELECT need_id FROM old_rows UNION SELECT need_id FROM new_rows) ORDER BY id FOR SHARE;
  END IF;
  IF tg_op = 'INSERT' THEN
    EXECUTE collaboration_rollup_apply_sql(collaboration_rollup_facts_sql('1', 'new_rows', 'needs', 'labs'));
    EXECUTE need_funnel_add_sql('new_rows');
  ELSIF tg_op = 'DELETE' THEN
    EXECUTE collaboration_rollup_apply_sql(collaboration_rollup_facts_sql('-1', 'old_rows', 'needs', 'labs'));
    EXECUTE need_funnel_recompute_sql('select need_id from old_rows');
  ELSE
    changed := format('(select %%s.* from old_rows o join new_rows w on w.id = o.id where (%s) is distinct from (%s))',
      regexp_replace(read_columns, '(\w+)', 'o.\1', 'g'), regexp_replace(read_columns, '(\w+)', 'w.\1', 'g'));
    EXECUTE collaboration_rollup_apply_sql(
      collaboration_rollup_facts_sql('-1', format(changed, 'o'), 'needs', 'labs') || ' union all ' ||
      collaboration_rollup_facts_sql('1', format(changed, 'w'), 'needs', 'labs'));
    EXECUTE need_funnel_recompute_sql('select o.need_id from old_rows o join new_rows w on w.id = o.id where (o.need_id, o.created_at, '
      'o.contracted_at is null) is distinct from (w.need_id, w.created_at, w.contracted_at is null) union all select w.need_id from old_rows o '
      'join new_rows w on w.id = o.id where (o.need_id, o.created_at, o.contracted_at is null) is distinct from (w.need_id, w.created_at, '
      'w.contracted_at is null)');
  END IF;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE TRIGGER collaboration_rollup_insert AFTER INSERT ON collaborations REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION collaboration_rollup_on_collaborations();
--> statement-breakpoint
CREATE TRIGGER collaboration_rollup_update AFTER UPDATE ON collaborations REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION collaboration_rollup_on_collaborations();
--> statement-breakpoint
CREATE TRIGGER collaboration_rollup_delete AFTER DELETE ON collaborations REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION collaboration_rollup_on_collaborations();
--> statement-breakpoint

-- Labs and needs can be edited after their collaborations exist (region, territory, fields;
-- sectors), and the raw queries read their current values: an edit moves the lab's or need's
-- collaborations from the old groups to the new ones. (Deleting either is restricted while
-- collaborations refer to it.) The organisation of a lab and a need's publication date are read too.
-- One function for both tables; the trigger's argument lists the columns whose change moves.
CREATE FUNCTION collaboration_rollup_on_catalogue_edit() RETURNS trigger
LANGUAGE plpgsql SET timezone TO '<+05>-05' AS $fn$
DECLARE
  changed text;
  moved boolean;
BEGIN
  changed := format('(select %%s.* from old_versions o join new_versions w on w.id = o.id where (%s) is distinct from (%s))',
    regexp_replace(tg_argv[0], '(\w+)', 'o.\1', 'g'), regexp_replace(tg_argv[0], '(\w+)', 'w.\1', 'g'));
  -- Most edits change none of these: then not even a look at the collaborations.
  EXECUTE format('select exists %s', format(changed, 'o')) INTO moved;
  IF NOT moved THEN
    RETURN NULL;
  END IF;
  -- One move at a time (advisory lock 7346204, to the end of the transaction; migrations take
  -- 7346201, demo data 7346202, the index watch 7346203): a lab's and a need's edits moving the
  -- same collaboration each read the other's row as it was, and would both take it from its old
  -- group. The statement after the wait sees the other's edit.
  PERFORM pg_advisory_xact_lock(7346204);
  IF tg_table_name = 'labs' THEN
    EXECUTE collaboration_rollup_apply_sql(
      collaboration_rollup_facts_sql('-1', 'collaborations', 'needs', format(changed, 'o')) || ' union all ' ||
      collaboration_rollup_facts_sql('1', 'collaborations', 'needs', format(changed, 'w')));
  ELSE
    EXECUTE collaboration_rollup_apply_sql(
      collaboration_rollup_facts_sql('-1', 'collaborations', format(changed, 'o'), 'labs') || ' union all ' ||
      collaboration_rollup_facts_sql('1', 'collaborations', format(changed, 'w'), 'labs'));
  END IF;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE TRIGGER collaboration_rollup_labs AFTER UPDATE ON labs REFERENCING OLD TABLE AS old_versions NEW TABLE AS new_versions
  FOR EACH STATEMENT EXECUTE FUNCTION collaboration_rollup_on_catalogue_edit('region_code, territory_code, organisation_id, research_fields');
--> statement-breakpoint
CREATE TRIGGER collaboration_rollup_needs AFTER UPDATE ON needs REFERENCING OLD TABLE AS old_versions NEW TABLE AS new_versions
  FOR EACH STATEMENT EXECUTE FUNCTION collaboration_rollup_on_catalogue_edit('sectors, published_at, organisation_id');
--> statement-breakpoint

-- Recomputes both rollups from the raw rows. Writers of the three source tables wait until the
-- caller's transaction ends (SHARE blocks them, readers go on reading the rollup as it was). Its
-- aggregates group millions of events: with 256 MB each (not the default 4) they stay in memory.
CREATE FUNCTION collaboration_rollup_rebuild() RETURNS void
LANGUAGE plpgsql SET timezone TO '<+05>-05' SET work_mem TO '256MB' AS $fn$
BEGIN
  LOCK TABLE collaborations, labs, needs IN SHARE MODE;
  LOCK TABLE collaboration_rollup, collaboration_rollup_dimension, need_funnel_rollup IN EXCLUSIVE MODE;
  DELETE FROM collaboration_rollup;
  DELETE FROM collaboration_rollup_dimension;
  DELETE FROM need_funnel_rollup;
  EXECUTE collaboration_rollup_apply_sql(collaboration_rollup_facts_sql('1', 'collaborations', 'needs', 'labs'));
  EXECUTE need_funnel_add_sql('collaborations');
END
$fn$;
--> statement-breakpoint

-- The backfill: the collaborations that exist before the triggers did.
SELECT collaboration_rollup_rebuild();
