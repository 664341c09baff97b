CREATE TABLE "booking_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instrument_id" uuid NOT NULL,
	"centre_organisation_id" uuid NOT NULL,
	"company_organisation_id" uuid NOT NULL,
	"requested_by" uuid,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"message" text NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_requests_status_check" CHECK ("booking_requests"."status" in ('requested', 'accepted', 'declined', 'cancelled')),
	CONSTRAINT "booking_requests_dates_check" CHECK ("booking_requests"."starts_on" <= "booking_requests"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "instruments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"class_code" text NOT NULL,
	"model" text NOT NULL,
	"location" text NOT NULL,
	"region_code" text NOT NULL,
	"territory_code" text,
	"conditions" jsonb NOT NULL,
	"price_kzt" integer,
	"price_unit" text DEFAULT 'hour' NOT NULL,
	"availability" text,
	"status" text DEFAULT 'active' NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "instruments_status_check" CHECK ("instruments"."status" in ('active', 'hidden')),
	CONSTRAINT "instruments_price_unit_check" CHECK ("instruments"."price_unit" in ('hour', 'sample')),
	CONSTRAINT "instruments_price_check" CHECK ("instruments"."price_kzt" is null or "instruments"."price_kzt" >= 0)
);
--> statement-breakpoint
ALTER TABLE "search_outbox" DROP CONSTRAINT "search_outbox_entity_type_check";--> statement-breakpoint
ALTER TABLE "search_verifications" DROP CONSTRAINT "search_verifications_entity_type_check";--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind_check";--> statement-breakpoint
ALTER TABLE "booking_requests" ADD CONSTRAINT "booking_requests_instrument_id_instruments_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."instruments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_requests" ADD CONSTRAINT "booking_requests_centre_organisation_id_organisations_id_fk" FOREIGN KEY ("centre_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_requests" ADD CONSTRAINT "booking_requests_company_organisation_id_organisations_id_fk" FOREIGN KEY ("company_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_requests" ADD CONSTRAINT "booking_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_requests" ADD CONSTRAINT "booking_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instruments" ADD CONSTRAINT "instruments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instruments" ADD CONSTRAINT "instruments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "booking_requests_instrument_idx" ON "booking_requests" USING btree ("instrument_id");--> statement-breakpoint
CREATE INDEX "booking_requests_centre_idx" ON "booking_requests" USING btree ("centre_organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "booking_requests_company_idx" ON "booking_requests" USING btree ("company_organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "instruments_organisation_idx" ON "instruments" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "instruments_class_idx" ON "instruments" USING btree ("class_code");--> statement-breakpoint
ALTER TABLE "search_outbox" ADD CONSTRAINT "search_outbox_entity_type_check" CHECK ("search_outbox"."entity_type" in ('lab', 'need', 'organisation', 'instrument'));--> statement-breakpoint
ALTER TABLE "search_verifications" ADD CONSTRAINT "search_verifications_entity_type_check" CHECK ("search_verifications"."entity_type" in ('lab', 'need', 'organisation', 'instrument'));--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_check" CHECK ("notifications"."kind" in ('proposal_received', 'collaboration_updated', 'matching_need', 'need_deadline_near', 'need_closed_by_deadline', 'lab_confirmation_due', 'question_received', 'message_received', 'saved_search_match', 'booking_requested', 'booking_updated'));