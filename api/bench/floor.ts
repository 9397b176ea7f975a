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
import { Decimal } from 'decimal.js';
import type { Sql } from 'postgres';
import { sha256 } from '../src/auth/actor';
import { openCursor, sealCursor } from '../src/graphql/sealed-cursor';
import { verifyPassword } from '../src/identity/password-hash';
import { STATEMENT_RANGE } from './generate';
import { Latencies, type LoadSummary } from './report';

export interface SqlClient {
  query<T = Record<string, unknown>>(text: string, params: unknown[]): Promise<T[]>;
  /** `fn` on one connection inside BEGIN … COMMIT */
  transaction<T>(fn: (client: SqlClient) => Promise<T>): Promise<T>;
}

export function postgresClient(sql: Sql): SqlClient {
  return {
    query: async <T>(text: string, params: unknown[]) => (await sql.unsafe(text, params as never[], { prepare: false })) as unknown as T[],
    transaction: async (fn) =>
      (await sql.begin((tx) =>
        fn({
          query: async <T>(text: string, params: unknown[]) => (await tx.unsafe(text, params as never[], { prepare: false })) as unknown as T[],
          transaction: () => {
            throw new Error('nested transaction');
          },
        }),
      )) as never,
  };
}

export function pgliteClient(pg: PGlite): SqlClient {
  return {
    query: async (text, params) => (await pg.query(text, params)).rows as never,
    transaction: (fn) =>
      pg.transaction((tx) =>
        fn({
          query: async (text, params) => (await tx.query(text, params)).rows as never,
          transaction: () => {
            throw new Error('nested transaction');
          },
        }),
      ),
  };
}

/** Statement floor, 1 of 2: opening balance before $3 and closing balance at the end of $4, raw (debit − credit). */
const STATEMENT_BALANCES_SQL = `
  SELECT ((SELECT coalesce(sum(debit - credit), 0) FROM account_month_totals
            WHERE agency_id = $1 AND account_id = $2 AND month < date_trunc('month', $3::date)::date)
        + (SELECT coalesce(sum(debit - credit), 0) FROM ledger_entries
            WHERE agency_id = $1 AND account_id = $2 AND entry_date >= date_trunc('month', $3::date)::date AND entry_date < $3::date))::text AS opening,
         ((SELECT coalesce(sum(debit - credit), 0) FROM account_month_totals
            WHERE agency_id = $1 AND account_id = $2 AND month < date_trunc('month', $4::date + 1)::date)
        + (SELECT coalesce(sum(debit - credit), 0) FROM ledger_entries
            WHERE agency_id = $1 AND account_id = $2 AND entry_date >= date_trunc('month', $4::date + 1)::date AND entry_date < $4::date + 1))::text AS closing`;

/** Statement floor, 2 of 2: 51 lines by keyset on (date, id), raw running balance from $5. */
const statementPageSql = (after: boolean) => `
  SELECT id, entry_date::text AS date, label, debit::text AS debit, credit::text AS credit,
         ($5::numeric + sum(debit - credit) OVER (ORDER BY entry_date, id))::text AS running
  FROM (SELECT id, entry_date, label, debit, credit FROM ledger_entries
        WHERE agency_id = $1 AND account_id = $2 AND entry_date BETWEEN $3::date AND $4::date
        ${after ? 'AND (entry_date, id) > ($6::date, $7::bigint)' : ''}
        ORDER BY entry_date, id LIMIT 51) lines
  ORDER BY entry_date, id`;
export const STATEMENT_PAGE_SQL = statementPageSql(true);

/** A co-owner's works funds, shaped like `viewer.person.worksFunds` (105xxx lines, not at zero). */
export const WORKS_FUNDS_SQL = `
  SELECT coalesce(json_agg(json_build_object('building', json_build_object('code', b.code), 'total', b.total, 'lots', b.lots) ORDER BY b.code), '[]'::json) AS funds
  FROM (
    SELECT b.code, sum(l.total)::numeric(14,2)::text AS total,
           json_agg(json_build_object('lot', json_build_object('code', l.code), 'total', l.total::numeric(14,2)::text, 'lines', l.lines) ORDER BY l.code) AS lots
    FROM (
      SELECT l.building_id, l.code, coalesce(sum(w.amount), 0) AS total,
             coalesce(json_agg(json_build_object('accountNumber', w.account_number, 'label', w.label, 'amount', w.amount::text) ORDER BY w.account_number)
               FILTER (WHERE w.lot_id IS NOT NULL), '[]'::json) AS lines
      FROM ownerships o
      JOIN lots l ON l.agency_id = o.agency_id AND l.id = o.lot_id
      LEFT JOIN works_fund_lines w ON w.agency_id = l.agency_id AND w.lot_id = l.id AND w.amount <> 0 AND w.account_number LIKE '105%'
      WHERE o.agency_id = $1 AND o.person_id = $2 AND (o.end_date IS NULL OR o.end_date > current_date)
      GROUP BY l.building_id, l.id, l.code
    ) l JOIN buildings b ON b.agency_id = $1 AND b.id = l.building_id
    GROUP BY b.id, b.code
  ) b`;

/** A building's expense list (latest open year): total, groups by key and account, first 100 expenses. */
export const EXPENSE_LIST_SQL = `
  WITH y AS (
    SELECT f.id FROM buildings b JOIN fiscal_years f ON f.agency_id = b.agency_id AND f.entity_id = b.syndicate_entity_id AND f.is_open
    WHERE b.agency_id = $1 AND b.id = $2 ORDER BY f.start_date DESC LIMIT 1
  ), g AS (
    SELECT k.code, e.account_number, count(*)::int AS count, sum(e.amount) AS amount
    FROM expenses e JOIN allocation_keys k ON k.agency_id = e.agency_id AND k.id = e.allocation_key_id
    WHERE e.agency_id = $1 AND e.building_id = $2 AND e.fiscal_year_id = (SELECT id FROM y)
    GROUP BY k.code, e.account_number
  )
  SELECT json_build_object(
    'total', (SELECT coalesce(sum(amount), 0)::numeric(14,2)::text FROM g),
    'groups', (SELECT coalesce(json_agg(json_build_object('accountNumber', account_number, 'count', count, 'amount', amount::text) ORDER BY code, account_number), '[]'::json) FROM g),
    'expenses', json_build_object('nodes', (
      SELECT coalesce(json_agg(json_build_object('date', x.expense_date, 'label', x.label, 'amount', x.amount::text) ORDER BY x.code, x.account_number, x.expense_date, x.id), '[]'::json)
      FROM (SELECT k.code, e.account_number, e.expense_date, e.id, e.label, e.amount
            FROM expenses e JOIN allocation_keys k ON k.agency_id = e.agency_id AND k.id = e.allocation_key_id
            WHERE e.agency_id = $1 AND e.building_id = $2 AND e.fiscal_year_id = (SELECT id FROM y)
            ORDER BY k.code, e.account_number, e.expense_date, e.id LIMIT 100) x))
  ) AS list`;

/** Import floor: the batch as one JSON parameter, inserted in one statement; then monthly totals and balances. */
const IMPORT_ROWS = `json_to_recordset($2::text::json) AS r(account_id uuid, entry_date date, label text, debit numeric, credit numeric, external_id text)`;
const IMPORT_SQL = [
  `INSERT INTO ledger_entries (agency_id, account_id, entry_date, label, debit, credit, external_id)
   SELECT $1, account_id, entry_date, label, debit, credit, external_id FROM ${IMPORT_ROWS}`,
  `INSERT INTO account_month_totals AS t (agency_id, account_id, month, debit, credit, not_paid_back_debit, not_paid_back_credit)
   SELECT $1, account_id, date_trunc('month', entry_date)::date, sum(debit), sum(credit), 0, 0 FROM ${IMPORT_ROWS} GROUP BY 2, 3
   ON CONFLICT (agency_id, account_id, month) DO UPDATE SET debit = t.debit + excluded.debit, credit = t.credit + excluded.credit`,
  `UPDATE accounts a SET balance = a.balance + d.delta
   FROM (SELECT account_id, sum(debit - credit) AS delta FROM ${IMPORT_ROWS} GROUP BY account_id) d
   WHERE a.agency_id = $1 AND a.id = d.account_id`,
];
export const IMPORT_FLOOR_STATEMENTS = IMPORT_SQL.length;

export interface ImportRow {
  account_id: string;
  entry_date: string;
  label: string;
  debit: string;
  credit: string;
  external_id: string;
}

export interface StatementAnswer {
  openingBalance: string;
  closingBalance: string;
  entries: { nodes: { date: string; label: string; debit: string; credit: string; balance: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
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
          'balance', (CASE WHEN coalesce(s.values->>'balancePresentation', 'CREDIT_MINUS_DEBIT') = 'CREDIT_MINUS_DEBIT' THEN -a.balance ELSE a.balance END)::text) END
      ) ORDER BY o.start_date, o.id)
      FROM (SELECT * FROM ownerships WHERE agency_id = $1 AND person_id = $2 ORDER BY start_date, id LIMIT 20) o
      JOIN lots l ON l.agency_id = o.agency_id AND l.id = o.lot_id
      JOIN buildings b ON b.agency_id = l.agency_id AND b.id = l.building_id
      LEFT JOIN accounts a ON a.agency_id = o.agency_id AND a.id = o.account_id), '[]'::json)),
    'accounts', json_build_object('nodes', coalesce((
      SELECT json_agg(json_build_object('number', x.number,
        'balance', (CASE WHEN coalesce(s.values->>'balancePresentation', 'CREDIT_MINUS_DEBIT') = 'CREDIT_MINUS_DEBIT' THEN -x.balance ELSE x.balance END)::text) ORDER BY x.number, x.id)
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
    WHERE agency_id = $1 AND search_text LIKE '%' || lower(immutable_unaccent($2)) || '%'
    ORDER BY lower(display_name), id
    LIMIT $3
  ) p
  ORDER BY lower(p.display_name), p.id`;

/** One search word, LIKE wildcards escaped; the SQL unaccents and lower-cases it like the API (migration 0007). */
export const likeWord = (term: string) => term.trim().replace(/[\\%_]/g, (c) => `\\${c}`);

export interface FloorOps {
  signIn(login: string, password: string): Promise<void>;
  home(agencyId: string, personId: string): Promise<unknown>;
  people(agencyId: string, term: string, first?: number): Promise<{ displayName: string; roles: string[] }[]>;
  /** 2 statements; balances presented credit − debit (the agency's default) */
  statement(agencyId: string, accountId: string, after: string | null): Promise<StatementAnswer>;
  worksFunds(agencyId: string, personId: string): Promise<unknown>;
  expenseList(agencyId: string, buildingId: string): Promise<unknown>;
  importBatch(agencyId: string, rows: ImportRow[]): Promise<void>;
}

const { from: FROM, to: TO } = STATEMENT_RANGE;

/**
 * How the floor reads and writes statement cursors. They are sealed as the API seals them (same
 * function, secret and binding): the cursor is part of the answer, so the floor hands out the very
 * string the API must (the answers-equal check compares it byte for byte, which also proves the
 * API's binding is the expected one), and it opens the deep cursor as the API must before trusting
 * its balance, so both sides pay the HMAC (microseconds, beside the SQL). The bindings are
 * precomputed by the generator with the API's `cursorBinding`, as the floor hard-codes the
 * presentation; an account without one has no cursor to read or write here.
 */
export interface FloorCursors {
  secret: string;
  /** by account id (Generated.reports.cursorBindings) */
  bindings: Record<string, string>;
}
const json = (value: unknown): unknown => (typeof value === 'string' ? (JSON.parse(value) as unknown) : value);

export function floorOps(client: SqlClient, cursors: FloorCursors): FloorOps {
  return {
    async signIn(login, password) {
      const [identity] = await client.query<{ agency_id: string; id: string; password_hash: string; is_enabled: boolean }>(signInLookup, [login]);
      if (!identity || !identity.is_enabled || !(await verifyPassword(identity.password_hash, password))) throw new Error('floor sign-in refused');
      await client.query(signInSession, [identity.agency_id, sha256(randomBytes(32).toString('base64url')), identity.id]);
    },
    async home(agencyId, personId) {
      const [row] = await client.query<{ home: unknown }>(HOME_SQL, [agencyId, personId]);
      return json(row.home);
    },
    async people(agencyId, term, first = 20) {
      return client.query(PEOPLE_SQL, [agencyId, likeWord(term), first]);
    },
    async statement(agencyId, accountId, after) {
      const [balances] = await client.query<{ opening: string; closing: string }>(STATEMENT_BALANCES_SQL, [agencyId, accountId, FROM, TO]);
      const binding = cursors.bindings[accountId];
      if (binding === undefined) throw new Error(`floor: no cursor binding for account ${accountId}`);
      const cursor = after ? (openCursor(cursors.secret, binding, after) as { d: string; i: number; b: string }) : null;
      const rows = await client.query<{ id: string | number; date: string; label: string; debit: string; credit: string; running: string }>(
        statementPageSql(!!cursor),
        cursor ? [agencyId, accountId, FROM, TO, cursor.b, cursor.d, cursor.i] : [agencyId, accountId, FROM, TO, balances.opening],
      );
      const page = rows.slice(0, 50);
      const last = page.at(-1);
      return {
        openingBalance: new Decimal(balances.opening).negated().toFixed(2),
        closingBalance: new Decimal(balances.closing).negated().toFixed(2),
        entries: {
          nodes: page.map((r) => ({ date: r.date, label: r.label, debit: r.debit, credit: r.credit, balance: new Decimal(r.running).negated().toFixed(2) })),
          pageInfo: {
            endCursor: last ? sealCursor(cursors.secret, binding, { d: last.date, i: Number(last.id), b: new Decimal(last.running).toFixed(2) }) : null,
            hasNextPage: rows.length > 50,
          },
        },
      };
    },
    async worksFunds(agencyId, personId) {
      const [row] = await client.query<{ funds: unknown }>(WORKS_FUNDS_SQL, [agencyId, personId]);
      return json(row.funds);
    },
    async expenseList(agencyId, buildingId) {
      const [row] = await client.query<{ list: unknown }>(EXPENSE_LIST_SQL, [agencyId, buildingId]);
      return json(row.list);
    },
    async importBatch(agencyId, rows) {
      const batch = JSON.stringify(rows);
      await client.transaction(async (tx) => {
        for (const text of IMPORT_SQL) await tx.query(text, [agencyId, batch]);
      });
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
