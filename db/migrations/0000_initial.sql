CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" jsonb NOT NULL,
	"short_name" text,
	"bin" char(12),
	"region_code" text NOT NULL,
	"territory_code" text,
	"city" text,
	"website" text,
	"contact_email" text,
	"contact_phone" text,
	"verified_at" timestamp with time zone,
	"verified_by" uuid,
	"verification_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_kind_check" CHECK ("organisations"."kind" in ('university', 'research_institute', 'company')),
	CONSTRAINT "organisations_bin_format_check" CHECK ("organisations"."bin" ~ '^[0-9]{12}$'),
	CONSTRAINT "organisations_company_bin_check" CHECK ("organisations"."kind" <> 'company' or "organisations"."bin" is not null)
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"full_name" text NOT NULL,
	"role" text NOT NULL,
	"organisation_id" uuid,
	"region_code" text,
	"locale" text DEFAULT 'ru' NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_role_check" CHECK ("users"."role" in ('researcher', 'company', 'region', 'ministry', 'admin')),
	CONSTRAINT "users_locale_check" CHECK ("users"."locale" in ('kk', 'ru', 'en')),
	CONSTRAINT "users_region_officer_region_check" CHECK ("users"."role" <> 'region' or "users"."region_code" is not null),
	CONSTRAINT "users_member_organisation_check" CHECK ("users"."role" not in ('researcher', 'company') or "users"."organisation_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "refresh_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoked_reason" text
);
--> statement-breakpoint
CREATE TABLE "labs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"research_fields" text[] DEFAULT '{}' NOT NULL,
	"sectors" text[] DEFAULT '{}' NOT NULL,
	"capabilities" text[] DEFAULT '{}' NOT NULL,
	"keywords" text[] DEFAULT '{}' NOT NULL,
	"equipment" text[] DEFAULT '{}' NOT NULL,
	"trl_min" smallint NOT NULL,
	"trl_max" smallint NOT NULL,
	"team_size" integer,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"region_code" text NOT NULL,
	"territory_code" text,
	"contact_name" text,
	"contact_email" text,
	"status" text DEFAULT 'active' NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "labs_status_check" CHECK ("labs"."status" in ('active', 'hidden')),
	CONSTRAINT "labs_trl_range_check" CHECK ("labs"."trl_min" between 1 and 9 and "labs"."trl_max" between 1 and 9 and "labs"."trl_min" <= "labs"."trl_max"),
	CONSTRAINT "labs_team_size_check" CHECK ("labs"."team_size" is null or "labs"."team_size" > 0)
);
--> statement-breakpoint
CREATE TABLE "needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" jsonb NOT NULL,
	"sectors" text[] DEFAULT '{}' NOT NULL,
	"capabilities" text[] DEFAULT '{}' NOT NULL,
	"research_fields" text[] DEFAULT '{}' NOT NULL,
	"trl_target" smallint NOT NULL,
	"budget_min_kzt" bigint,
	"budget_max_kzt" bigint,
	"deadline_on" date,
	"region_code" text NOT NULL,
	"territory_code" text,
	"visibility" text DEFAULT 'public' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "needs_status_check" CHECK ("needs"."status" in ('open', 'closed', 'fulfilled')),
	CONSTRAINT "needs_visibility_check" CHECK ("needs"."visibility" in ('public', 'confidential')),
	CONSTRAINT "needs_trl_check" CHECK ("needs"."trl_target" between 1 and 9),
	CONSTRAINT "needs_budget_check" CHECK (coalesce("needs"."budget_min_kzt", 0) >= 0 and ("needs"."budget_max_kzt" is null or "needs"."budget_max_kzt" >= coalesce("needs"."budget_min_kzt", 0)))
);
--> statement-breakpoint
CREATE TABLE "collaborations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"need_id" uuid NOT NULL,
	"lab_id" uuid NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"initiated_by" text NOT NULL,
	"created_by" uuid NOT NULL,
	"idempotency_key" text,
	"message" text,
	"match_score" real,
	"contract_budget_kzt" bigint,
	"funding_source" text,
	"contract_start_on" date,
	"contract_end_on" date,
	"outcome_publications" integer DEFAULT 0 NOT NULL,
	"outcome_patents" integer DEFAULT 0 NOT NULL,
	"outcome_prototypes" integer DEFAULT 0 NOT NULL,
	"outcome_products" integer DEFAULT 0 NOT NULL,
	"outcome_people_trained" integer DEFAULT 0 NOT NULL,
	"closing_reason" text,
	"accepted_at" timestamp with time zone,
	"declined_at" timestamp with time zone,
	"contracted_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "collaborations_status_check" CHECK ("collaborations"."status" in ('proposed', 'accepted', 'declined', 'contracted', 'completed', 'cancelled')),
	CONSTRAINT "collaborations_side_check" CHECK ("collaborations"."initiated_by" in ('company', 'lab')),
	CONSTRAINT "collaborations_funding_check" CHECK ("collaborations"."funding_source" is null or "collaborations"."funding_source" in ('company', 'state_grant', 'co_funded', 'other')),
	CONSTRAINT "collaborations_contract_check" CHECK ("collaborations"."status" not in ('contracted', 'completed') or ("collaborations"."contract_budget_kzt" is not null and "collaborations"."funding_source" is not null and "collaborations"."contract_start_on" is not null and "collaborations"."contracted_at" is not null)),
	CONSTRAINT "collaborations_budget_check" CHECK ("collaborations"."contract_budget_kzt" is null or "collaborations"."contract_budget_kzt" >= 0),
	CONSTRAINT "collaborations_dates_check" CHECK ("collaborations"."contract_end_on" is null or "collaborations"."contract_start_on" is null or "collaborations"."contract_end_on" >= "collaborations"."contract_start_on"),
	CONSTRAINT "collaborations_outcomes_check" CHECK (least("collaborations"."outcome_publications", "collaborations"."outcome_patents", "collaborations"."outcome_prototypes", "collaborations"."outcome_products", "collaborations"."outcome_people_trained") >= 0)
);
--> statement-breakpoint
CREATE TABLE "collaboration_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "collaboration_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"collaboration_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_user_id" uuid,
	"note" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "collaboration_events_to_status_check" CHECK ("collaboration_events"."to_status" in ('proposed', 'accepted', 'declined', 'contracted', 'completed', 'cancelled')),
	CONSTRAINT "collaboration_events_from_status_check" CHECK ("collaboration_events"."from_status" is null or "collaboration_events"."from_status" in ('proposed', 'accepted', 'declined', 'contracted', 'completed', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "search_outbox" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "search_outbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"entity_version" integer NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"available_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_outbox_entity_type_check" CHECK ("search_outbox"."entity_type" in ('lab', 'need', 'organisation'))
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"action" text NOT NULL,
	"target_type" text,
	"target_id" text,
	"ip" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "annual_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scope" text NOT NULL,
	"region_code" text,
	"year" smallint NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"figures" jsonb,
	"narrative" text,
	"checksum" text,
	"due_on" date NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"is_late" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "annual_reports_scope_region_year_unique" UNIQUE NULLS NOT DISTINCT("scope","region_code","year"),
	CONSTRAINT "annual_reports_scope_check" CHECK ("annual_reports"."scope" in ('region', 'national')),
	CONSTRAINT "annual_reports_status_check" CHECK ("annual_reports"."status" in ('draft', 'submitted', 'published')),
	CONSTRAINT "annual_reports_region_check" CHECK (("annual_reports"."scope" = 'region') = ("annual_reports"."region_code" is not null)),
	CONSTRAINT "annual_reports_year_check" CHECK ("annual_reports"."year" between 2020 and 2100),
	CONSTRAINT "annual_reports_frozen_check" CHECK ("annual_reports"."status" = 'draft' or ("annual_reports"."figures" is not null and "annual_reports"."checksum" is not null and "annual_reports"."submitted_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refresh_tokens" ADD CONSTRAINT "refresh_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labs" ADD CONSTRAINT "labs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labs" ADD CONSTRAINT "labs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaborations" ADD CONSTRAINT "collaborations_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaborations" ADD CONSTRAINT "collaborations_lab_id_labs_id_fk" FOREIGN KEY ("lab_id") REFERENCES "public"."labs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaborations" ADD CONSTRAINT "collaborations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaboration_events" ADD CONSTRAINT "collaboration_events_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaboration_events" ADD CONSTRAINT "collaboration_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_bin_unique" ON "organisations" USING btree ("bin");--> statement-breakpoint
CREATE INDEX "organisations_region_idx" ON "organisations" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "organisations_kind_idx" ON "organisations" USING btree ("kind");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_unique" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_organisation_idx" ON "users" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "refresh_tokens_hash_unique" ON "refresh_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "refresh_tokens_family_idx" ON "refresh_tokens" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "refresh_tokens_user_idx" ON "refresh_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "labs_organisation_idx" ON "labs" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "labs_region_idx" ON "labs" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "labs_capabilities_idx" ON "labs" USING gin ("capabilities");--> statement-breakpoint
CREATE INDEX "labs_sectors_idx" ON "labs" USING gin ("sectors");--> statement-breakpoint
CREATE INDEX "needs_organisation_idx" ON "needs" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "needs_status_idx" ON "needs" USING btree ("status");--> statement-breakpoint
CREATE INDEX "needs_region_idx" ON "needs" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "needs_published_idx" ON "needs" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "needs_capabilities_idx" ON "needs" USING gin ("capabilities");--> statement-breakpoint
CREATE INDEX "needs_sectors_idx" ON "needs" USING gin ("sectors");--> statement-breakpoint
CREATE UNIQUE INDEX "collaborations_live_pair_unique" ON "collaborations" USING btree ("need_id","lab_id") WHERE "collaborations"."status" in ('proposed', 'accepted', 'contracted');--> statement-breakpoint
CREATE UNIQUE INDEX "collaborations_idempotency_unique" ON "collaborations" USING btree ("created_by","idempotency_key") WHERE "collaborations"."idempotency_key" is not null;--> statement-breakpoint
CREATE INDEX "collaborations_need_idx" ON "collaborations" USING btree ("need_id");--> statement-breakpoint
CREATE INDEX "collaborations_lab_idx" ON "collaborations" USING btree ("lab_id");--> statement-breakpoint
CREATE INDEX "collaborations_status_idx" ON "collaborations" USING btree ("status");--> statement-breakpoint
CREATE INDEX "collaborations_created_idx" ON "collaborations" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "collaboration_events_collaboration_idx" ON "collaboration_events" USING btree ("collaboration_id","occurred_at");--> statement-breakpoint
CREATE INDEX "collaboration_events_occurred_idx" ON "collaboration_events" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "search_outbox_available_idx" ON "search_outbox" USING btree ("available_at","id");--> statement-breakpoint
CREATE INDEX "audit_log_occurred_idx" ON "audit_log" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_user_id");--> statement-breakpoint
CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");