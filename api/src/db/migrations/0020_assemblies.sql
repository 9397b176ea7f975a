CREATE TYPE "public"."assembly_kind" AS ENUM('ORDINARY', 'EXTRAORDINARY');--> statement-breakpoint
CREATE TYPE "public"."attendance_status" AS ENUM('ABSENT', 'PRESENT', 'REPRESENTED', 'REMOTE', 'POSTAL');--> statement-breakpoint
CREATE TYPE "public"."ballot_kind" AS ENUM('FIRST', 'SECOND');--> statement-breakpoint
CREATE TYPE "public"."postal_choice" AS ENUM('YES', 'NO', 'ABSTAIN');--> statement-breakpoint
CREATE TYPE "public"."resolution_majority" AS ENUM('ARTICLE_24', 'ARTICLE_25', 'ARTICLE_26', 'UNANIMITY');--> statement-breakpoint
CREATE TYPE "public"."vote_choice" AS ENUM('YES', 'NO', 'ABSTAIN', 'NOT_VOTING');--> statement-breakpoint
CREATE TABLE "assembly_participant_shares" (
	"agency_id" uuid NOT NULL,
	"assembly_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"allocation_key_id" uuid NOT NULL,
	"shares" numeric(14, 5) NOT NULL,
	CONSTRAINT "assembly_participant_shares_agency_id_participant_id_allocation_key_id_pk" PRIMARY KEY("agency_id","participant_id","allocation_key_id")
);
--> statement-breakpoint
CREATE TABLE "assembly_participants" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"assembly_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"display_name" text NOT NULL,
	"account_number" text,
	"status" "attendance_status" DEFAULT 'ABSENT' NOT NULL,
	"proxy_holder_participant_id" uuid,
	"proxy_holder_name" text,
	"postal_form_received_on" date,
	"postal_cast_at" timestamp with time zone,
	"arrival_resolution_number" text,
	"arrival_time" text,
	"arrival_status" "attendance_status",
	"departure_resolution_number" text,
	"departure_time" text,
	CONSTRAINT "assembly_participants_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "assembly_participants_arrival_status" CHECK ("assembly_participants"."arrival_status" IS NULL OR "assembly_participants"."arrival_status" IN ('PRESENT', 'REMOTE'))
);
--> statement-breakpoint
CREATE TABLE "assembly_vote_audit" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"assembly_id" uuid NOT NULL,
	"table_name" text NOT NULL,
	"operation" text NOT NULL,
	"actor" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"before" jsonb,
	"after" jsonb,
	CONSTRAINT "assembly_vote_audit_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "assembly_votes" (
	"agency_id" uuid NOT NULL,
	"assembly_id" uuid NOT NULL,
	"resolution_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"ballot" "ballot_kind" NOT NULL,
	"choice" "vote_choice" NOT NULL,
	CONSTRAINT "assembly_votes_agency_id_resolution_id_participant_id_ballot_pk" PRIMARY KEY("agency_id","resolution_id","participant_id","ballot")
);
--> statement-breakpoint
CREATE TABLE "general_assemblies" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"building_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" "assembly_kind" NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"place" text,
	"reference" text,
	"attendance_key_id" uuid NOT NULL,
	"chair_name" text,
	"secretary_name" text,
	"scrutineer_names" text[] DEFAULT '{}'::text[] NOT NULL,
	"report_published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "general_assemblies_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "postal_votes" (
	"agency_id" uuid NOT NULL,
	"assembly_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"resolution_id" uuid NOT NULL,
	"choice" "postal_choice" NOT NULL,
	CONSTRAINT "postal_votes_agency_id_participant_id_resolution_id_pk" PRIMARY KEY("agency_id","participant_id","resolution_id")
);
--> statement-breakpoint
CREATE TABLE "resolutions" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"assembly_id" uuid NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"text" text,
	"majority" "resolution_majority" NOT NULL,
	"allocation_key_id" uuid NOT NULL,
	"amended" boolean DEFAULT false NOT NULL,
	CONSTRAINT "resolutions_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
ALTER TABLE "assembly_participant_shares" ADD CONSTRAINT "assembly_participant_shares_agency_id_participant_id_assembly_participants_agency_id_id_fk" FOREIGN KEY ("agency_id","participant_id") REFERENCES "public"."assembly_participants"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_participant_shares" ADD CONSTRAINT "assembly_participant_shares_agency_id_allocation_key_id_allocation_keys_agency_id_id_fk" FOREIGN KEY ("agency_id","allocation_key_id") REFERENCES "public"."allocation_keys"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_participants" ADD CONSTRAINT "assembly_participants_agency_id_assembly_id_general_assemblies_agency_id_id_fk" FOREIGN KEY ("agency_id","assembly_id") REFERENCES "public"."general_assemblies"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_participants" ADD CONSTRAINT "assembly_participants_agency_id_person_id_persons_agency_id_id_fk" FOREIGN KEY ("agency_id","person_id") REFERENCES "public"."persons"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_participants" ADD CONSTRAINT "assembly_participants_agency_id_proxy_holder_participant_id_assembly_participants_agency_id_id_fk" FOREIGN KEY ("agency_id","proxy_holder_participant_id") REFERENCES "public"."assembly_participants"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_votes" ADD CONSTRAINT "assembly_votes_agency_id_resolution_id_resolutions_agency_id_id_fk" FOREIGN KEY ("agency_id","resolution_id") REFERENCES "public"."resolutions"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_votes" ADD CONSTRAINT "assembly_votes_agency_id_participant_id_assembly_participants_agency_id_id_fk" FOREIGN KEY ("agency_id","participant_id") REFERENCES "public"."assembly_participants"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "general_assemblies" ADD CONSTRAINT "general_assemblies_agency_id_building_id_buildings_agency_id_id_fk" FOREIGN KEY ("agency_id","building_id") REFERENCES "public"."buildings"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "general_assemblies" ADD CONSTRAINT "general_assemblies_agency_id_attendance_key_id_allocation_keys_agency_id_id_fk" FOREIGN KEY ("agency_id","attendance_key_id") REFERENCES "public"."allocation_keys"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postal_votes" ADD CONSTRAINT "postal_votes_agency_id_participant_id_assembly_participants_agency_id_id_fk" FOREIGN KEY ("agency_id","participant_id") REFERENCES "public"."assembly_participants"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postal_votes" ADD CONSTRAINT "postal_votes_agency_id_resolution_id_resolutions_agency_id_id_fk" FOREIGN KEY ("agency_id","resolution_id") REFERENCES "public"."resolutions"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolutions" ADD CONSTRAINT "resolutions_agency_id_assembly_id_general_assemblies_agency_id_id_fk" FOREIGN KEY ("agency_id","assembly_id") REFERENCES "public"."general_assemblies"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolutions" ADD CONSTRAINT "resolutions_agency_id_allocation_key_id_allocation_keys_agency_id_id_fk" FOREIGN KEY ("agency_id","allocation_key_id") REFERENCES "public"."allocation_keys"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assembly_participant_shares_assembly" ON "assembly_participant_shares" USING btree ("agency_id","assembly_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assembly_participants_person" ON "assembly_participants" USING btree ("agency_id","assembly_id","person_id");--> statement-breakpoint
CREATE INDEX "assembly_participants_person_lookup" ON "assembly_participants" USING btree ("agency_id","person_id");--> statement-breakpoint
CREATE INDEX "assembly_participants_order" ON "assembly_participants" USING btree ("agency_id","assembly_id","display_name","id");--> statement-breakpoint
CREATE INDEX "assembly_vote_audit_assembly" ON "assembly_vote_audit" USING btree ("agency_id","assembly_id","at");--> statement-breakpoint
CREATE INDEX "assembly_votes_assembly" ON "assembly_votes" USING btree ("agency_id","assembly_id");--> statement-breakpoint
CREATE INDEX "general_assemblies_building" ON "general_assemblies" USING btree ("agency_id","building_id","starts_at");--> statement-breakpoint
CREATE INDEX "postal_votes_assembly" ON "postal_votes" USING btree ("agency_id","assembly_id");--> statement-breakpoint
CREATE UNIQUE INDEX "resolutions_number" ON "resolutions" USING btree ("agency_id","assembly_id","number");--> statement-breakpoint
-- Every vote write is audited (issue 10): who (the service sets palier.actor in the transaction),
-- when, the row before and after. Unchanged rewrites leave no trace.
CREATE FUNCTION assembly_vote_audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_row jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
  new_row jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
  subject jsonb := coalesce(new_row, old_row);
BEGIN
  IF TG_OP = 'UPDATE' AND old_row = new_row THEN RETURN NULL; END IF;
  INSERT INTO assembly_vote_audit (agency_id, assembly_id, table_name, operation, actor, before, after)
  VALUES ((subject->>'agency_id')::uuid, (subject->>'assembly_id')::uuid, TG_TABLE_NAME, TG_OP,
    nullif(current_setting('palier.actor', true), ''), old_row, new_row);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER assembly_votes_audit AFTER INSERT OR UPDATE OR DELETE ON assembly_votes FOR EACH ROW EXECUTE FUNCTION assembly_vote_audit_row();
--> statement-breakpoint
CREATE TRIGGER postal_votes_audit AFTER INSERT OR UPDATE OR DELETE ON postal_votes FOR EACH ROW EXECUTE FUNCTION assembly_vote_audit_row();

