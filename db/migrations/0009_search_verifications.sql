CREATE TABLE "search_verifications" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "search_verifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"available_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_verifications_entity_type_check" CHECK ("search_verifications"."entity_type" in ('lab', 'need', 'organisation'))
);
--> statement-breakpoint
CREATE INDEX "search_verifications_available_idx" ON "search_verifications" USING btree ("available_at","id");