ALTER TABLE "api_tokens" ADD COLUMN "expires_at" timestamp with time zone;--> statement-breakpoint
-- An integrator token dies with its creator's staff membership: the manager who saw its secret
-- once is no longer the agency's, so neither is the token (README "Security").
CREATE OR REPLACE FUNCTION api_tokens_revoke_on_staff_leave() RETURNS trigger AS $$
BEGIN
  UPDATE api_tokens SET revoked_at = coalesce(revoked_at, now())
  WHERE agency_id = OLD.agency_id AND created_by_person_id = OLD.person_id;
  RETURN OLD;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER staff_members_revoke_api_tokens
  AFTER DELETE ON staff_members
  FOR EACH ROW EXECUTE FUNCTION api_tokens_revoke_on_staff_leave();
