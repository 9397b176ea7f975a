ALTER TABLE "agencies" ADD COLUMN "legal_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "legal_form" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "siret" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "professional_card_number" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "professional_card_issuer" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "financial_guarantee" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "buildings" ADD COLUMN "address_line2" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "leases" ADD COLUMN "external_id" text;--> statement-breakpoint
CREATE UNIQUE INDEX "entities_code" ON "entities" USING btree ("agency_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "persons_external" ON "persons" USING btree ("agency_id","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "leases_external" ON "leases" USING btree ("agency_id","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mandates_code" ON "management_mandates" USING btree ("agency_id","code");