CREATE TYPE "public"."balance_presentation" AS ENUM('CREDIT_MINUS_DEBIT', 'DEBIT_MINUS_CREDIT');--> statement-breakpoint
CREATE TYPE "public"."entity_kind" AS ENUM('GERANCE', 'SYNDIC');--> statement-breakpoint
CREATE TYPE "public"."staff_role" AS ENUM('MANAGER');--> statement-breakpoint
CREATE TYPE "public"."council_role" AS ENUM('MEMBER', 'PRESIDENT');--> statement-breakpoint
CREATE TYPE "public"."account_kind" AS ENUM('COOWNER', 'OWNER', 'TENANT', 'OTHER');--> statement-breakpoint
CREATE TABLE "agencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agencies_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "agency_settings" (
	"agency_id" uuid PRIMARY KEY NOT NULL,
	"balance_presentation" "balance_presentation" DEFAULT 'CREDIT_MINUS_DEBIT' NOT NULL,
	"disable_access_on_notice" boolean DEFAULT false NOT NULL,
	"disable_access_on_departure" boolean DEFAULT true NOT NULL,
	"disable_access_on_sale" boolean DEFAULT true NOT NULL,
	"hide_syndicate_bank_details" boolean DEFAULT false NOT NULL,
	"owner_sees_tenant_accounts" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entities" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"kind" "entity_kind" NOT NULL,
	"name" text NOT NULL,
	"iban" text,
	"bic" text,
	CONSTRAINT "entities_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"scopes" text[] NOT NULL,
	"created_by_person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "identities" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"login" text NOT NULL,
	"password_hash" text NOT NULL,
	"must_change_password" boolean DEFAULT true NOT NULL,
	"is_enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "identities_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "outbox_emails" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"recipient" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "outbox_emails_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "password_resets" (
	"agency_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"identity_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "password_resets_token_hash_pk" PRIMARY KEY("token_hash")
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"civility" text DEFAULT '' NOT NULL,
	"display_name" text NOT NULL,
	"address_line1" text DEFAULT '' NOT NULL,
	"address_line2" text DEFAULT '' NOT NULL,
	"postal_code" text DEFAULT '' NOT NULL,
	"city" text DEFAULT '' NOT NULL,
	"emails" text[] DEFAULT '{}'::text[] NOT NULL,
	"phones" text[] DEFAULT '{}'::text[] NOT NULL,
	"notify_new_documents" boolean DEFAULT true NOT NULL,
	CONSTRAINT "persons_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"agency_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"identity_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "sessions_token_hash_pk" PRIMARY KEY("token_hash")
);
--> statement-breakpoint
CREATE TABLE "sign_in_throttles" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_failure_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "staff_members" (
	"agency_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" "staff_role" DEFAULT 'MANAGER' NOT NULL,
	CONSTRAINT "staff_members_agency_id_person_id_pk" PRIMARY KEY("agency_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "allocation_keys" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"building_id" uuid NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	CONSTRAINT "allocation_keys_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "buildings" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"address_line1" text DEFAULT '' NOT NULL,
	"postal_code" text DEFAULT '' NOT NULL,
	"city" text DEFAULT '' NOT NULL,
	"syndicate_entity_id" uuid,
	CONSTRAINT "buildings_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "council_memberships" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"building_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" "council_role" NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	CONSTRAINT "council_memberships_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "lot_shares" (
	"agency_id" uuid NOT NULL,
	"allocation_key_id" uuid NOT NULL,
	"lot_id" uuid NOT NULL,
	"shares" numeric(14, 5) NOT NULL,
	CONSTRAINT "lot_shares_agency_id_allocation_key_id_lot_id_pk" PRIMARY KEY("agency_id","allocation_key_id","lot_id")
);
--> statement-breakpoint
CREATE TABLE "lots" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"building_id" uuid NOT NULL,
	"code" text NOT NULL,
	"type" text NOT NULL,
	"floor" text,
	"surface" numeric(10, 2),
	"rooms" integer,
	CONSTRAINT "lots_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "ownerships" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"lot_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"account_id" uuid,
	"start_date" date NOT NULL,
	"end_date" date,
	CONSTRAINT "ownerships_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "leases" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"lot_id" uuid NOT NULL,
	"tenant_person_id" uuid NOT NULL,
	"account_id" uuid,
	"start_date" date NOT NULL,
	"notice_date" date,
	"departure_date" date,
	CONSTRAINT "leases_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "management_mandates" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"owner_person_id" uuid NOT NULL,
	"account_id" uuid,
	"start_date" date NOT NULL,
	"end_date" date,
	CONSTRAINT "management_mandates_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "mandate_lots" (
	"agency_id" uuid NOT NULL,
	"mandate_id" uuid NOT NULL,
	"lot_id" uuid NOT NULL,
	CONSTRAINT "mandate_lots_agency_id_mandate_id_lot_id_pk" PRIMARY KEY("agency_id","mandate_id","lot_id")
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"person_id" uuid,
	"number" text NOT NULL,
	"label" text NOT NULL,
	"kind" "account_kind" NOT NULL,
	"is_published" boolean DEFAULT true NOT NULL,
	"balance" numeric(14, 2) DEFAULT '0' NOT NULL,
	CONSTRAINT "accounts_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"agency_id" uuid NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "ledger_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"account_id" uuid NOT NULL,
	"entry_date" date NOT NULL,
	"label" text NOT NULL,
	"debit" numeric(14, 2) DEFAULT '0' NOT NULL,
	"credit" numeric(14, 2) DEFAULT '0' NOT NULL,
	"external_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_entries_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "ledger_entries_amounts" CHECK ("ledger_entries"."debit" >= 0 AND "ledger_entries"."credit" >= 0)
);
--> statement-breakpoint
ALTER TABLE "agency_settings" ADD CONSTRAINT "agency_settings_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entities" ADD CONSTRAINT "entities_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identities" ADD CONSTRAINT "identities_agency_id_person_id_persons_agency_id_id_fk" FOREIGN KEY ("agency_id","person_id") REFERENCES "public"."persons"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "password_resets" ADD CONSTRAINT "password_resets_agency_id_identity_id_identities_agency_id_id_fk" FOREIGN KEY ("agency_id","identity_id") REFERENCES "public"."identities"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_agency_id_identity_id_identities_agency_id_id_fk" FOREIGN KEY ("agency_id","identity_id") REFERENCES "public"."identities"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_members" ADD CONSTRAINT "staff_members_agency_id_person_id_persons_agency_id_id_fk" FOREIGN KEY ("agency_id","person_id") REFERENCES "public"."persons"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_keys" ADD CONSTRAINT "allocation_keys_agency_id_building_id_buildings_agency_id_id_fk" FOREIGN KEY ("agency_id","building_id") REFERENCES "public"."buildings"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buildings" ADD CONSTRAINT "buildings_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buildings" ADD CONSTRAINT "buildings_agency_id_syndicate_entity_id_entities_agency_id_id_fk" FOREIGN KEY ("agency_id","syndicate_entity_id") REFERENCES "public"."entities"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_memberships" ADD CONSTRAINT "council_memberships_agency_id_building_id_buildings_agency_id_id_fk" FOREIGN KEY ("agency_id","building_id") REFERENCES "public"."buildings"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_memberships" ADD CONSTRAINT "council_memberships_agency_id_person_id_persons_agency_id_id_fk" FOREIGN KEY ("agency_id","person_id") REFERENCES "public"."persons"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lot_shares" ADD CONSTRAINT "lot_shares_agency_id_allocation_key_id_allocation_keys_agency_id_id_fk" FOREIGN KEY ("agency_id","allocation_key_id") REFERENCES "public"."allocation_keys"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lot_shares" ADD CONSTRAINT "lot_shares_agency_id_lot_id_lots_agency_id_id_fk" FOREIGN KEY ("agency_id","lot_id") REFERENCES "public"."lots"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lots" ADD CONSTRAINT "lots_agency_id_building_id_buildings_agency_id_id_fk" FOREIGN KEY ("agency_id","building_id") REFERENCES "public"."buildings"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ownerships" ADD CONSTRAINT "ownerships_agency_id_lot_id_lots_agency_id_id_fk" FOREIGN KEY ("agency_id","lot_id") REFERENCES "public"."lots"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ownerships" ADD CONSTRAINT "ownerships_agency_id_person_id_persons_agency_id_id_fk" FOREIGN KEY ("agency_id","person_id") REFERENCES "public"."persons"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ownerships" ADD CONSTRAINT "ownerships_agency_id_account_id_accounts_agency_id_id_fk" FOREIGN KEY ("agency_id","account_id") REFERENCES "public"."accounts"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leases" ADD CONSTRAINT "leases_agency_id_lot_id_lots_agency_id_id_fk" FOREIGN KEY ("agency_id","lot_id") REFERENCES "public"."lots"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leases" ADD CONSTRAINT "leases_agency_id_tenant_person_id_persons_agency_id_id_fk" FOREIGN KEY ("agency_id","tenant_person_id") REFERENCES "public"."persons"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leases" ADD CONSTRAINT "leases_agency_id_account_id_accounts_agency_id_id_fk" FOREIGN KEY ("agency_id","account_id") REFERENCES "public"."accounts"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "management_mandates" ADD CONSTRAINT "management_mandates_agency_id_owner_person_id_persons_agency_id_id_fk" FOREIGN KEY ("agency_id","owner_person_id") REFERENCES "public"."persons"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "management_mandates" ADD CONSTRAINT "management_mandates_agency_id_account_id_accounts_agency_id_id_fk" FOREIGN KEY ("agency_id","account_id") REFERENCES "public"."accounts"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mandate_lots" ADD CONSTRAINT "mandate_lots_agency_id_mandate_id_management_mandates_agency_id_id_fk" FOREIGN KEY ("agency_id","mandate_id") REFERENCES "public"."management_mandates"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mandate_lots" ADD CONSTRAINT "mandate_lots_agency_id_lot_id_lots_agency_id_id_fk" FOREIGN KEY ("agency_id","lot_id") REFERENCES "public"."lots"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_agency_id_entity_id_entities_agency_id_id_fk" FOREIGN KEY ("agency_id","entity_id") REFERENCES "public"."entities"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_agency_id_person_id_persons_agency_id_id_fk" FOREIGN KEY ("agency_id","person_id") REFERENCES "public"."persons"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_agency_id_account_id_accounts_agency_id_id_fk" FOREIGN KEY ("agency_id","account_id") REFERENCES "public"."accounts"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "api_tokens_hash" ON "api_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "identities_login" ON "identities" USING btree (upper("login"));--> statement-breakpoint
CREATE UNIQUE INDEX "identities_person" ON "identities" USING btree ("agency_id","person_id");--> statement-breakpoint
CREATE INDEX "persons_name_trgm" ON "persons" USING gin (lower("display_name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "persons_agency_name" ON "persons" USING btree ("agency_id",lower("display_name"),"id");--> statement-breakpoint
CREATE INDEX "sessions_identity" ON "sessions" USING btree ("agency_id","identity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "allocation_keys_code" ON "allocation_keys" USING btree ("agency_id","building_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "buildings_code" ON "buildings" USING btree ("agency_id","code");--> statement-breakpoint
CREATE INDEX "council_person" ON "council_memberships" USING btree ("agency_id","person_id");--> statement-breakpoint
CREATE INDEX "council_building" ON "council_memberships" USING btree ("agency_id","building_id");--> statement-breakpoint
CREATE INDEX "lot_shares_lot" ON "lot_shares" USING btree ("agency_id","lot_id");--> statement-breakpoint
CREATE UNIQUE INDEX "lots_code" ON "lots" USING btree ("agency_id","code");--> statement-breakpoint
CREATE INDEX "lots_building" ON "lots" USING btree ("agency_id","building_id","code");--> statement-breakpoint
CREATE INDEX "ownerships_person" ON "ownerships" USING btree ("agency_id","person_id");--> statement-breakpoint
CREATE INDEX "ownerships_lot" ON "ownerships" USING btree ("agency_id","lot_id");--> statement-breakpoint
CREATE INDEX "leases_tenant" ON "leases" USING btree ("agency_id","tenant_person_id");--> statement-breakpoint
CREATE INDEX "leases_lot" ON "leases" USING btree ("agency_id","lot_id");--> statement-breakpoint
CREATE INDEX "mandates_owner" ON "management_mandates" USING btree ("agency_id","owner_person_id");--> statement-breakpoint
CREATE INDEX "mandate_lots_lot" ON "mandate_lots" USING btree ("agency_id","lot_id");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_number" ON "accounts" USING btree ("agency_id","entity_id","number");--> statement-breakpoint
CREATE INDEX "accounts_person" ON "accounts" USING btree ("agency_id","person_id");--> statement-breakpoint
CREATE INDEX "ledger_entries_account_date" ON "ledger_entries" USING btree ("agency_id","account_id","entry_date","id");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_entries_external" ON "ledger_entries" USING btree ("agency_id","external_id");