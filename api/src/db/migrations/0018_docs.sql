ALTER TABLE "documents" ALTER COLUMN "notify" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "documents" ALTER COLUMN "notify" DROP NOT NULL;--> statement-breakpoint
-- A publication that said nothing about notifying now leaves it to the binder's model (null), as
-- the `false` it used to store meant when read with the model's OR: no document changes its fate.
UPDATE "documents" SET "notify" = NULL WHERE "notify" = false;
--> statement-breakpoint
-- The co-owner list prints each co-owner's works fund (manual "Liste des copropriétaires"): a
-- works-fund line loaded, changed or removed marks its lot's building, as an ownership does
-- (co_owner_list_mark_by_lot, migration 0014; one INSERT … SELECT per statement).
CREATE TRIGGER works_fund_lines_co_owner_list_ins AFTER INSERT ON works_fund_lines REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION co_owner_list_mark_by_lot();
--> statement-breakpoint
CREATE TRIGGER works_fund_lines_co_owner_list_upd AFTER UPDATE ON works_fund_lines REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION co_owner_list_mark_by_lot();
--> statement-breakpoint
CREATE TRIGGER works_fund_lines_co_owner_list_del AFTER DELETE ON works_fund_lines REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION co_owner_list_mark_by_lot();

