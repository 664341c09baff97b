DROP INDEX "organisations_bin_unique";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "totp_last_step" integer;--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_bin_unique" ON "organisations" USING btree ("bin") WHERE "organisations"."verified_at" is not null;