DROP INDEX "collaborations_need_idx";--> statement-breakpoint
CREATE INDEX "collaborations_need_created_idx" ON "collaborations" USING btree ("need_id","created_at","contracted_at");