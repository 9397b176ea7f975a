import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client';
import { runCompiled } from '../db/compiled';
import { isAccessOn, isCurrentCouncilSeat, isCurrentLease, isCurrentMandate, isCurrentOwnership } from '../db/current';
import {
  agencySettings,
  apiTokens,
  binders,
  councilMemberships,
  identities,
  leases,
  lots,
  managementMandates,
  mandateLots,
  ownerships,
  persons,
  sessions,
  staffMembers,
} from '../db/schema';
import { readSettings, type AgencySettings } from '../settings/registry';
import type { PgTable } from 'drizzle-orm/pg-core';
import { getTableColumns } from 'drizzle-orm';

export type PersonRow = typeof persons.$inferSelect;

/** A snake_case `row_to_json` of a row of `table` (text, booleans, arrays), back to Drizzle's field names. */
function fromRowJson<T extends PgTable>(table: T, value: Record<string, unknown> | string | null): T['$inferSelect'] | null {
  if (!value) return null;
  const raw = typeof value === 'string' ? (JSON.parse(value) as Record<string, unknown>) : value;
  return Object.fromEntries(Object.entries(getTableColumns(table)).map(([field, column]) => [field, raw[column.name]]));
}

/** Integrator areas; a token holds some of them. */
export const INTEGRATOR_SCOPES = [
  'people:read',
  'people:write',
  'portfolio:read',
  'portfolio:write',
  'ledger:read',
  'ledger:write',
  'documents:read',
  'documents:write',
  'regularisation:write',
  'assemblies:read',
  'assemblies:write',
  'requests:read',
  'requests:write',
] as const;
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
  /** Buildings of the lots held as co-owner, under one's mandates, rented (documents' roles per building). */
  coOwnedBuildingIds: string[];
  mandatedBuildingIds: string[];
  leasedBuildingIds: string[];
  /**
   * The rights of the agency's "Factures" binder (documents module), read in the same statement:
   * the expense list follows them (manual: "Envoyer la liste des dépenses"). Binders live in the
   * kernel schema, so the accounts rule reads the level here without importing the documents
   * module, which comes after accounts.
   */
  invoicesBinderLevel: 'PRESIDENT' | 'COUNCIL' | 'ALL_COOWNERS' | null;
  /** Every building the person has any relation with. */
  buildingIds: string[];
  /** Accounts of the current tenants of the owner's lots, when the agency lets owners see them. */
  tenantAccountIds: string[];
  /** The lots (under a current mandate) whose tenants' lease documents the owner reads: the agency's "ownerSeesTenantDocuments", else none. */
  tenantDocumentLotIds: string[];
  /** The agency's settings, read in the same statement: one typed read per request. */
  settings: AgencySettings;
  /** The person's own row, read in the same statement (primes the person loader: one sees oneself). */
  person: PersonRow | null;
}

export interface IntegratorActor {
  kind: 'integrator';
  agencyId: string;
  tokenId: string;
  scopes: IntegratorScope[];
  settings: AgencySettings;
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
  co_owned_buildings: string[];
  mandated_buildings: string[];
  leased_buildings: string[];
  invoices_level: 'PRESIDENT' | 'COUNCIL' | 'ALL_COOWNERS' | null;
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
  // Tables and columns named through the Drizzle objects, so a rename is type-checked.
  // Compiled once (the text is the same for every session): Drizzle walked its ~100 chunks per request.
  const rows = await runCompiled<SessionRow>(
    db,
    'loadPersonActor',
    () => sql`
    WITH s AS (
      SELECT ${sessions.agencyId} AS agency_id, ${identities.personId} AS person_id, ${identities.id} AS identity_id,
             ${identities.login} AS login, ${identities.mustChangePassword} AS must_change_password,
             ${sessions.lastSeenAt} < now() - interval '1 minute' AS is_stale
      FROM ${sessions}
      JOIN ${identities} ON ${identities.agencyId} = ${sessions.agencyId} AND ${identities.id} = ${sessions.identityId}
      WHERE ${sessions.tokenHash} = ${sql.placeholder('tokenHash')} AND ${sessions.revokedAt} IS NULL AND ${isAccessOn}
        AND ${sessions.lastSeenAt} > now() - make_interval(mins => ${SESSION_IDLE_MINUTES})
        AND ${sessions.createdAt} > now() - make_interval(hours => ${SESSION_ABSOLUTE_HOURS})
    ),
    -- Plain sets joined on indexed keys (no json round trip), so every lookup is an index scan.
    co AS (SELECT ${ownerships.lotId} AS lot_id FROM ${ownerships} JOIN s ON ${ownerships.agencyId} = s.agency_id AND ${ownerships.personId} = s.person_id
           WHERE ${isCurrentOwnership}),
    md AS (SELECT ${mandateLots.lotId} AS lot_id FROM ${managementMandates} JOIN s ON ${managementMandates.agencyId} = s.agency_id AND ${managementMandates.ownerPersonId} = s.person_id
           JOIN ${mandateLots} ON ${mandateLots.agencyId} = ${managementMandates.agencyId} AND ${mandateLots.mandateId} = ${managementMandates.id}
           WHERE ${isCurrentMandate}),
    le AS (SELECT ${leases.lotId} AS lot_id FROM ${leases} JOIN s ON ${leases.agencyId} = s.agency_id AND ${leases.tenantPersonId} = s.person_id
           WHERE ${isCurrentLease}),
    cm AS (SELECT ${councilMemberships.buildingId} AS building_id, ${councilMemberships.role} AS role FROM ${councilMemberships}
           JOIN s ON ${councilMemberships.agencyId} = s.agency_id AND ${councilMemberships.personId} = s.person_id
           WHERE ${isCurrentCouncilSeat})
    SELECT s.*, ${persons.displayName} AS display_name,
      (SELECT coalesce(json_agg(DISTINCT lot_id), '[]') FROM co) AS co_owned,
      (SELECT coalesce(json_agg(DISTINCT lot_id), '[]') FROM md) AS mandated,
      (SELECT coalesce(json_agg(DISTINCT lot_id), '[]') FROM le) AS leased,
      (SELECT coalesce(json_agg(DISTINCT building_id), '[]') FROM cm) AS council,
      (SELECT coalesce(json_agg(DISTINCT building_id), '[]') FROM cm WHERE role = 'PRESIDENT') AS president,
      (SELECT coalesce(json_agg(DISTINCT ${lots.buildingId}), '[]') FROM co JOIN ${lots} ON ${lots.agencyId} = s.agency_id AND ${lots.id} = co.lot_id) AS co_owned_buildings,
      (SELECT coalesce(json_agg(DISTINCT ${lots.buildingId}), '[]') FROM md JOIN ${lots} ON ${lots.agencyId} = s.agency_id AND ${lots.id} = md.lot_id) AS mandated_buildings,
      (SELECT coalesce(json_agg(DISTINCT ${lots.buildingId}), '[]') FROM le JOIN ${lots} ON ${lots.agencyId} = s.agency_id AND ${lots.id} = le.lot_id) AS leased_buildings,
      (SELECT ${binders.syndicLevel} FROM ${binders} WHERE ${binders.agencyId} = s.agency_id AND ${binders.key} = 'INVOICES') AS invoices_level,
      (SELECT coalesce(json_agg(DISTINCT ${lots.buildingId}), '[]')
         FROM (SELECT lot_id FROM co UNION SELECT lot_id FROM md UNION SELECT lot_id FROM le) a
         JOIN ${lots} ON ${lots.agencyId} = s.agency_id AND ${lots.id} = a.lot_id) AS buildings,
      -- The owner's current tenants' accounts; kept only when the agency lets owners see them.
      (SELECT coalesce(json_agg(DISTINCT ${leases.accountId}), '[]') FROM md
         JOIN ${leases} ON ${leases.agencyId} = s.agency_id AND ${leases.lotId} = md.lot_id
         WHERE ${leases.accountId} IS NOT NULL AND ${isCurrentLease}) AS tenant_accounts,
      EXISTS (SELECT 1 FROM ${staffMembers} WHERE ${staffMembers.agencyId} = s.agency_id AND ${staffMembers.personId} = s.person_id) AS is_staff,
      (SELECT ${agencySettings.values} FROM ${agencySettings} WHERE ${agencySettings.agencyId} = s.agency_id) AS settings,
      row_to_json(${persons}) AS person
    FROM s JOIN ${persons} ON ${persons.agencyId} = s.agency_id AND ${persons.id} = s.person_id
  `,
    { tokenHash },
  );
  const row = rows[0];
  if (!row) return ANONYMOUS;
  if (row.is_stale) {
    await db.execute(sql`UPDATE ${sessions} SET ${sql.identifier(sessions.lastSeenAt.name)} = now() WHERE ${sessions.tokenHash} = ${tokenHash}`);
  }
  // postgres.js decodes json columns, PGlite may hand them over as text.
  const json = (value: unknown): string[] => (typeof value === 'string' ? (JSON.parse(value) as string[]) : (value as string[]));
  const council = json(row.council);
  const settings = readSettings(row.settings);
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
    coOwnedBuildingIds: json(row.co_owned_buildings),
    mandatedBuildingIds: json(row.mandated_buildings),
    leasedBuildingIds: json(row.leased_buildings),
    invoicesBinderLevel: row.invoices_level ?? null,
    buildingIds: [...new Set([...json(row.buildings), ...council])],
    tenantAccountIds: settings.ownerSeesTenantAccounts ? json(row.tenant_accounts) : [],
    tenantDocumentLotIds: settings.ownerSeesTenantDocuments ? json(row.mandated) : [],
    settings,
    person: fromRowJson(persons, row.person),
  };
}

interface TokenRow {
  agency_id: string;
  id: string;
  scopes: string[] | string;
  is_stale: boolean;
  settings: Record<string, unknown> | string | null;
}

/** Resolves an integrator's bearer token (stored hashed); revoked, expired or unknown → anonymous. */
export async function loadIntegratorActor(db: Db, bearer: string): Promise<IntegratorActor | AnonymousActor> {
  const tokenHash = sha256(bearer);
  const result = await db.execute(sql`
    SELECT ${apiTokens.agencyId} AS agency_id, ${apiTokens.id} AS id, array_to_json(${apiTokens.scopes}) AS scopes,
           (${apiTokens.lastUsedAt} IS NULL OR ${apiTokens.lastUsedAt} < now() - interval '1 minute') AS is_stale,
           (SELECT ${agencySettings.values} FROM ${agencySettings} WHERE ${agencySettings.agencyId} = ${apiTokens.agencyId}) AS settings
    FROM ${apiTokens} WHERE ${apiTokens.tokenHash} = ${tokenHash} AND ${apiTokens.revokedAt} IS NULL
      AND (${apiTokens.expiresAt} IS NULL OR ${apiTokens.expiresAt} > now())`);
  const row = rowsOf<TokenRow>(result)[0];
  if (!row) return ANONYMOUS;
  if (row.is_stale) {
    await db.execute(
      sql`UPDATE ${apiTokens} SET ${sql.identifier(apiTokens.lastUsedAt.name)} = now() WHERE ${apiTokens.agencyId} = ${row.agency_id} AND ${apiTokens.id} = ${row.id}`,
    );
  }
  const stored = typeof row.scopes === 'string' ? (JSON.parse(row.scopes) as unknown[]) : row.scopes;
  // Only known scopes grant anything: a stored value outside the list is dropped, never trusted.
  const scopes = stored.filter((scope): scope is IntegratorScope => (INTEGRATOR_SCOPES as readonly unknown[]).includes(scope));
  return { kind: 'integrator', agencyId: row.agency_id, tokenId: row.id, scopes, settings: readSettings(row.settings) };
}
