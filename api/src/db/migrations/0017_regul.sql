CREATE TYPE "public"."tenant_regularisation_status" AS ENUM('PENDING', 'VALIDATED', 'BILLED');--> statement-breakpoint
CREATE TABLE "charge_regularisations" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"lot_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"charges" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"fiscal_code" text DEFAULT '30' NOT NULL,
	"departed_threshold" numeric(14, 2) DEFAULT '10.00' NOT NULL,
	"provision_rate_percent" numeric(7, 2) DEFAULT '100.00' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "charge_regularisations_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "charge_regularisations_period" CHECK ("charge_regularisations"."period_end" >= "charge_regularisations"."period_start")
);
--> statement-breakpoint
CREATE TABLE "tenant_regularisations" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"regularisation_id" uuid NOT NULL,
	"lease_id" uuid NOT NULL,
	"tenant_person_id" uuid NOT NULL,
	"account_id" uuid,
	"days" integer NOT NULL,
	"is_departed" boolean NOT NULL,
	"share" numeric(9, 5) DEFAULT '1.00000' NOT NULL,
	"line_shares" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"extra_charges" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"water" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"provisions" numeric(14, 2) DEFAULT '0' NOT NULL,
	"retained" numeric(14, 2) DEFAULT '0' NOT NULL,
	"instalments" integer DEFAULT 1 NOT NULL,
	"current_monthly_provision" numeric(14, 2) DEFAULT '0' NOT NULL,
	"new_monthly_provision" numeric(14, 2),
	"status" "tenant_regularisation_status" DEFAULT 'PENDING' NOT NULL,
	"billed_amount" numeric(14, 2),
	"billed_on" date,
	"statement_document_id" uuid,
	CONSTRAINT "tenant_regularisations_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "tenant_regularisations_instalments" CHECK ("tenant_regularisations"."instalments" BETWEEN 1 AND 12)
);
--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD COLUMN "fiscal_code" text;--> statement-breakpoint
ALTER TABLE "charge_regularisations" ADD CONSTRAINT "charge_regularisations_agency_id_lot_id_lots_agency_id_id_fk" FOREIGN KEY ("agency_id","lot_id") REFERENCES "public"."lots"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_regularisations" ADD CONSTRAINT "tenant_regularisations_agency_id_regularisation_id_charge_regularisations_agency_id_id_fk" FOREIGN KEY ("agency_id","regularisation_id") REFERENCES "public"."charge_regularisations"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_regularisations" ADD CONSTRAINT "tenant_regularisations_agency_id_lease_id_leases_agency_id_id_fk" FOREIGN KEY ("agency_id","lease_id") REFERENCES "public"."leases"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_regularisations" ADD CONSTRAINT "tenant_regularisations_agency_id_tenant_person_id_persons_agency_id_id_fk" FOREIGN KEY ("agency_id","tenant_person_id") REFERENCES "public"."persons"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_regularisations" ADD CONSTRAINT "tenant_regularisations_agency_id_account_id_accounts_agency_id_id_fk" FOREIGN KEY ("agency_id","account_id") REFERENCES "public"."accounts"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "charge_regularisations_lot" ON "charge_regularisations" USING btree ("agency_id","lot_id","period_end");--> statement-breakpoint
CREATE INDEX "charge_regularisations_created" ON "charge_regularisations" USING btree ("agency_id","created_at","id");--> statement-breakpoint
CREATE INDEX "tenant_regularisations_regularisation" ON "tenant_regularisations" USING btree ("agency_id","regularisation_id");--> statement-breakpoint
CREATE INDEX "tenant_regularisations_lease" ON "tenant_regularisations" USING btree ("agency_id","lease_id");--> statement-breakpoint
-- A billed regularisation record never changes and is never deleted (issue 11: "a billed record can
-- no longer change"); only its statement link may be set once the statement is published.
CREATE OR REPLACE FUNCTION tenant_regularisations_billed_frozen() RETURNS trigger AS $$
BEGIN
  IF OLD.status = 'BILLED' AND (TG_OP = 'DELETE' OR (to_jsonb(NEW) - 'statement_document_id') IS DISTINCT FROM (to_jsonb(OLD) - 'statement_document_id')) THEN
    RAISE EXCEPTION 'a billed regularisation record never changes' USING ERRCODE = 'P0001';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER tenant_regularisations_billed_frozen
  BEFORE UPDATE OR DELETE ON tenant_regularisations
  FOR EACH ROW EXECUTE FUNCTION tenant_regularisations_billed_frozen();

