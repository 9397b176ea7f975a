/**
 * The floor: the same data as each GraphQL scenario, read by one hand-written SQL statement
 * (sign-in: the lookup, argon2id and the session insert, the least a sign-in can do), with the
 * same concurrency as autocannon: N loops each awaiting its previous query, for the same time.
 *
 * Statements are sent unprepared (`prepare: false`), as Drizzle sends them (it prepares only
 * named queries): the ratio then measures the GraphQL layer and its statement count, not
 * PostgreSQL's plan cache. On PGlite the floor goes through the PGlite instance itself, in the
 * process that loaded the data, before the server child opens the folder: PGlite allows one
 * process per data folder, and measuring in the server process would put the floor loops on the
 * server's event loop.
 */
import { randomBytes } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import type { Sql } from 'postgres';
import { sha256 } from '../src/auth/actor';
import { verifyPassword } from '../src/identity/password-hash';
import { Latencies, type LoadSummary } from './report';

export interface SqlClient {
  query<T = Record<string, unknown>>(text: string, params: unknown[]): Promise<T[]>;
}

export function postgresClient(sql: Sql): SqlClient {
  return { query: async (text, params) => (await sql.unsafe(text, params as never[], { prepare: false })) as never };
}

export function pgliteClient(pg: PGlite): SqlClient {
  return { query: async (text, params) => (await pg.query(text, params)).rows as never };
}

const signInLookup = `
  SELECT agency_id, id, password_hash, is_enabled FROM identities WHERE upper(login) = upper($1)`;
const signInSession = `
  INSERT INTO sessions (agency_id, token_hash, identity_id) VALUES ($1, $2, $3)`;

/** The co-owner home, shaped like the GraphQL answer (`viewer.person`), balances as presented. */
export const HOME_SQL = `
  SELECT json_build_object(
    'displayName', p.display_name,
    'ownerships', json_build_object('nodes', coalesce((
      SELECT json_agg(json_build_object(
        'lot', json_build_object('code', l.code, 'type', l.type,
          'building', json_build_object('code', b.code, 'name', b.name),
          'shares', coalesce((
            SELECT json_agg(json_build_object('shares', ls.shares::text,
              'allocationKey', json_build_object('code', k.code, 'totalShares',
                (SELECT sum(t.shares)::numeric(14,5)::text FROM lot_shares t WHERE t.agency_id = k.agency_id AND t.allocation_key_id = k.id)))
              ORDER BY ls.allocation_key_id)
            FROM lot_shares ls JOIN allocation_keys k ON k.agency_id = ls.agency_id AND k.id = ls.allocation_key_id
            WHERE ls.agency_id = l.agency_id AND ls.lot_id = l.id), '[]'::json)),
        'account', CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object('number', a.number,
          'balance', (CASE WHEN s.balance_presentation = 'CREDIT_MINUS_DEBIT' THEN -a.balance ELSE a.balance END)::text) END
      ) ORDER BY o.start_date, o.id)
      FROM (SELECT * FROM ownerships WHERE agency_id = $1 AND person_id = $2 ORDER BY start_date, id LIMIT 20) o
      JOIN lots l ON l.agency_id = o.agency_id AND l.id = o.lot_id
      JOIN buildings b ON b.agency_id = l.agency_id AND b.id = l.building_id
      LEFT JOIN accounts a ON a.agency_id = o.agency_id AND a.id = o.account_id), '[]'::json)),
    'accounts', json_build_object('nodes', coalesce((
      SELECT json_agg(json_build_object('number', x.number,
        'balance', (CASE WHEN s.balance_presentation = 'CREDIT_MINUS_DEBIT' THEN -x.balance ELSE x.balance END)::text) ORDER BY x.number, x.id)
      FROM (SELECT * FROM accounts WHERE agency_id = $1 AND person_id = $2 AND is_published ORDER BY number, id LIMIT 20) x), '[]'::json))
  ) AS home
  FROM persons p JOIN agency_settings s ON s.agency_id = p.agency_id
  WHERE p.agency_id = $1 AND p.id = $2`;

/**
 * The manager's search: a name page with each person's current roles, in the API's role order.
 * The roles are computed on the page only (the subquery): over the whole filtered set the planner
 * hashes entire role tables (ownerships included) for every search.
 */
export const PEOPLE_SQL = `
  SELECT p.display_name AS "displayName", array_remove(ARRAY[
    CASE WHEN EXISTS (SELECT 1 FROM ownerships o WHERE o.agency_id = p.agency_id AND o.person_id = p.id AND (o.end_date IS NULL OR o.end_date > current_date)) THEN 'COOWNER' END,
    CASE WHEN EXISTS (SELECT 1 FROM council_memberships c WHERE c.agency_id = p.agency_id AND c.person_id = p.id AND (c.end_date IS NULL OR c.end_date > current_date)) THEN 'COUNCIL_MEMBER' END,
    CASE WHEN EXISTS (SELECT 1 FROM council_memberships c WHERE c.agency_id = p.agency_id AND c.person_id = p.id AND c.role = 'PRESIDENT' AND (c.end_date IS NULL OR c.end_date > current_date)) THEN 'COUNCIL_PRESIDENT' END,
    CASE WHEN EXISTS (SELECT 1 FROM management_mandates m WHERE m.agency_id = p.agency_id AND m.owner_person_id = p.id AND (m.end_date IS NULL OR m.end_date > current_date)) THEN 'OWNER' END,
    CASE WHEN EXISTS (SELECT 1 FROM leases l WHERE l.agency_id = p.agency_id AND l.tenant_person_id = p.id AND (l.departure_date IS NULL OR l.departure_date > current_date)) THEN 'TENANT' END,
    CASE WHEN EXISTS (SELECT 1 FROM staff_members m WHERE m.agency_id = p.agency_id AND m.person_id = p.id) THEN 'MANAGER' END
  ], NULL) AS roles
  FROM (
    SELECT agency_id, id, display_name FROM persons
    WHERE agency_id = $1 AND lower(display_name) LIKE $2
    ORDER BY lower(display_name), id
    LIMIT $3
  ) p
  ORDER BY lower(p.display_name), p.id`;

export const likePattern = (term: string) => `%${term.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export interface FloorOps {
  signIn(login: string, password: string): Promise<void>;
  home(agencyId: string, personId: string): Promise<unknown>;
  people(agencyId: string, term: string, first?: number): Promise<{ displayName: string; roles: string[] }[]>;
}

export function floorOps(client: SqlClient): FloorOps {
  return {
    async signIn(login, password) {
      const [identity] = await client.query<{ agency_id: string; id: string; password_hash: string; is_enabled: boolean }>(signInLookup, [login]);
      if (!identity || !identity.is_enabled || !(await verifyPassword(identity.password_hash, password))) throw new Error('floor sign-in refused');
      await client.query(signInSession, [identity.agency_id, sha256(randomBytes(32).toString('base64url')), identity.id]);
    },
    async home(agencyId, personId) {
      const [row] = await client.query<{ home: unknown }>(HOME_SQL, [agencyId, personId]);
      return typeof row.home === 'string' ? JSON.parse(row.home) : row.home;
    },
    async people(agencyId, term, first = 20) {
      return client.query(PEOPLE_SQL, [agencyId, likePattern(term), first]);
    },
  };
}

/** N concurrent loops for `durationS`, each issuing `op(i)` (i counts globally), timed with hrtime. */
export async function runLoops(op: (i: number) => Promise<unknown>, connections: number, durationS: number): Promise<LoadSummary> {
  const latencies = new Latencies();
  const started = performance.now();
  const end = started + durationS * 1000;
  let i = 0;
  const loop = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      try {
        await op(i++);
        latencies.record(performance.now() - t0);
      } catch (error) {
        latencies.failures += 1;
        if (latencies.failures === 1) console.error('floor failure:', error);
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  return latencies.summary((performance.now() - started) / 1000);
}
