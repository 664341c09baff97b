-- Earlier, a need that fit several labs of one person sent one notification per lab. Each
-- person-and-need pair keeps its earliest row, reshaped to name every lab (that still exists), best
-- first, and unread if any of the pair was; the others go, so the unique index below can hold.
WITH pairs AS (
  SELECT n.user_id, n.payload->>'needId' AS need_id, min(n.id) AS keep, bool_or(n.read_at IS NULL) AS unread,
    coalesce(
      jsonb_agg(jsonb_build_object('labId', l.id, 'name', l.name, 'score', n.payload->'score') ORDER BY (n.payload->>'score')::numeric DESC)
        FILTER (WHERE l.id IS NOT NULL),
      '[]'::jsonb
    ) AS labs
  FROM "notifications" n LEFT JOIN "labs" l ON l.id::text = n.payload->>'labId'
  WHERE n.kind = 'matching_need' AND NOT n.payload ? 'labs'
  GROUP BY n.user_id, n.payload->>'needId'
)
UPDATE "notifications" n
SET payload = jsonb_build_object('needId', p.need_id, 'needTitle', coalesce(need.title, ''), 'labs', p.labs),
  read_at = CASE WHEN p.unread THEN NULL ELSE n.read_at END
FROM pairs p LEFT JOIN "needs" need ON need.id::text = p.need_id
WHERE n.id = p.keep;--> statement-breakpoint
DELETE FROM "notifications" WHERE kind = 'matching_need' AND NOT payload ? 'labs';--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_matching_need_once" ON "notifications" USING btree ("user_id",("payload"->>'needId')) WHERE "notifications"."kind" = 'matching_need';
