CREATE TABLE "listing_stats" (
	"kind" text NOT NULL,
	"listing_id" uuid NOT NULL,
	"day" date NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	"search_appearances" integer DEFAULT 0 NOT NULL,
	"matches_shown" integer DEFAULT 0 NOT NULL,
	"proposals_received" integer DEFAULT 0 NOT NULL,
	"invitations_received" integer DEFAULT 0 NOT NULL,
	"questions" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "listing_stats_kind_listing_id_day_pk" PRIMARY KEY("kind","listing_id","day"),
	CONSTRAINT "listing_stats_kind" CHECK ("listing_stats"."kind" in ('lab', 'need'))
);
--> statement-breakpoint
CREATE TABLE "listing_stats_readers" (
	"kind" text NOT NULL,
	"listing_id" uuid NOT NULL,
	"day" date NOT NULL,
	"reader" "bytea" NOT NULL,
	CONSTRAINT "listing_stats_readers_kind_listing_id_day_reader_pk" PRIMARY KEY("kind","listing_id","day","reader")
);
--> statement-breakpoint
CREATE INDEX "listing_stats_readers_day_idx" ON "listing_stats_readers" USING btree ("day");