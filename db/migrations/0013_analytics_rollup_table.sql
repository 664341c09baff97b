CREATE TABLE "collaboration_rollup" (
	"day" date NOT NULL,
	"kind" text NOT NULL,
	"funding_source" text NOT NULL,
	"region_code" text NOT NULL,
	"territory_code" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"research_fields" text[] NOT NULL,
	"sectors" text[] NOT NULL,
	"days_to_contract" integer NOT NULL,
	"events" integer NOT NULL,
	"budget_kzt" bigint NOT NULL,
	"publications" integer NOT NULL,
	"patents" integer NOT NULL,
	"prototypes" integer NOT NULL,
	"products" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "collaboration_rollup_dimension" (
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"grain" text NOT NULL,
	"day" date NOT NULL,
	"kind" text NOT NULL,
	"funding_source" text NOT NULL,
	"days_bucket" integer NOT NULL,
	"events" integer NOT NULL,
	"budget_kzt" bigint NOT NULL,
	"publications" integer NOT NULL,
	"patents" integer NOT NULL,
	"prototypes" integer NOT NULL,
	"products" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "need_funnel_rollup" (
	"need_id" uuid PRIMARY KEY NOT NULL,
	"first_proposed_at" timestamp with time zone,
	"collaborations" integer NOT NULL,
	"contracted" integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "collaboration_rollup_group_unique" ON "collaboration_rollup" USING btree ("day","kind","funding_source","region_code","territory_code","organisation_id","research_fields","sectors","days_to_contract");--> statement-breakpoint
CREATE INDEX "collaboration_rollup_contract_day_idx" ON "collaboration_rollup" USING btree ("day") WHERE "collaboration_rollup"."kind" = 'contracted';--> statement-breakpoint
CREATE INDEX "collaboration_rollup_region_day_idx" ON "collaboration_rollup" USING btree ("region_code","day");--> statement-breakpoint
CREATE INDEX "collaboration_rollup_contract_bucket_idx" ON "collaboration_rollup" USING btree (floor("days_to_contract" / 10.0),"day") WHERE "collaboration_rollup"."kind" = 'contracted';--> statement-breakpoint
CREATE UNIQUE INDEX "collaboration_rollup_dimension_unique" ON "collaboration_rollup_dimension" USING btree ("dimension","grain","kind","day","funding_source","days_bucket","key");--> statement-breakpoint
CREATE INDEX "collaboration_rollup_dimension_key_idx" ON "collaboration_rollup_dimension" USING btree ("dimension","key","kind","day") WHERE "collaboration_rollup_dimension"."grain" = 'day';--> statement-breakpoint
CREATE INDEX "collaboration_rollup_dimension_days_idx" ON "collaboration_rollup_dimension" USING btree ("dimension","kind","days_bucket","day") WHERE "collaboration_rollup_dimension"."grain" = 'month';