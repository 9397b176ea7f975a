import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { getTableColumns } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client';
import type { PgTable } from 'drizzle-orm/pg-core';
import { agencySettings, persons } from '../db/schema';

export type AgencySettings = typeof agencySettings.$inferSelect;
export type PersonRow = typeof persons.$inferSelect;

/** A snake_case `row_to_json` of a row of `table` (text, booleans, arrays), back to Drizzle's field names. */
function fromRowJson<T extends PgTable>(table: T, value: Record<string, unknown> | string | null): T['$inferSelect'] | null {
  if (!value) return null;
  const raw = typeof value === 'string' ? (JSON.parse(value) as Record<string, unknown>) : value;
  return Object.fromEntries(Object.entries(getTableColumns(table)).map(([field, column]) => [field, raw[column.name]])) as T['$inferSelect'];
}

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
  /** The agency's settings, read in the same statement (primes the settings loader). */
  settings: AgencySettings | null;
  /** The person's own row, read in the same statement (primes the person loader: one sees oneself). */
  person: PersonRow | null;
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
  settings: Record<string, unknown> | string | null;
  person: Record<string, unknown> | string | null;
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
    -- Plain sets joined on indexed keys (no json round trip), so every lookup is an index scan.
    co AS (SELECT o.lot_id FROM ownerships o JOIN s ON o.agency_id = s.agency_id AND o.person_id = s.person_id
           WHERE o.end_date IS NULL OR o.end_date > current_date),
    md AS (SELECT ml.lot_id FROM management_mandates m JOIN s ON m.agency_id = s.agency_id AND m.owner_person_id = s.person_id
           JOIN mandate_lots ml ON ml.agency_id = m.agency_id AND ml.mandate_id = m.id
           WHERE m.end_date IS NULL OR m.end_date > current_date),
    le AS (SELECT l.lot_id FROM leases l JOIN s ON l.agency_id = s.agency_id AND l.tenant_person_id = s.person_id
           WHERE l.departure_date IS NULL OR l.departure_date > current_date),
    cm AS (SELECT c.building_id, c.role FROM council_memberships c JOIN s ON c.agency_id = s.agency_id AND c.person_id = s.person_id
           WHERE c.end_date IS NULL OR c.end_date > current_date),
    st AS (SELECT st.* FROM agency_settings st JOIN s ON st.agency_id = s.agency_id)
    SELECT s.*, p.display_name,
      (SELECT coalesce(json_agg(DISTINCT lot_id), '[]') FROM co) AS co_owned,
      (SELECT coalesce(json_agg(DISTINCT lot_id), '[]') FROM md) AS mandated,
      (SELECT coalesce(json_agg(DISTINCT lot_id), '[]') FROM le) AS leased,
      (SELECT coalesce(json_agg(DISTINCT building_id), '[]') FROM cm) AS council,
      (SELECT coalesce(json_agg(DISTINCT building_id), '[]') FROM cm WHERE role = 'PRESIDENT') AS president,
      (SELECT coalesce(json_agg(DISTINCT lo.building_id), '[]')
         FROM (SELECT lot_id FROM co UNION SELECT lot_id FROM md UNION SELECT lot_id FROM le) a
         JOIN lots lo ON lo.agency_id = s.agency_id AND lo.id = a.lot_id) AS buildings,
      (SELECT coalesce(json_agg(DISTINCT l.account_id), '[]') FROM md
         JOIN leases l ON l.agency_id = s.agency_id AND l.lot_id = md.lot_id
         WHERE l.account_id IS NOT NULL AND (l.departure_date IS NULL OR l.departure_date > current_date)
           AND (SELECT owner_sees_tenant_accounts FROM st)) AS tenant_accounts,
      EXISTS (SELECT 1 FROM staff_members sm WHERE sm.agency_id = s.agency_id AND sm.person_id = s.person_id) AS is_staff,
      (SELECT row_to_json(st) FROM st) AS settings,
      row_to_json(p) AS person
    FROM s JOIN persons p ON p.agency_id = s.agency_id AND p.id = s.person_id
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
    settings: fromRowJson(agencySettings, row.settings),
    person: fromRowJson(persons, row.person),
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
