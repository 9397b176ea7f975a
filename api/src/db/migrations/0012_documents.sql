CREATE TYPE "public"."agency_wide_audience" AS ENUM('COUNCILS', 'ALL_COOWNERS');--> statement-breakpoint
CREATE TYPE "public"."binder_key" AS ENUM('INVOICES', 'SYNDIC_DOCUMENTS');--> statement-breakpoint
CREATE TYPE "public"."binder_module" AS ENUM('GERANCE', 'SYNDIC');--> statement-breakpoint
CREATE TYPE "public"."syndic_level" AS ENUM('PRESIDENT', 'COUNCIL', 'ALL_COOWNERS');--> statement-breakpoint
CREATE TABLE "binders" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"module" "binder_module" NOT NULL,
	"name" text NOT NULL,
	"key" "binder_key",
	"syndic_level" "syndic_level",
	"owner_access" boolean DEFAULT false NOT NULL,
	"tenant_access" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "binders_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"binder_id" uuid NOT NULL,
	"title" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"person_id" uuid,
	"account_id" uuid,
	"lease_id" uuid,
	"lot_id" uuid,
	"building_id" uuid,
	"agency_wide" "agency_wide_audience",
	"published_on" date NOT NULL,
	"expires_on" date,
	"is_published" boolean DEFAULT true NOT NULL,
	"dossier" text,
	"notify" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "documents_one_target" CHECK (num_nonnulls("documents"."person_id", "documents"."account_id", "documents"."lease_id", "documents"."lot_id", "documents"."building_id", "documents"."agency_wide") = 1),
	CONSTRAINT "documents_period" CHECK ("documents"."expires_on" IS NULL OR "documents"."expires_on" > "documents"."published_on")
);
--> statement-breakpoint
CREATE TABLE "uploads" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"uploader_person_id" uuid,
	"uploader_token_id" uuid,
	"storage_key" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "uploads_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
ALTER TABLE "binders" ADD CONSTRAINT "binders_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_agency_id_binder_id_binders_agency_id_id_fk" FOREIGN KEY ("agency_id","binder_id") REFERENCES "public"."binders"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_agency_id_person_id_persons_agency_id_id_fk" FOREIGN KEY ("agency_id","person_id") REFERENCES "public"."persons"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_agency_id_account_id_accounts_agency_id_id_fk" FOREIGN KEY ("agency_id","account_id") REFERENCES "public"."accounts"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_agency_id_lease_id_leases_agency_id_id_fk" FOREIGN KEY ("agency_id","lease_id") REFERENCES "public"."leases"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_agency_id_lot_id_lots_agency_id_id_fk" FOREIGN KEY ("agency_id","lot_id") REFERENCES "public"."lots"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_agency_id_building_id_buildings_agency_id_id_fk" FOREIGN KEY ("agency_id","building_id") REFERENCES "public"."buildings"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "binders_name" ON "binders" USING btree ("agency_id","module","name");--> statement-breakpoint
CREATE UNIQUE INDEX "binders_key" ON "binders" USING btree ("agency_id","key");--> statement-breakpoint
CREATE INDEX "documents_binder_published" ON "documents" USING btree ("agency_id","binder_id","published_on","id");--> statement-breakpoint
CREATE INDEX "documents_published" ON "documents" USING btree ("agency_id","published_on","id");--> statement-breakpoint
CREATE INDEX "documents_building" ON "documents" USING btree ("agency_id","building_id");--> statement-breakpoint
CREATE INDEX "documents_account" ON "documents" USING btree ("agency_id","account_id");--> statement-breakpoint
CREATE INDEX "documents_person" ON "documents" USING btree ("agency_id","person_id");--> statement-breakpoint
CREATE INDEX "documents_lease" ON "documents" USING btree ("agency_id","lease_id");--> statement-breakpoint
CREATE INDEX "documents_lot" ON "documents" USING btree ("agency_id","lot_id");--> statement-breakpoint
CREATE INDEX "documents_storage" ON "documents" USING btree ("storage_key");--> statement-breakpoint
CREATE INDEX "uploads_expiry" ON "uploads" USING btree ("expires_at");--> statement-breakpoint
-- Every agency gets the manual's default binders ("Classeurs Gérance", "Classeurs Syndic"):
-- documents/default-binders.ts holds the same list (binder-manage.test.ts compares them).
CREATE OR REPLACE FUNCTION create_default_binders(target uuid) RETURNS void AS $$
  INSERT INTO binders (agency_id, module, name, key, syndic_level, owner_access, tenant_access)
  SELECT target, d.module, d.name, d.key, d.syndic_level, d.owner_access, d.tenant_access
  FROM (VALUES
    ('GERANCE'::binder_module, 'Avis', NULL::binder_key, NULL::syndic_level, true, true),
    ('GERANCE'::binder_module, 'Baux', NULL::binder_key, NULL::syndic_level, true, true),
    ('GERANCE'::binder_module, 'Contrats d''entretien', NULL::binder_key, NULL::syndic_level, true, false),
    ('GERANCE'::binder_module, 'Courriers / Autres', NULL::binder_key, NULL::syndic_level, true, true),
    ('GERANCE'::binder_module, 'Courriers / Locataires', NULL::binder_key, NULL::syndic_level, true, true),
    ('GERANCE'::binder_module, 'Courriers / Propriétaires', NULL::binder_key, NULL::syndic_level, true, false),
    ('GERANCE'::binder_module, 'Divers / Autres', NULL::binder_key, NULL::syndic_level, true, true),
    ('GERANCE'::binder_module, 'Divers / Locataires', NULL::binder_key, NULL::syndic_level, true, true),
    ('GERANCE'::binder_module, 'Divers / Propriétaires', NULL::binder_key, NULL::syndic_level, true, false),
    ('GERANCE'::binder_module, 'Etat des lieux', NULL::binder_key, NULL::syndic_level, true, true),
    ('GERANCE'::binder_module, 'Mandats', NULL::binder_key, NULL::syndic_level, true, false),
    ('GERANCE'::binder_module, 'Quittance & reçus', NULL::binder_key, NULL::syndic_level, true, true),
    ('GERANCE'::binder_module, 'Relances', NULL::binder_key, NULL::syndic_level, true, true),
    ('GERANCE'::binder_module, 'Relevés de gérance', NULL::binder_key, NULL::syndic_level, true, false),
    ('GERANCE'::binder_module, 'Revenus fonciers', NULL::binder_key, NULL::syndic_level, true, false),
    ('GERANCE'::binder_module, 'Travaux', NULL::binder_key, NULL::syndic_level, false, false),
    ('SYNDIC'::binder_module, 'Assemblées Générales', NULL::binder_key, 'ALL_COOWNERS'::syndic_level, false, false),
    ('SYNDIC'::binder_module, 'Bordereaux', NULL::binder_key, 'ALL_COOWNERS'::syndic_level, false, false),
    ('SYNDIC'::binder_module, 'C.R.', NULL::binder_key, 'ALL_COOWNERS'::syndic_level, false, false),
    ('SYNDIC'::binder_module, 'Carnet d''entretien', NULL::binder_key, 'ALL_COOWNERS'::syndic_level, false, false),
    ('SYNDIC'::binder_module, 'Conseil syndical', NULL::binder_key, 'COUNCIL'::syndic_level, false, false),
    ('SYNDIC'::binder_module, 'Contentieux - Relances', NULL::binder_key, 'ALL_COOWNERS'::syndic_level, false, false),
    ('SYNDIC'::binder_module, 'Contrat syndical', NULL::binder_key, 'ALL_COOWNERS'::syndic_level, false, false),
    ('SYNDIC'::binder_module, 'Courriers', NULL::binder_key, 'ALL_COOWNERS'::syndic_level, false, false),
    ('SYNDIC'::binder_module, 'Divers', NULL::binder_key, 'ALL_COOWNERS'::syndic_level, false, false),
    ('SYNDIC'::binder_module, 'Documents du syndic', 'SYNDIC_DOCUMENTS'::binder_key, 'ALL_COOWNERS'::syndic_level, false, false),
    ('SYNDIC'::binder_module, 'Factures', 'INVOICES'::binder_key, 'COUNCIL'::syndic_level, false, false),
    ('SYNDIC'::binder_module, 'Interventions - Travaux', NULL::binder_key, 'ALL_COOWNERS'::syndic_level, false, false),
    ('SYNDIC'::binder_module, 'Règlement de copropriété', NULL::binder_key, 'ALL_COOWNERS'::syndic_level, false, false),
    ('SYNDIC'::binder_module, 'Relevés des charges et produits', NULL::binder_key, 'ALL_COOWNERS'::syndic_level, false, false)
  ) AS d(module, name, key, syndic_level, owner_access, tenant_access)
  ON CONFLICT DO NOTHING;
$$ LANGUAGE sql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION agencies_default_binders() RETURNS trigger AS $$
BEGIN
  PERFORM create_default_binders(NEW.id);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER agencies_default_binders AFTER INSERT ON agencies FOR EACH ROW EXECUTE FUNCTION agencies_default_binders();
--> statement-breakpoint
-- The agencies that existed before this migration get them too.
SELECT create_default_binders(id) FROM agencies;
