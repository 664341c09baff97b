CREATE TABLE "shortlist_entries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "shortlist_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" uuid NOT NULL,
	"lab_id" uuid,
	"need_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shortlist_entries_one_item" CHECK (("shortlist_entries"."lab_id" is null) <> ("shortlist_entries"."need_id" is null))
);
--> statement-breakpoint
ALTER TABLE "shortlist_entries" ADD CONSTRAINT "shortlist_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortlist_entries" ADD CONSTRAINT "shortlist_entries_lab_id_labs_id_fk" FOREIGN KEY ("lab_id") REFERENCES "public"."labs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortlist_entries" ADD CONSTRAINT "shortlist_entries_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "shortlist_entries_user_lab" ON "shortlist_entries" USING btree ("user_id","lab_id") WHERE "shortlist_entries"."lab_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "shortlist_entries_user_need" ON "shortlist_entries" USING btree ("user_id","need_id") WHERE "shortlist_entries"."need_id" is not null;--> statement-breakpoint
CREATE INDEX "shortlist_entries_user_idx" ON "shortlist_entries" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "shortlist_entries_lab_idx" ON "shortlist_entries" USING btree ("lab_id");--> statement-breakpoint
CREATE INDEX "shortlist_entries_need_idx" ON "shortlist_entries" USING btree ("need_id");