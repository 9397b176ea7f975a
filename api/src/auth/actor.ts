import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client';

/** Integrator areas; a token holds some of them. */
export const INTEGRATOR_SCOPES = ['people:read', 'portfolio:read', 'portfolio:write', 'ledger:read', 'ledger:write'] as const;
export type IntegratorScope = (typeof INTEGRATOR_SCOPES)[number];

export interface AnonymousActor {
  kind: 'anonymous';
}

/** A signed-in person; every role is a relation listed here, loaded once per request. */
export interface PersonActor {
  kind: 'person';
  agencyId: string;
  personId: string;
  identityId: string;
  displayName: string;
  login: string;
  sessionTokenHash: string;
  mustChangePassword: boolean;
  isStaff: boolean;
  /** Lots held as co-owner (active ownerships). */
  coOwnedLotIds: string[];
  /** Lots under one of the person's management mandates (owner). */
  mandatedLotIds: string[];
  /** Lots the person rents (active leases). */
  leasedLotIds: string[];
  councilBuildingIds: string[];
  presidentBuildingIds: string[];
  /** Every building the person has any relation with. */
  buildingIds: string[];
  /** Accounts of the current tenants of the owner's lots, when the agency lets owners see them. */
  tenantAccountIds: string[];
}

export interface IntegratorActor {
  kind: 'integrator';
  agencyId: string;
  tokenId: string;
  scopes: IntegratorScope[];
}

export type Actor = AnonymousActor | PersonActor | IntegratorActor;
export type AgencyActor = PersonActor | IntegratorActor;

export const ANONYMOUS: AnonymousActor = { kind: 'anonymous' };

/** Idle and absolute session lifetimes (an extranet holding financial data). */
export const SESSION_IDLE_MINUTES = 30;
export const SESSION_ABSOLUTE_HOURS = 12;

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

interface SessionRow {
  agency_id: string;
  person_id: string;
  identity_id: string;
  display_name: string;
  login: string;
  must_change_password: boolean;
  is_staff: boolean;
  is_stale: boolean;
  co_owned: string[];
  mandated: string[];
  leased: string[];
  council: string[];
  president: string[];
  buildings: string[];
  tenant_accounts: string[];
}

/**
 * Resolves a session cookie into an actor with all of its relations, in one SQL statement
 * (plus a `last_seen_at` touch at most once a minute). Revoked, idle, expired or disabled → anonymous.
 */
export async function loadPersonActor(db: Db, sessionToken: string): Promise<PersonActor | AnonymousActor> {
  const tokenHash = sha256(sessionToken);
  const result = await db.execute(sql`
    WITH s AS (
      SELECT s.agency_id, i.person_id, i.id AS identity_id, i.login, i.must_change_password,
             s.last_seen_at < now() - interval '1 minute' AS is_stale
      FROM sessions s
      JOIN identities i ON i.agency_id = s.agency_id AND i.id = s.identity_id
      WHERE s.token_hash = ${tokenHash} AND s.revoked_at IS NULL AND i.is_enabled
        AND s.last_seen_at > now() - make_interval(mins => ${SESSION_IDLE_MINUTES})
        AND s.created_at > now() - make_interval(hours => ${SESSION_ABSOLUTE_HOURS})
    ),
    rel AS (
      SELECT
        (SELECT coalesce(json_agg(DISTINCT o.lot_id), '[]') FROM ownerships o, s
          WHERE o.agency_id = s.agency_id AND o.person_id = s.person_id AND (o.end_date IS NULL OR o.end_date > current_date)) AS co_owned,
        (SELECT coalesce(json_agg(DISTINCT ml.lot_id), '[]') FROM management_mandates m
          JOIN mandate_lots ml ON ml.agency_id = m.agency_id AND ml.mandate_id = m.id, s
          WHERE m.agency_id = s.agency_id AND m.owner_person_id = s.person_id AND (m.end_date IS NULL OR m.end_date > current_date)) AS mandated,
        (SELECT coalesce(json_agg(DISTINCT l.lot_id), '[]') FROM leases l, s
          WHERE l.agency_id = s.agency_id AND l.tenant_person_id = s.person_id AND (l.departure_date IS NULL OR l.departure_date > current_date)) AS leased,
        (SELECT coalesce(json_agg(DISTINCT c.building_id), '[]') FROM council_memberships c, s
          WHERE c.agency_id = s.agency_id AND c.person_id = s.person_id AND (c.end_date IS NULL OR c.end_date > current_date)) AS council,
        (SELECT coalesce(json_agg(DISTINCT c.building_id), '[]') FROM council_memberships c, s
          WHERE c.agency_id = s.agency_id AND c.person_id = s.person_id AND c.role = 'PRESIDENT' AND (c.end_date IS NULL OR c.end_date > current_date)) AS president
    )
    SELECT s.*, p.display_name, rel.*,
      (SELECT coalesce(json_agg(DISTINCT l.account_id), '[]') FROM leases l
        JOIN agency_settings st ON st.agency_id = l.agency_id AND st.owner_sees_tenant_accounts
        WHERE l.agency_id = s.agency_id AND l.account_id IS NOT NULL AND (l.departure_date IS NULL OR l.departure_date > current_date)
          AND l.lot_id IN (SELECT json_array_elements_text(rel.mandated)::uuid)) AS tenant_accounts,
      EXISTS (SELECT 1 FROM staff_members sm WHERE sm.agency_id = s.agency_id AND sm.person_id = s.person_id) AS is_staff,
      (SELECT coalesce(json_agg(DISTINCT lo.building_id), '[]') FROM lots lo
        WHERE lo.agency_id = s.agency_id AND lo.id IN (
          SELECT json_array_elements_text(rel.co_owned)::uuid UNION SELECT json_array_elements_text(rel.mandated)::uuid
          UNION SELECT json_array_elements_text(rel.leased)::uuid)) AS buildings
    FROM s JOIN persons p ON p.agency_id = s.agency_id AND p.id = s.person_id, rel
  `);
  const row = rowsOf<SessionRow>(result)[0];
  if (!row) return ANONYMOUS;
  if (row.is_stale) {
    await db.execute(sql`UPDATE sessions SET last_seen_at = now() WHERE token_hash = ${tokenHash}`);
  }
  const json = (value: unknown): string[] => (typeof value === 'string' ? JSON.parse(value) : (value as string[]));
  const council = json(row.council);
  return {
    kind: 'person',
    agencyId: row.agency_id,
    personId: row.person_id,
    identityId: row.identity_id,
    displayName: row.display_name,
    login: row.login,
    sessionTokenHash: tokenHash,
    mustChangePassword: row.must_change_password,
    isStaff: row.is_staff,
    coOwnedLotIds: json(row.co_owned),
    mandatedLotIds: json(row.mandated),
    leasedLotIds: json(row.leased),
    councilBuildingIds: council,
    presidentBuildingIds: json(row.president),
    buildingIds: [...new Set([...json(row.buildings), ...council])],
    tenantAccountIds: json(row.tenant_accounts),
  };
}

interface TokenRow {
  agency_id: string;
  id: string;
  scopes: string[] | string;
  is_stale: boolean;
}

/** Resolves an integrator's bearer token (stored hashed); revoked or unknown → anonymous. */
export async function loadIntegratorActor(db: Db, bearer: string): Promise<IntegratorActor | AnonymousActor> {
  const tokenHash = sha256(bearer);
  const result = await db.execute(sql`
    SELECT agency_id, id, array_to_json(scopes) AS scopes,
           (last_used_at IS NULL OR last_used_at < now() - interval '1 minute') AS is_stale
    FROM api_tokens WHERE token_hash = ${tokenHash} AND revoked_at IS NULL`);
  const row = rowsOf<TokenRow>(result)[0];
  if (!row) return ANONYMOUS;
  if (row.is_stale) {
    await db.execute(sql`UPDATE api_tokens SET last_used_at = now() WHERE agency_id = ${row.agency_id} AND id = ${row.id}`);
  }
  const scopes = typeof row.scopes === 'string' ? JSON.parse(row.scopes) : row.scopes;
  return { kind: 'integrator', agencyId: row.agency_id, tokenId: row.id, scopes };
}

export function isStaff(actor: Actor): actor is PersonActor {
  return actor.kind === 'person' && actor.isStaff;
}
