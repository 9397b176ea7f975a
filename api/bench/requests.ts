/**
 * `pnpm bench:requests`: the requests inbox of issue 12 (an agency with 100 000 requests and
 * 1 000 000 messages) beside a hand-written SQL floor, over HTTP GraphQL on the real server (one
 * kept-alive connection through `http-client.ts`, not `fetch`, whose own CPU counted as the server's).
 * Setup (not measured): a fresh agency inserted set-wise with generate_series: REQUESTS / 2 000
 * buildings, REQUESTS / 80 clients (one lot each, 25 a building), three managers, REQUESTS
 * requests (10 % open, 10 % in progress, 5 % waiting for the client, 75 % closed; a third
 * "Autre demande"; assigned once handled) and MESSAGES_PER_REQUEST messages each (every fourth an
 * internal note). Every building then holds 2 000 requests and every client 80, whatever the
 * volume: only the rest of the agency grows, so the times and the statement counts of the second,
 * smaller volume (REQUESTS / 10) show what the volume itself costs.
 * Measured, RUNS times each after WARMUP runs (p50 / p95), with the statements from `x-sql-statements`:
 *   - inbox: the manager's `requests(first: 50, status: OPEN, buildingId)` with totalCount and
 *     countsByStatus (the SPA's inbox page: the list's fields, building, lot and author);
 *   - inbox, status only: the same without the building (counts over the whole agency);
 *   - client list: the client's `Viewer.requests(first: 50)` with totalCount (a second page exists).
 * The floor reads the same rows and counts with hand-written SQL from this process (no HTTP, no
 * GraphQL, no session, no policy): the page joined to its building, lot and author, and one GROUP
 * BY for the counts per status (the total is the OPEN count; the client's total is the page's size
 * when the page holds the whole list, else one count). Each operation's rows and counts are
 * checked equal to the floor's once before measuring.
 *
 * Run with NODE_ENV=production (the package script does), as `pnpm start` and the core benchmark's
 * server run: without it graphql-js keeps its development checks (a realm check in every type
 * test), which doubled a bare signed-in request's time here.
 *
 *   BENCH_DRIVER=postgres|pglite (postgres)   BENCH_DATABASE_URL=server for the throwaway database
 *   BENCH_REQ_REQUESTS (100000)   BENCH_REQ_MESSAGES_PER_REQUEST (10)   BENCH_REQ_RUNS (40)
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { sql, type SQL } from 'drizzle-orm';
import { loadConfig } from '../src/config';
import { connectPostgres, openPglite, openPostgres, rowsOf, type Database } from '../src/db/client';
import * as t from '../src/db/schema';
import { localFileStore } from '../src/files/file-store';
import { hashPassword } from '../src/identity/password-hash';
import { createMailer } from '../src/mail/mailer';
import { MODULES } from '../src/modules';
import { createApp } from '../src/server';
import { jsonPoster } from './http-client';
import { Latencies } from './report';

process.env.PALIER_SILENT = '1';
const DRIVER = (process.env.BENCH_DRIVER ?? 'postgres') as 'pglite' | 'postgres';
const REQUESTS = Number(process.env.BENCH_REQ_REQUESTS ?? 100_000);
const MESSAGES_PER_REQUEST = Number(process.env.BENCH_REQ_MESSAGES_PER_REQUEST ?? 10);
const RUNS = Number(process.env.BENCH_REQ_RUNS ?? 40);
const WARMUP = 5;
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PASSWORD = 'Palier-Bench-2026!';
const PAGE = 50;
/** Requests per building and per client, whatever the volume (see above). */
const PER_BUILDING = 2000;
const PER_CLIENT = 80;

const ROW_FIELDS = 'id title category status openedAt updatedAt building { id code } lot { id code } author { id displayName }';
const INBOX = `query BenchInbox($status: RequestStatus, $buildingId: ID) { requests(first: ${PAGE}, status: $status, buildingId: $buildingId) {
  totalCount countsByStatus { status count } nodes { ${ROW_FIELDS} } } }`;
const MINE = `query BenchMyRequests { viewer { requests(first: ${PAGE}) { totalCount nodes { ${ROW_FIELDS} } } } }`;

interface Seeded {
  agencyId: string;
  buildingId: string;
  clientPersonId: string;
  managerLogin: string;
  clientLogin: string;
}

/**
 * An agency of `requests` requests (see the header for the spread), each with `messagesPer`
 * messages. Building `R000` holds the measured client (client 0) and the inbox's filter.
 */
async function seedAgency(database: Database, tag: string, requests: number, messagesPer: number): Promise<Seeded> {
  const { db } = database;
  const buildingCount = Math.max(1, Math.round(requests / PER_BUILDING));
  const clientCount = Math.max(1, Math.round(requests / PER_CLIENT));
  const [agency] = await db
    .insert(t.agencies)
    .values({ code: tag, name: `Agence ${tag}` })
    .returning();
  await db.insert(t.agencySettings).values({ agencyId: agency.id, values: {} });
  const passwordHash = await hashPassword(PASSWORD);
  const managers = await db
    .insert(t.persons)
    .values([1, 2, 3].map((n) => ({ agencyId: agency.id, displayName: `GESTIONNAIRE ${tag} ${n}` })))
    .returning();
  await db.insert(t.staffMembers).values(managers.map((m) => ({ agencyId: agency.id, personId: m.id })));
  await db.execute(sql`INSERT INTO ${t.buildings} (agency_id, code, name)
    SELECT ${agency.id}, 'R' || lpad(b::text, 3, '0'), 'Résidence ' || b FROM generate_series(0, ${buildingCount - 1}) b`);
  await db.execute(sql`INSERT INTO ${t.lots} (agency_id, building_id, code, type)
    SELECT ${agency.id}, b.id, b.code || '/' || lpad(i::text, 5, '0'), 'Appartement' FROM generate_series(0, ${clientCount - 1}) i
    JOIN ${t.buildings} b ON b.agency_id = ${agency.id} AND b.code = 'R' || lpad((i % ${buildingCount})::text, 3, '0')`);
  await db.execute(sql`INSERT INTO ${t.persons} (agency_id, display_name, external_id)
    SELECT ${agency.id}, 'COPROPRIETAIRE ' || lpad(i::text, 5, '0'), 'C' || lpad(i::text, 5, '0') FROM generate_series(0, ${clientCount - 1}) i`);
  await db.execute(sql`INSERT INTO ${t.ownerships} (agency_id, lot_id, person_id, start_date)
    SELECT l.agency_id, l.id, p.id, DATE '2015-06-01' FROM ${t.lots} l
    JOIN ${t.persons} p ON p.agency_id = l.agency_id AND p.external_id = 'C' || split_part(l.code, '/', 2)
    WHERE l.agency_id = ${agency.id}`);
  // Request n is client (n % clients)'s, about their lot; its status and category come from its rank among that client's requests.
  const managerIds = `{${managers.map((m) => m.id).join(',')}}`;
  await db.execute(sql`INSERT INTO ${t.clientRequests}
      (agency_id, author_person_id, title, category, status, lot_id, building_id, assignee_person_id, opened_at, updated_at)
    SELECT ${agency.id}, c.person_id, 'Demande ' || n,
      CASE WHEN (n / ${clientCount}) % 3 = 0 THEN 'OTHER' ELSE 'INTERVENTION' END,
      CASE WHEN (n / ${clientCount}) % 20 < 2 THEN 'OPEN' WHEN (n / ${clientCount}) % 20 < 4 THEN 'IN_PROGRESS'
           WHEN (n / ${clientCount}) % 20 = 4 THEN 'WAITING_FOR_CLIENT' ELSE 'CLOSED' END,
      c.lot_id, c.building_id,
      CASE WHEN (n / ${clientCount}) % 20 < 2 THEN NULL ELSE (${managerIds}::uuid[])[1 + n % 3] END,
      date_trunc('milliseconds', now()) - n * interval '3 minutes', date_trunc('milliseconds', now()) - n * interval '3 minutes' + interval '1 day'
    FROM generate_series(0, ${requests - 1}) n
    JOIN (SELECT substr(p.external_id, 2)::int AS i, p.id AS person_id, l.id AS lot_id, l.building_id
          FROM ${t.persons} p JOIN ${t.lots} l ON l.agency_id = p.agency_id AND split_part(l.code, '/', 2) = substr(p.external_id, 2)
          WHERE p.agency_id = ${agency.id} AND p.external_id LIKE 'C%') c ON c.i = n % ${clientCount}`);
  // The client writes the even messages (the first is the request's text), a manager the odd ones; every fourth is an internal note.
  await db.execute(sql`INSERT INTO ${t.requestMessages} (agency_id, request_id, author_person_id, text, is_internal, posted_at)
    SELECT r.agency_id, r.id, CASE WHEN k % 2 = 0 THEN r.author_person_id ELSE coalesce(r.assignee_person_id, ${managers[0].id}::uuid) END,
      'Message ' || k || ' : ' || r.title, k % 4 = 3, r.opened_at + k * interval '1 minute'
    FROM ${t.clientRequests} r CROSS JOIN generate_series(0, ${messagesPer - 1}) k WHERE r.agency_id = ${agency.id}`);

  const [building] = rowsOf<{ id: string }>(await db.execute(sql`SELECT id FROM ${t.buildings} WHERE agency_id = ${agency.id} AND code = 'R000'`));
  const [client] = rowsOf<{ id: string }>(await db.execute(sql`SELECT id FROM ${t.persons} WHERE agency_id = ${agency.id} AND external_id = 'C00000'`));
  const managerLogin = `BENCHREQ${tag}`;
  const clientLogin = `BENCHCLI${tag}`;
  await db.insert(t.identities).values([
    { agencyId: agency.id, personId: managers[0].id, login: managerLogin, passwordHash, mustChangePassword: false },
    { agencyId: agency.id, personId: client.id, login: clientLogin, passwordHash, mustChangePassword: false },
  ]);
  return { agencyId: agency.id, buildingId: building.id, clientPersonId: client.id, managerLogin, clientLogin };
}

interface FloorPage {
  ids: string[];
  total: number;
  counts?: Record<string, number>;
}

/** The floor of a page: the rows joined to their building, lot and author (one statement). */
async function floorRows(database: Database, where: SQL): Promise<string[]> {
  const rows = rowsOf<{ id: string }>(
    await database.db.execute(sql`
      SELECT r.id, r.title, r.category, r.status, r.opened_at, r.updated_at, b.id AS building_id, b.code AS building_code,
        l.id AS lot_id, l.code AS lot_code, p.id AS author_id, p.display_name AS author_name
      FROM ${t.clientRequests} r
      LEFT JOIN ${t.buildings} b ON b.agency_id = r.agency_id AND b.id = r.building_id
      LEFT JOIN ${t.lots} l ON l.agency_id = r.agency_id AND l.id = r.lot_id
      LEFT JOIN ${t.persons} p ON p.agency_id = r.agency_id AND p.id = r.author_person_id
      WHERE ${where}
      ORDER BY r.opened_at DESC, r.id DESC LIMIT ${PAGE + 1}`),
  );
  return rows.map((row) => row.id);
}

/** The floor of the inbox: its page, and the counts per status over the other filters in one GROUP BY (the total is the OPEN count). */
async function floorInbox(database: Database, seeded: Seeded, withBuilding: boolean): Promise<FloorPage> {
  const byBuilding = withBuilding ? sql` AND r.building_id = ${seeded.buildingId}` : sql``;
  const ids = await floorRows(database, sql`r.agency_id = ${seeded.agencyId} AND r.status = 'OPEN'${byBuilding}`);
  const found = rowsOf<{ status: string; n: string | number }>(
    await database.db.execute(sql`SELECT r.status, count(*) AS n FROM ${t.clientRequests} r WHERE r.agency_id = ${seeded.agencyId}${byBuilding} GROUP BY r.status`),
  );
  const counts = Object.fromEntries(found.map((c) => [c.status, Number(c.n)]));
  return { ids: ids.slice(0, PAGE), total: counts.OPEN ?? 0, counts };
}

/** The floor of the client's list: the page, and a count only when the page is not the whole list. */
async function floorMine(database: Database, seeded: Seeded): Promise<FloorPage> {
  const where = sql`r.agency_id = ${seeded.agencyId} AND r.author_person_id = ${seeded.clientPersonId}`;
  const ids = await floorRows(database, where);
  if (ids.length <= PAGE) return { ids, total: ids.length };
  const [{ n }] = rowsOf<{ n: string | number }>(await database.db.execute(sql`SELECT count(*) AS n FROM ${t.clientRequests} r WHERE ${where}`));
  return { ids: ids.slice(0, PAGE), total: Number(n) };
}

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');
const rawId = (id: string) => Buffer.from(id, 'base64url').toString().split(':')[1];

type Connection = { totalCount: number; countsByStatus?: { status: string; count: number }[]; nodes: { id: string }[] };

/** The API's page in the floor's terms, to check both read the same rows and counts. */
function asFloor(connection: Connection): FloorPage {
  return {
    ids: connection.nodes.map((node) => rawId(node.id)),
    total: connection.totalCount,
    ...(connection.countsByStatus ? { counts: Object.fromEntries(connection.countsByStatus.map((c) => [c.status, c.count])) } : {}),
  };
}

function sameAnswer(label: string, api: FloorPage, floor: FloorPage): void {
  const sorted = (counts?: Record<string, number>) => JSON.stringify(Object.entries(counts ?? {}).sort());
  if (JSON.stringify(api.ids) !== JSON.stringify(floor.ids) || api.total !== floor.total || sorted(api.counts) !== sorted(floor.counts)) {
    throw new Error(`${label}: the API and the floor disagree\n${JSON.stringify(api).slice(0, 400)}\n${JSON.stringify(floor).slice(0, 400)}`);
  }
  if (api.ids.length === 0) throw new Error(`${label}: an empty page measures nothing`);
}

async function openDatabase(): Promise<{ database: Database; vacuum: () => Promise<void>; done: () => Promise<void> }> {
  if (DRIVER === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'palier-bench-requests-'));
    const database = await openPglite(dir);
    return {
      database,
      vacuum: async () => void (await database.db.execute(sql`VACUUM ANALYZE`)),
      done: async () => (await database.close(), fs.rmSync(dir, { recursive: true, force: true })),
    };
  }
  const name = `palier_bench_requests_${process.pid}`;
  const admin = connectPostgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString());
  return {
    database,
    // VACUUM (not only ANALYZE) sets the visibility map, so the counts are index-only scans as on a settled database.
    vacuum: async () => {
      const direct = connectPostgres(url.toString(), { max: 1, onnotice: () => {} });
      await direct.unsafe('VACUUM (ANALYZE)');
      await direct.end();
    },
    done: async () => {
      await database.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

const ms = (value: number) => value.toFixed(1).padStart(6);

async function main(): Promise<void> {
  const { database, vacuum, done } = await openDatabase();
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'palier-bench-files-'));
  try {
    await database.migrate();
    const config = { ...loadConfig({ ...process.env, PORT: '0', PALIER_EXPOSE_SQL_COUNT: '1' }), publicUrl: 'http://palier.bench' };
    const { app, apollo } = await createApp({ db: database.db, config, mailer: createMailer({ from: config.mailFrom }), files: localFileStore(filesDir), modules: MODULES });
    const server = await new Promise<import('node:http').Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const post = jsonPoster(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);

    const volumes = [REQUESTS, Math.max(PER_BUILDING, Math.round(REQUESTS / 10))];
    const seeded: Seeded[] = [];
    for (const volume of volumes) {
      const started = performance.now();
      seeded.push(await seedAgency(database, `RQ${seeded.length}N${volume}`, volume, MESSAGES_PER_REQUEST));
      console.log(`seeded ${volume} requests and ${volume * MESSAGES_PER_REQUEST} messages in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
    await vacuum();

    console.log(`[${DRIVER}] requests inbox: first page of ${PAGE}, ${RUNS} runs each after ${WARMUP} (ms)`);
    console.log('requests  operation            API p50 /  p95  statements  floor p50 /  p95  ratio p50');
    for (const [index, volume] of volumes.entries()) {
      const agency = seeded[index];
      const signIn = async (login: string) => {
        const response = await post({ query: `mutation { login(identifier: "${login}", password: "${PASSWORD}") { viewer { identifier } } }` });
        const cookie = response.headers['set-cookie']?.[0]?.split(';')[0];
        if (!cookie) throw new Error(`sign-in of ${login} failed: ${response.body}`);
        return async (query: string, variables: unknown = {}) => {
          const answer = await post({ query, variables }, { cookie });
          const json = JSON.parse(answer.body) as { data?: Record<string, never>; errors?: unknown[] };
          if (json.errors) throw new Error(JSON.stringify(json.errors).slice(0, 500));
          return { data: json.data!, statements: Number(answer.headers['x-sql-statements'] ?? -1) };
        };
      };
      const asManager = await signIn(agency.managerLogin);
      const asClient = await signIn(agency.clientLogin);
      const inbox = (withBuilding: boolean) => async () => {
        const answer = await asManager(INBOX, { status: 'OPEN', buildingId: withBuilding ? gid('Building', agency.buildingId) : null });
        return { page: asFloor(answer.data.requests), statements: answer.statements };
      };
      const mine = async () => {
        const answer = await asClient(MINE);
        return { page: asFloor((answer.data.viewer as { requests: Connection }).requests), statements: answer.statements };
      };

      const measure = async (label: string, api: () => Promise<{ page: FloorPage; statements: number }>, floor: () => Promise<FloorPage>) => {
        sameAnswer(`${volume} ${label}`, (await api()).page, await floor());
        for (let run = 0; run < WARMUP; run++) await api().then(floor);
        const apiMs = new Latencies();
        const floorMs = new Latencies();
        const statements = new Set<number>();
        for (let run = 0; run < RUNS; run++) {
          let started = performance.now();
          statements.add((await api()).statements);
          apiMs.record(performance.now() - started);
          started = performance.now();
          await floor();
          floorMs.record(performance.now() - started);
        }
        const counted = [...statements].sort((a, b) => a - b);
        const range = counted.length === 1 ? String(counted[0]) : `${counted[0]}-${counted.at(-1)}`;
        console.log(
          `${String(volume).padStart(8)}  ${label.padEnd(19)} ${ms(apiMs.percentile(50))} / ${ms(apiMs.percentile(95))}  ${range.padStart(10)}  ${ms(floorMs.percentile(50))} / ${ms(floorMs.percentile(95))}  ${(apiMs.percentile(50) / floorMs.percentile(50)).toFixed(1).padStart(8)}×`,
        );
      };
      // What any signed-in request costs (HTTP, the session and its actor, GraphQL), for reading the ratios.
      const least = new Latencies();
      let leastStatements = -1;
      for (let run = 0; run < WARMUP + RUNS; run++) {
        const started = performance.now();
        leastStatements = (await asManager('query BenchLeast { viewer { identifier } }')).statements;
        if (run >= WARMUP) least.record(performance.now() - started);
      }
      console.log(
        `${String(volume).padStart(8)}  ${'viewer { identifier }'.padEnd(19)} ${ms(least.percentile(50))} / ${ms(least.percentile(95))}  ${String(leastStatements).padStart(10)}`,
      );
      await measure('inbox status+bldg', inbox(true), () => floorInbox(database, agency, true));
      await measure('inbox status only', inbox(false), () => floorInbox(database, agency, false));
      await measure('client list', mine, () => floorMine(database, agency));
    }
    await new Promise((resolve) => server.close(resolve));
    await apollo.stop();
  } finally {
    fs.rmSync(filesDir, { recursive: true, force: true });
    await done();
  }
}

await main();
