CREATE TABLE "text_documents" (
	"corpus" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"terms" jsonb NOT NULL,
	"length" integer NOT NULL,
	CONSTRAINT "text_documents_corpus_entity_id_pk" PRIMARY KEY("corpus","entity_id"),
	CONSTRAINT "text_documents_corpus_check" CHECK ("text_documents"."corpus" in ('labs', 'needs'))
);
--> statement-breakpoint
CREATE TABLE "text_terms" (
	"corpus" text NOT NULL,
	"term" text NOT NULL,
	"documents" integer NOT NULL,
	CONSTRAINT "text_terms_corpus_term_pk" PRIMARY KEY("corpus","term"),
	CONSTRAINT "text_terms_corpus_check" CHECK ("text_terms"."corpus" in ('labs', 'needs'))
);
--> statement-breakpoint
-- Matching's term statistics start empty: send every lab and need through the search outbox once,
-- whose worker fills them (and re-sends the documents, which changes nothing in the index).
INSERT INTO "search_outbox" ("entity_type", "entity_id", "entity_version") SELECT 'lab', "id", "version" FROM "labs";--> statement-breakpoint
INSERT INTO "search_outbox" ("entity_type", "entity_id", "entity_version") SELECT 'need', "id", "version" FROM "needs";
