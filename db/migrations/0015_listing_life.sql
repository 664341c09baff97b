ALTER TABLE "background_jobs" DROP CONSTRAINT "background_jobs_kind_check";--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind_check";--> statement-breakpoint
ALTER TABLE "labs" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "labs" ADD COLUMN "stale_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "needs" ADD COLUMN "closed_reason" text;--> statement-breakpoint
ALTER TABLE "needs" ADD COLUMN "deadline_warned_for" date;--> statement-breakpoint
-- Every need closed or fulfilled until now was ended by its company: nothing else could end one.
UPDATE "needs" SET "closed_reason" = 'company' WHERE "status" <> 'open';--> statement-breakpoint
CREATE INDEX "labs_current_since_idx" ON "labs" USING btree (greatest("updated_at", "confirmed_at")) WHERE "labs"."status" = 'active' and "labs"."stale_since" is null;--> statement-breakpoint
CREATE INDEX "needs_open_deadline_idx" ON "needs" USING btree ("deadline_on") WHERE "needs"."status" = 'open' and "needs"."deadline_on" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "background_jobs_one_sweep" ON "background_jobs" USING btree ("kind") WHERE "background_jobs"."kind" = 'sweep_listings';--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_deadline_near_once" ON "notifications" USING btree ("user_id",("payload"->>'needId'),("payload"->>'deadlineOn')) WHERE "notifications"."kind" = 'need_deadline_near';--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_closed_reason_check" CHECK ("needs"."closed_reason" in ('company', 'deadline'));--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_closed_reason_status_check" CHECK (("needs"."status" = 'open') = ("needs"."closed_reason" is null));--> statement-breakpoint
ALTER TABLE "background_jobs" ADD CONSTRAINT "background_jobs_kind_check" CHECK ("background_jobs"."kind" in ('notify_matching_labs', 'sweep_listings'));--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_check" CHECK ("notifications"."kind" in ('proposal_received', 'collaboration_updated', 'matching_need', 'need_deadline_near', 'need_closed_by_deadline', 'lab_confirmation_due'));