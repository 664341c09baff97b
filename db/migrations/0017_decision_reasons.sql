ALTER TABLE "collaborations" ADD COLUMN "closing_reason_code" text;--> statement-breakpoint
-- Declines and cancellations before reason codes carried only words (required then): they count as 'other'.
UPDATE "collaborations" SET "closing_reason_code" = 'other' WHERE "status" IN ('declined', 'cancelled');--> statement-breakpoint
ALTER TABLE "collaborations" ADD CONSTRAINT "collaborations_closing_reason_check" CHECK (case "collaborations"."status"
        when 'declined' then "collaborations"."closing_reason_code" is not null and "collaborations"."closing_reason_code" in ('out_of_scope', 'no_capacity', 'budget_mismatch', 'timeline_mismatch', 'confidentiality_terms', 'already_solved', 'other')
        when 'cancelled' then "collaborations"."closing_reason_code" is not null and "collaborations"."closing_reason_code" in ('funding_withdrawn', 'priorities_changed', 'terms_not_agreed', 'partner_unresponsive', 'technically_infeasible', 'other')
        else "collaborations"."closing_reason_code" is null end);--> statement-breakpoint

-- The "why matches fail" indicator: each decline and cancellation is also counted as an event of
-- kind 'declined:<reason code>' or 'cancelled:<reason code>' on the day it ended (the day the
-- 'cancelled' kind counts it), so the reasons are in the rollup with every attribute a filter or
-- a breakdown reads, kept exact by the same triggers and recomputed by the same rebuild. The three
-- functions of 0014 are replaced whole; only the lines naming the reason are new.
CREATE OR REPLACE FUNCTION collaboration_rollup_facts_sql(sign text, collaborations text, needs text, labs text) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
  select format($q$
    select %s::int as sign, c.created_at, c.accepted_at, c.contracted_at, c.completed_at,
           coalesce(c.cancelled_at, c.declined_at) as terminated_at, c.funding_source, c.contract_budget_kzt,
           c.outcome_publications, c.outcome_patents, c.outcome_prototypes, c.outcome_products,
           case when c.cancelled_at is not null then 'cancelled:' || c.closing_reason_code
                when c.declined_at is not null then 'declined:' || c.closing_reason_code end as closing_kind,
           n.published_at, n.sectors, n.organisation_id as company_id, l.region_code, l.territory_code, l.organisation_id, l.research_fields
    from %s c join %s n on n.id = c.need_id join %s l on l.id = c.lab_id$q$, sign, collaborations, needs, labs)
$fn$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION collaboration_rollup_apply_sql(facts text) RETURNS text
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
                                 ('contracted', f.contracted_at), ('completed', f.completed_at), ('cancelled', f.terminated_at),
                                 (f.closing_kind, f.terminated_at)) e(kind, at)
      where e.at is not null and e.kind is not null),
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
-- A changed reason moves the collaboration's reason event too.
CREATE OR REPLACE FUNCTION collaboration_rollup_on_collaborations() RETURNS trigger
LANGUAGE plpgsql SET timezone TO '<+05>-05' AS $fn$
DECLARE
  read_columns constant text := 'need_id, lab_id, created_at, accepted_at, declined_at, contracted_at, completed_at, cancelled_at, '
    'funding_source, contract_budget_kzt, outcome_publications, outcome_patents, outcome_prototypes, outcome_products, closing_reason_code';
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

-- The reason events of the declines and cancellations that exist already.
SELECT collaboration_rollup_rebuild();
