ALTER TABLE "identities" ADD COLUMN "disabled_from" date;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "unpublished_from" date;--> statement-breakpoint
CREATE UNIQUE INDEX "council_key" ON "council_memberships" USING btree ("agency_id","building_id","person_id","start_date");--> statement-breakpoint
CREATE UNIQUE INDEX "ownerships_key" ON "ownerships" USING btree ("agency_id","lot_id","person_id","start_date");