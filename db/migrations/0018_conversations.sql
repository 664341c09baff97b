CREATE TABLE "messages" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "messages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"question_id" uuid,
	"collaboration_id" uuid,
	"author_user_id" uuid NOT NULL,
	"author_side" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "messages_one_thread" CHECK (("messages"."question_id" is null) <> ("messages"."collaboration_id" is null)),
	CONSTRAINT "messages_author_side_check" CHECK ("messages"."author_side" in ('company', 'lab'))
);
--> statement-breakpoint
CREATE TABLE "questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject" text NOT NULL,
	"lab_id" uuid,
	"need_id" uuid,
	"asked_by" uuid NOT NULL,
	"asker_side" text NOT NULL,
	"company_organisation_id" uuid NOT NULL,
	"lab_organisation_id" uuid NOT NULL,
	"collaboration_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_message_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "questions_subject_check" CHECK ("questions"."subject" in ('lab', 'need')),
	CONSTRAINT "questions_asker_side_check" CHECK ("questions"."asker_side" in ('company', 'lab')),
	CONSTRAINT "questions_subject_named" CHECK (("questions"."subject" = 'lab' and "questions"."lab_id" is not null) or ("questions"."subject" = 'need' and "questions"."need_id" is not null)),
	CONSTRAINT "questions_asker_is_other_side" CHECK (("questions"."subject" = 'lab') = ("questions"."asker_side" = 'company'))
);
--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind_check";--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_lab_id_labs_id_fk" FOREIGN KEY ("lab_id") REFERENCES "public"."labs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_asked_by_users_id_fk" FOREIGN KEY ("asked_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_company_organisation_id_organisations_id_fk" FOREIGN KEY ("company_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_lab_organisation_id_organisations_id_fk" FOREIGN KEY ("lab_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "messages_question_idx" ON "messages" USING btree ("question_id","id");--> statement-breakpoint
CREATE INDEX "messages_collaboration_idx" ON "messages" USING btree ("collaboration_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "questions_one_per_lab" ON "questions" USING btree ("company_organisation_id","lab_id") WHERE "questions"."subject" = 'lab';--> statement-breakpoint
CREATE UNIQUE INDEX "questions_one_per_need" ON "questions" USING btree ("lab_organisation_id","need_id") WHERE "questions"."subject" = 'need';--> statement-breakpoint
CREATE INDEX "questions_company_idx" ON "questions" USING btree ("company_organisation_id","last_message_at");--> statement-breakpoint
CREATE INDEX "questions_lab_organisation_idx" ON "questions" USING btree ("lab_organisation_id","last_message_at");--> statement-breakpoint
CREATE INDEX "questions_lab_idx" ON "questions" USING btree ("lab_id");--> statement-breakpoint
CREATE INDEX "questions_need_idx" ON "questions" USING btree ("need_id");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_check" CHECK ("notifications"."kind" in ('proposal_received', 'collaboration_updated', 'matching_need', 'need_deadline_near', 'need_closed_by_deadline', 'lab_confirmation_due', 'question_received', 'message_received'));