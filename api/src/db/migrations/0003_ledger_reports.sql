CREATE TABLE "account_month_totals" (
	"agency_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"month" date NOT NULL,
	"debit" numeric(16, 2) DEFAULT '0' NOT NULL,
	"credit" numeric(16, 2) DEFAULT '0' NOT NULL,
	"not_paid_back_debit" numeric(16, 2) DEFAULT '0' NOT NULL,
	"not_paid_back_credit" numeric(16, 2) DEFAULT '0' NOT NULL,
	CONSTRAINT "account_month_totals_agency_id_account_id_month_pk" PRIMARY KEY("agency_id","account_id","month")
);
--> statement-breakpoint
CREATE TABLE "expenses" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text NOT NULL,
	"fiscal_year_id" uuid NOT NULL,
	"building_id" uuid NOT NULL,
	"allocation_key_id" uuid NOT NULL,
	"account_number" text NOT NULL,
	"account_label" text NOT NULL,
	"expense_date" date NOT NULL,
	"label" text NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"vat" numeric(14, 2) DEFAULT '0' NOT NULL,
	"deductible" numeric(14, 2) DEFAULT '0' NOT NULL,
	"recoverable" numeric(14, 2) DEFAULT '0' NOT NULL,
	"invoice_file" text,
	CONSTRAINT "expenses_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "fiscal_years" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"code" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"is_open" boolean DEFAULT true NOT NULL,
	CONSTRAINT "fiscal_years_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "fiscal_years_dates" CHECK ("fiscal_years"."end_date" >= "fiscal_years"."start_date")
);
--> statement-breakpoint
CREATE TABLE "works_fund_lines" (
	"agency_id" uuid NOT NULL,
	"lot_id" uuid NOT NULL,
	"account_number" text NOT NULL,
	"label" text NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	CONSTRAINT "works_fund_lines_agency_id_lot_id_account_number_pk" PRIMARY KEY("agency_id","lot_id","account_number")
);
--> statement-breakpoint
ALTER TABLE "agency_settings" ADD COLUMN "account_module_enabled" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "agency_settings" ADD COLUMN "group_treasury_for_owners" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "agency_settings" ADD COLUMN "group_treasury_for_tenants" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "agency_settings" ADD COLUMN "group_treasury_for_co_owners" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "agency_settings" ADD COLUMN "exclude_analytics_not_paid_back" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "agency_settings" ADD COLUMN "works_fund_includes_102" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "agency_settings" ADD COLUMN "expense_list_enabled" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD COLUMN "is_treasury" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD COLUMN "is_analytic_not_paid_back" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "account_month_totals" ADD CONSTRAINT "account_month_totals_agency_id_account_id_accounts_agency_id_id_fk" FOREIGN KEY ("agency_id","account_id") REFERENCES "public"."accounts"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_agency_id_fiscal_year_id_fiscal_years_agency_id_id_fk" FOREIGN KEY ("agency_id","fiscal_year_id") REFERENCES "public"."fiscal_years"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_agency_id_building_id_buildings_agency_id_id_fk" FOREIGN KEY ("agency_id","building_id") REFERENCES "public"."buildings"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_agency_id_allocation_key_id_allocation_keys_agency_id_id_fk" FOREIGN KEY ("agency_id","allocation_key_id") REFERENCES "public"."allocation_keys"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fiscal_years" ADD CONSTRAINT "fiscal_years_agency_id_entity_id_entities_agency_id_id_fk" FOREIGN KEY ("agency_id","entity_id") REFERENCES "public"."entities"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "works_fund_lines" ADD CONSTRAINT "works_fund_lines_agency_id_lot_id_lots_agency_id_id_fk" FOREIGN KEY ("agency_id","lot_id") REFERENCES "public"."lots"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "expenses_external" ON "expenses" USING btree ("agency_id","external_id");--> statement-breakpoint
CREATE INDEX "expenses_list" ON "expenses" USING btree ("agency_id","building_id","fiscal_year_id","allocation_key_id","account_number","expense_date","id");--> statement-breakpoint
CREATE UNIQUE INDEX "fiscal_years_code" ON "fiscal_years" USING btree ("agency_id","entity_id","code");