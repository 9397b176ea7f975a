CREATE TYPE "public"."generated_document" AS ENUM('COOWNER_LIST');--> statement-breakpoint
CREATE TABLE "co_owner_list_queue" (
	"agency_id" uuid NOT NULL,
	"building_id" uuid NOT NULL,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "co_owner_list_queue_agency_id_building_id_pk" PRIMARY KEY("agency_id","building_id")
);
--> statement-breakpoint
ALTER TABLE "outbox_emails" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox_emails" ADD COLUMN "next_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outbox_emails" ADD COLUMN "last_error" text;--> statement-breakpoint
ALTER TABLE "binders" ADD COLUMN "notify_by_default" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "notified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "generated" "generated_document";--> statement-breakpoint
CREATE INDEX "outbox_emails_due" ON "outbox_emails" USING btree ("next_attempt_at") WHERE "outbox_emails"."sent_at" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "documents_generated" ON "documents" USING btree ("agency_id","building_id","generated") WHERE "documents"."generated" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "documents_to_notify" ON "documents" USING btree ("agency_id","published_on") WHERE "documents"."notified_at" IS NULL AND "documents"."is_published";--> statement-breakpoint
-- Documents published before notifications existed are not announced now.
UPDATE "documents" SET "notified_at" = "created_at";
--> statement-breakpoint
-- The co-owner list's dirty marks (manual "Liste des copropriétaires"; documents/co-owner-list.service.ts).
-- Statement-level triggers with transition tables: one INSERT … SELECT per statement, whatever
-- the number of rows (a 5 000-row upsert marks its buildings in one statement, not 5 000).
-- Only buildings that have a list are marked: a list is first generated on demand (manual: "Générer
-- la liste des copropriétaires" from the building list), then kept up to date.
CREATE OR REPLACE FUNCTION co_owner_list_exists(p_agency uuid, p_building uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM documents WHERE agency_id = p_agency AND building_id = p_building AND generated = 'COOWNER_LIST')
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION co_owner_list_mark_by_lot() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO co_owner_list_queue (agency_id, building_id)
  SELECT DISTINCT l.agency_id, l.building_id FROM changed c JOIN lots l ON l.agency_id = c.agency_id AND l.id = c.lot_id
  WHERE co_owner_list_exists(l.agency_id, l.building_id)
  ON CONFLICT (agency_id, building_id) DO UPDATE SET marked_at = now();
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION co_owner_list_mark_by_building() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO co_owner_list_queue (agency_id, building_id)
  SELECT DISTINCT c.agency_id, c.building_id FROM changed c
  WHERE co_owner_list_exists(c.agency_id, c.building_id)
  ON CONFLICT (agency_id, building_id) DO UPDATE SET marked_at = now();
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A person's details as the list prints them (name, civility, postal address): the buildings where
-- they hold a current lot or council seat. Other updates (search text, e-mails) mark nothing.
CREATE OR REPLACE FUNCTION co_owner_list_mark_by_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO co_owner_list_queue (agency_id, building_id)
  SELECT DISTINCT b.agency_id, b.building_id FROM (
    SELECT n.agency_id, n.id FROM new_rows n JOIN old_rows o ON o.agency_id = n.agency_id AND o.id = n.id
    WHERE (n.civility, n.display_name, n.address_line1, n.address_line2, n.postal_code, n.city)
      IS DISTINCT FROM (o.civility, o.display_name, o.address_line1, o.address_line2, o.postal_code, o.city)
  ) p
  JOIN LATERAL (
    SELECT l.agency_id, l.building_id FROM ownerships w JOIN lots l ON l.agency_id = w.agency_id AND l.id = w.lot_id
      WHERE w.agency_id = p.agency_id AND w.person_id = p.id AND (w.end_date IS NULL OR w.end_date > current_date)
    UNION SELECT m.agency_id, m.building_id FROM council_memberships m
      WHERE m.agency_id = p.agency_id AND m.person_id = p.id AND (m.end_date IS NULL OR m.end_date > current_date)
  ) b ON true
  WHERE co_owner_list_exists(b.agency_id, b.building_id)
  ON CONFLICT (agency_id, building_id) DO UPDATE SET marked_at = now();
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER ownerships_co_owner_list_ins AFTER INSERT ON ownerships REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION co_owner_list_mark_by_lot();
--> statement-breakpoint
CREATE TRIGGER ownerships_co_owner_list_upd AFTER UPDATE ON ownerships REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION co_owner_list_mark_by_lot();
--> statement-breakpoint
CREATE TRIGGER ownerships_co_owner_list_del AFTER DELETE ON ownerships REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION co_owner_list_mark_by_lot();
--> statement-breakpoint
CREATE TRIGGER lots_co_owner_list_upd AFTER UPDATE ON lots REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION co_owner_list_mark_by_building();
--> statement-breakpoint
CREATE TRIGGER council_co_owner_list_ins AFTER INSERT ON council_memberships REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION co_owner_list_mark_by_building();
--> statement-breakpoint
CREATE TRIGGER council_co_owner_list_upd AFTER UPDATE ON council_memberships REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION co_owner_list_mark_by_building();
--> statement-breakpoint
CREATE TRIGGER council_co_owner_list_del AFTER DELETE ON council_memberships REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION co_owner_list_mark_by_building();
--> statement-breakpoint
CREATE TRIGGER persons_co_owner_list_upd AFTER UPDATE ON persons REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION co_owner_list_mark_by_person();
