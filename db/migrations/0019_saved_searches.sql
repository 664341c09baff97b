CREATE TABLE "digest_unsubscribe_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "saved_search_alerts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "saved_search_alerts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"saved_search_id" uuid NOT NULL,
	"entity_kind" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"first_matched_at" timestamp with time zone DEFAULT now() NOT NULL,
	"digested_at" timestamp with time zone,
	"digest_id" bigint,
	CONSTRAINT "saved_search_alerts_kind_check" CHECK ("saved_search_alerts"."entity_kind" in ('lab', 'need'))
);
--> statement-breakpoint
CREATE TABLE "saved_search_digests" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "saved_search_digests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" uuid NOT NULL,
	"frequency" text NOT NULL,
	"period_start" date NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_search_digests_frequency_check" CHECK ("saved_search_digests"."frequency" in ('daily', 'weekly'))
);
--> statement-breakpoint
CREATE TABLE "saved_searches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"query" jsonb NOT NULL,
	"digest" text DEFAULT 'daily' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_searches_kind_check" CHECK ("saved_searches"."kind" in ('labs', 'needs')),
	CONSTRAINT "saved_searches_digest_check" CHECK ("saved_searches"."digest" in ('daily', 'weekly', 'off'))
);
--> statement-breakpoint
ALTER TABLE "background_jobs" DROP CONSTRAINT "background_jobs_kind_check";--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind_check";--> statement-breakpoint
ALTER TABLE "digest_unsubscribe_tokens" ADD CONSTRAINT "digest_unsubscribe_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_search_alerts" ADD CONSTRAINT "saved_search_alerts_saved_search_id_saved_searches_id_fk" FOREIGN KEY ("saved_search_id") REFERENCES "public"."saved_searches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_search_alerts" ADD CONSTRAINT "saved_search_alerts_digest_id_saved_search_digests_id_fk" FOREIGN KEY ("digest_id") REFERENCES "public"."saved_search_digests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_search_digests" ADD CONSTRAINT "saved_search_digests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_searches" ADD CONSTRAINT "saved_searches_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "digest_unsubscribe_tokens_user_idx" ON "digest_unsubscribe_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "saved_search_alerts_once" ON "saved_search_alerts" USING btree ("saved_search_id","entity_kind","entity_id");--> statement-breakpoint
CREATE INDEX "saved_search_alerts_undigested_idx" ON "saved_search_alerts" USING btree ("saved_search_id") WHERE "saved_search_alerts"."digested_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "saved_search_digests_once" ON "saved_search_digests" USING btree ("user_id","frequency","period_start");--> statement-breakpoint
CREATE INDEX "saved_searches_user_idx" ON "saved_searches" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "saved_searches_kind_idx" ON "saved_searches" USING btree ("kind");--> statement-breakpoint
CREATE UNIQUE INDEX "background_jobs_one_digest" ON "background_jobs" USING btree ("kind") WHERE "background_jobs"."kind" = 'send_saved_search_digests';--> statement-breakpoint
ALTER TABLE "background_jobs" ADD CONSTRAINT "background_jobs_kind_check" CHECK ("background_jobs"."kind" in ('notify_matching_labs', 'sweep_listings', 'match_saved_searches', 'send_saved_search_digests'));--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_check" CHECK ("notifications"."kind" in ('proposal_received', 'collaboration_updated', 'matching_need', 'need_deadline_near', 'need_closed_by_deadline', 'lab_confirmation_due', 'question_received', 'message_received', 'saved_search_match'));