/**
 * `pnpm bench`: generates a large agency, starts the real server as a child process on it, drives
 * it over HTTP with autocannon, and sets each scenario beside its SQL floor.
 *
 *   BENCH_DRIVER=pglite|postgres|both (both)   BENCH_DURATION=seconds per run (10)
 *   BENCH_CONNECTIONS=concurrent connections (10)
 *   BENCH_DATABASE_URL=server for the throwaway database (postgres://postgres@127.0.0.1:5432/postgres;
 *     `postgres://postgres@localhost/postgres?host=/var/run/postgresql` for its Unix socket, API and floor alike)
 *   BENCH_KEEP=1 keeps that database for inspection instead of dropping it
 *   BENCH_ROUNDS=rounds of floor-then-API runs on PostgreSQL, with the median ratio per scenario (1)
 *   BENCH_SHORT_DURATION=seconds per run of the statement, works-fund and expense-list scenarios (4)
 *   BENCH_IMPORT_BATCHES=sequential 50 000-entry import batches, API and floor each (3 on PostgreSQL, 2 on PGlite; 0 skips)
 *   BENCH_SCENARIOS=|-separated substrings of the scenario keys to run (all), e.g. "home|statement page, start|works"
 *   BENCH_REUSE=database name of an earlier BENCH_KEEP=1 run: skips create/migrate/generate (PostgreSQL only)
 *   BENCH_PORTFOLIO_SCALE=fraction of the portfolio load's sizes (1: 30 000 persons, 200 buildings, 20 000 lots; 0 skips), see portfolio-load.ts
 *   BENCH_SERVER_NODE_OPTIONS=extra node flags for the server child, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
 *   BENCH_DOCUMENTS_SCALE=fraction of the documents scenarios' 200 000 documents (1; 0 skips), see documents-load.ts
 *
 * The server is a child process (`node --import tsx src/main.ts`, as `pnpm start` runs it) so
 * that autocannon does not share its event loop; its stdout, one JSON line per request, goes to a
 * file from which the SQL statement counts are read. Logging stays on, as in production.
 */
import 'reflect-metadata';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { connectPostgres, openPglite, openPostgres } from '../src/db/client';
import { analyze, BENCH_CURSOR_SECRET, BENCH_PASSWORD, coOwnerLogins, generateAgency, LOGINS, STATEMENT_ENTRIES, type Generated } from './generate';
import { cpuMeter, type CpuPerRequest } from './cpu';
import { documentsApi, documentsFloor, documentsSelected, type DocumentsFloor } from './documents-load';
import { explainScenarios } from './explain';
import { PORTFOLIO_ENABLED, portfolioFloor, portfolioLoad } from './portfolio-load';
import { floorOps, IMPORT_FLOOR_STATEMENTS, pgliteClient, postgresClient, runLoops, type FloorOps, type ImportRow } from './floor';
import { formatDriver, toMarkdown, writeResults, type BatchResult, type DriverReport, type LoadSummary, type ScenarioResult, type StatementStats } from './report';
import {
  body,
  EXPENSE_LIST,
  globalId,
  HOME,
  IMPORT_ENTRIES,
  load,
  PEOPLE,
  post,
  probe,
  SEARCH_TERMS,
  ServerLog,
  SIGN_IN,
  signIn,
  STATEMENT,
  WORKS_FUNDS,
  type GraphQLBody,
} from './scenarios';

process.env.PALIER_SILENT = '1'; // this process never logs requests; the child does (its env is built below)

const apiDir = path.resolve(import.meta.dirname, '..');
const DRIVERS = (process.env.BENCH_DRIVER ?? 'both') === 'both' ? (['postgres', 'pglite'] as const) : [process.env.BENCH_DRIVER as 'postgres' | 'pglite'];
if (!DRIVERS.every((d) => d === 'postgres' || d === 'pglite')) throw new Error('BENCH_DRIVER must be pglite, postgres or both');
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const WARMUP = Math.min(3, Math.max(1, Math.round(DURATION / 5)));
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ENTRIES = { postgres: 1_000_000, pglite: 100_000 };
/** The report scenarios (statement, works funds, expense list) run shorter, to keep `pnpm bench` under ~8 minutes. */
const SHORT = Math.min(DURATION, Number(process.env.BENCH_SHORT_DURATION ?? 4));
/** Sequential import batches of 50 000 entries (API and floor each): 3 on PostgreSQL, 2 on PGlite (~20 s a batch there). */
const IMPORT_BATCHES_OF = { postgres: Number(process.env.BENCH_IMPORT_BATCHES ?? 3), pglite: Number(process.env.BENCH_IMPORT_BATCHES ?? 2) };
const IMPORT_ROWS = 50_000;
/**
 * Rounds of floor-then-API runs on PostgreSQL, the server kept up (1). This machine's speed drifts
 * ±15 % from one minute to the next, floors and API alike, so one run's ratio is a draw; the
 * report adds the median of the rounds' ratios per scenario. The import runs in the first round only.
 */
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 1));
/** Keeps the PostgreSQL database (not the PGlite folder) for inspection with psql. */
const KEEP = process.env.BENCH_KEEP === '1';
/** A database kept by an earlier `BENCH_KEEP=1` run, with its generated ids beside the results. */
const REUSE = process.env.BENCH_REUSE;
const ONLY = process.env.BENCH_SCENARIOS?.split('|')
  .map((s) => s.trim())
  .filter(Boolean);
const SERVER_NODE_OPTIONS = process.env.BENCH_SERVER_NODE_OPTIONS?.split(/\s+/).filter(Boolean) ?? [];

/** Undone in reverse order at the end, on failure, and on Ctrl-C. */
const cleanups: (() => Promise<void>)[] = [];
async function runCleanups(): Promise<void> {
  while (cleanups.length) {
    try {
      await cleanups.pop()!();
    } catch (error) {
      console.error('cleanup failed:', error);
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: cleaning up…`);
    void runCleanups().then(() => process.exit(130));
  });
}

async function phase<T>(report: DriverReport, name: string, fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  process.stdout.write(`[${report.driver}] ${name}…`);
  try {
    return await fn();
  } finally {
    const seconds = (performance.now() - started) / 1000;
    report.phases.push({ phase: name, seconds });
    process.stdout.write(` ${seconds.toFixed(1)} s\n`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface RunningServer {
  pid: number;
  baseUrl: string;
  log: ServerLog;
  stop(): Promise<void>;
}

/** Starts `src/main.ts` like `pnpm start` (production mode, logs on) and waits for /healthz. */
async function startServer(env: Record<string, string>, workDir: string): Promise<RunningServer> {
  const port = await freePort();
  const logFile = path.join(workDir, 'server.log');
  const errFile = path.join(workDir, 'server.err');
  const out = fs.openSync(logFile, 'w');
  const err = fs.openSync(errFile, 'w');
  // CURSOR_SECRET: the one the generator sealed the deep cursor with (and the floor seals with).
  // TRUST_PROXY=loopback: autocannon plays the reverse proxy, so the sign-in scenario's requests
  // can each come from their own client address (X-Forwarded-For), as behind a real proxy.
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PALIER_EXPOSE_SQL_COUNT: '1',
    PORT: String(port),
    CURSOR_SECRET: BENCH_CURSOR_SECRET,
    TRUST_PROXY: 'loopback',
    ...env,
  };
  delete childEnv.PALIER_SILENT;
  const child: ChildProcess = spawn(process.execPath, [...SERVER_NODE_OPTIONS, '--import', 'tsx', 'src/main.ts'], { cwd: apiDir, env: childEnv, stdio: ['ignore', out, err] });
  fs.closeSync(out);
  fs.closeSync(err);
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exit;
    clearTimeout(killer);
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (true) {
    if (exited) throw new Error(`server exited during start:\n${fs.readFileSync(errFile, 'utf8')}`);
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`server did not answer /healthz within 120 s:\n${fs.readFileSync(errFile, 'utf8')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { pid: child.pid!, baseUrl, log: new ServerLog(logFile), stop };
}

/** Numbers as strings ("-0.00", "12.50") compare by value; everything else strictly. */
function sameData(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string' && /^-?\d+(\.\d+)?$/.test(a) && /^-?\d+(\.\d+)?$/.test(b)) return Number(a) === Number(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return sameData(ka, kb) && ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}

function statementStats(values: number[]): StatementStats {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0] ?? Number.NaN, median: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN, max: sorted.at(-1) ?? Number.NaN, requests: sorted.length };
}

interface ScenarioSpec {
  key: string;
  /** defaults to BENCH_CONNECTIONS */
  connections?: number;
  /** seconds of the measured run; defaults to BENCH_DURATION */
  durationS?: number;
  description: string;
  bodies: (g: Generated) => GraphQLBody[];
  cookie?: Login;
  /** each request from its own client address (X-Forwarded-For) */
  ownAddress?: boolean;
  floor: (ops: FloorOps, generated: Generated) => (i: number) => Promise<unknown>;
  floorStatements: number;
  note?: string;
}

/**
 * The sign-in scenario's people: each request signs in the next co-owner, from the next client
 * address, as many people signing in at once do. Sign-in is throttled per (identifier, address)
 * with 3 attempts in flight or failed at most, per address and per identifier: one person signing
 * in 10 times in parallel from one address is an attack, and is refused as one.
 */
const SIGN_IN_LOGINS = coOwnerLogins(2_000);

const SCENARIOS: ScenarioSpec[] = [
  {
    key: 'sign-in',
    description: `login mutation, each request a different co-owner (${SIGN_IN_LOGINS.length.toLocaleString('en-US')} in turn) from its own address`,
    bodies: () => SIGN_IN_LOGINS.map((identifier) => body(SIGN_IN, { identifier, password: BENCH_PASSWORD })),
    ownAddress: true,
    floor: (ops) => (i) => ops.signIn(SIGN_IN_LOGINS[i % SIGN_IN_LOGINS.length], BENCH_PASSWORD),
    floorStatements: 2,
    note:
      'argon2id (19 MiB, 2 passes, ~35 ms of CPU a verification on the libuv pool) dominates by design: on 2 cores ' +
      'sign-in throughput is bounded by hashing, in the floor as in the API. Floor = identity lookup + verify + session insert, ' +
      "the same people in turn; it keeps no attempt counters, so the API's throttle (reserve the attempt, then give it back) is part of its overhead.",
  },
  {
    key: 'co-owner home',
    description: `viewer.person with ownerships(first: 20) → lot, building, shares, key totals, account; accounts — ${LOGINS.coOwner8} (8 lots, 3 buildings)`,
    bodies: () => [body(HOME)],
    cookie: 'coOwner8',
    floor: (ops, g) => () => ops.home(g.agencyId, g.personIdByLogin.coOwner8),
    floorStatements: 1,
  },
  {
    key: 'people(search:)',
    description: `manager, people(search, first: 20) { displayName roles } over the persons, terms rotated: ${SEARCH_TERMS.join(', ')}`,
    bodies: () => SEARCH_TERMS.map((search) => body(PEOPLE, { search, first: 20 })),
    cookie: 'manager',
    floor: (ops, g) => (i) => ops.people(g.agencyId, SEARCH_TERMS[i % SEARCH_TERMS.length]),
    floorStatements: 1,
  },
  {
    // At 10 closed-loop connections p50 ≈ 10 / req/s: latency there is mostly queueing. One
    // connection shows what a single manager typing waits for.
    key: 'people(search:) ×1',
    connections: 1,
    description: 'the same search, one connection at a time (service time without queueing)',
    bodies: () => SEARCH_TERMS.map((search) => body(PEOPLE, { search, first: 20 })),
    cookie: 'manager',
    floor: (ops, g) => (i) => ops.people(g.agencyId, SEARCH_TERMS[i % SEARCH_TERMS.length]),
    floorStatements: 1,
  },
  {
    key: 'statement page, start',
    durationS: SHORT,
    description: `account holder, node(Account).statement(2015-01-01…2026-12-31) { opening/closing balance, entries(first: 50) } on an account of ${STATEMENT_ENTRIES.toLocaleString('en-US')} entries over 10 years, first page`,
    bodies: (g) => [body(STATEMENT, { id: globalId('Account', g.reports.bigAccountId), after: null })],
    cookie: 'holder',
    floor: (ops, g) => () => ops.statement(g.agencyId, g.reports.bigAccountId, null),
    floorStatements: 2,
    note: 'floor = the opening/closing balance statement (monthly totals + the partial month) and the keyset page with its running balance (window sum).',
  },
  {
    key: 'statement page, 90 % deep',
    durationS: SHORT,
    description: 'the same statement, the page after the cursor of entry 90 000 (cursor carries the running balance)',
    bodies: (g) => [body(STATEMENT, { id: globalId('Account', g.reports.bigAccountId), after: g.reports.deepCursor })],
    cookie: 'holder',
    floor: (ops, g) => () => ops.statement(g.agencyId, g.reports.bigAccountId, g.reports.deepCursor),
    floorStatements: 2,
  },
  {
    key: 'statement page, deep ×1',
    connections: 1,
    durationS: SHORT,
    description: 'the deep page, one connection at a time (service time without queueing)',
    bodies: (g) => [body(STATEMENT, { id: globalId('Account', g.reports.bigAccountId), after: g.reports.deepCursor })],
    cookie: 'holder',
    floor: (ops, g) => () => ops.statement(g.agencyId, g.reports.bigAccountId, g.reports.deepCursor),
    floorStatements: 2,
  },
  {
    key: 'works funds (20 lots)',
    durationS: SHORT,
    description: `${LOGINS.coOwner20}: viewer.person.worksFunds { building total lots { lot total lines } } — 20 lots in 5 buildings`,
    bodies: () => [body(WORKS_FUNDS)],
    cookie: 'coOwner20',
    floor: (ops, g) => () => ops.worksFunds(g.agencyId, g.personIdByLogin.coOwner20),
    floorStatements: 1,
    note: 'floor hard-codes the agency setting (105xxx only); the API reads it through its settings loader.',
  },
  {
    key: 'expense list (5 000)',
    durationS: SHORT,
    description: `council member ${LOGINS.council}: node(Building).expenseList { total groups expenses(first: 100) } — 5 000 expenses in the open year`,
    bodies: (g) => [body(EXPENSE_LIST, { id: globalId('Building', g.reports.expenseBuildingId) })],
    cookie: 'council',
    floor: (ops, g) => () => ops.expenseList(g.agencyId, g.reports.expenseBuildingId),
    floorStatements: 1,
  },
];

type Login = keyof typeof LOGINS;

/** The scenarios of this run (BENCH_SCENARIOS filters by key). */
const SELECTED = ONLY ? SCENARIOS.filter((spec) => ONLY.some((part) => spec.key.includes(part))) : SCENARIOS;
/** The documents scenarios (documents-load.ts) run unless BENCH_SCENARIOS leaves them out. */
const DOCUMENTS = documentsSelected(ONLY);
if (!SELECTED.length && !DOCUMENTS) throw new Error(`BENCH_SCENARIOS matches no scenario: ${SCENARIOS.map((spec) => spec.key).join(', ')}`);

/** One 50 000-entry batch over the import accounts; `tag` keeps external ids fresh on every run. */
function importRows(g: Generated, tag: string): { api: Record<string, string>[]; floor: ImportRow[] } {
  const accounts = g.reports.importAccounts;
  const api: Record<string, string>[] = [];
  const floor: ImportRow[] = [];
  for (let i = 0; i < IMPORT_ROWS; i++) {
    const a = accounts[i % accounts.length];
    const date = `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const amount = (10 + ((i * 7919) % 90000) / 100).toFixed(2);
    const debit = i % 2 === 0;
    const externalId = `${tag}-${i}`;
    const label = debit ? `Appel de fonds ${i}` : `Règlement ${i}`;
    api.push({ externalId, entityCode: a.entityCode, accountNumber: a.accountNumber, date, label, ...(debit ? { debit: amount } : { credit: amount }) });
    floor.push({ account_id: a.accountId, entry_date: date, label, debit: debit ? amount : '0', credit: debit ? '0' : amount, external_id: externalId });
  }
  return { api, floor };
}

const runTag = `${Date.now().toString(36)}-${process.pid}`;

/** The floor seals and opens statement cursors as the API does (see `FloorCursors`). */
const floorCursors = (generated: Generated) => ({ secret: BENCH_CURSOR_SECRET, bindings: generated.reports.cursorBindings });

/** Floor runs and the expected answers, while this process still holds the database. */
async function measureFloors(report: DriverReport, ops: FloorOps, generated: Generated, importBatches = IMPORT_BATCHES_OF[report.driver]) {
  const expected = {
    home: {
      coOwner3: await ops.home(generated.agencyId, generated.personIdByLogin.coOwner3),
      coOwner8: await ops.home(generated.agencyId, generated.personIdByLogin.coOwner8),
      coOwner20: await ops.home(generated.agencyId, generated.personIdByLogin.coOwner20),
    },
    people: Object.fromEntries(await Promise.all(SEARCH_TERMS.map(async (term) => [term, await ops.people(generated.agencyId, term)] as const))),
    statementStart: await ops.statement(generated.agencyId, generated.reports.bigAccountId, null),
    statementDeep: await ops.statement(generated.agencyId, generated.reports.bigAccountId, generated.reports.deepCursor),
    statementSmall: await ops.statement(generated.agencyId, generated.reports.smallAccountId, null),
    worksFunds: await ops.worksFunds(generated.agencyId, generated.personIdByLogin.coOwner20),
    expenseList: await ops.expenseList(generated.agencyId, generated.reports.expenseBuildingId),
  };
  const floors = new Map<string, LoadSummary & { cpu: CpuPerRequest; loadAverage: number }>();
  for (const spec of SELECTED) {
    const op = spec.floor(ops, generated);
    floors.set(
      spec.key,
      await phase(report, `floor ${spec.key}`, async () => {
        await runLoops(op, spec.connections ?? CONNECTIONS, spec.durationS ? Math.min(WARMUP, 1) : WARMUP);
        const cpu = cpuMeter({ postgres: report.driver === 'postgres' });
        const summary = await runLoops(op, spec.connections ?? CONNECTIONS, spec.durationS ?? DURATION);
        return { ...summary, cpu: cpu(summary.requests), loadAverage: os.loadavg()[0] };
      }),
    );
  }
  // The import floor last: it adds entries (to other accounts than the statement's).
  const importFloorSeconds = await phase(report, `floor import ${importBatches} × ${IMPORT_ROWS.toLocaleString('en-US')}`, async () => {
    const seconds: number[] = [];
    for (let b = 0; b < importBatches; b++) {
      const { floor } = importRows(generated, `floor-${runTag}-${report.driver}-${b}`);
      const t0 = performance.now();
      await ops.importBatch(generated.agencyId, floor);
      seconds.push((performance.now() - t0) / 1000);
    }
    return seconds;
  });
  return { expected, floors, importFloorSeconds };
}

/** Probes (answers checked against the floor, statement counts by list size), then the load runs. */
async function measureApi(
  report: DriverReport,
  server: RunningServer,
  measured: Awaited<ReturnType<typeof measureFloors>>,
  generated: Generated,
  importBatches = IMPORT_BATCHES_OF[report.driver],
) {
  const { floors, expected } = measured;
  const { baseUrl, log } = server;
  // The setup sign-ins: sequential, each a different person from 127.0.0.1 (no X-Forwarded-For),
  // so no counter ever reaches a limit; the load runs come from other addresses (10.x.y.z).
  const cookies = {} as Record<Login, string>;
  for (const login of Object.keys(LOGINS) as Login[]) cookies[login] = await signIn(baseUrl, LOGINS[login], BENCH_PASSWORD);

  const signInProbe = await probe(baseUrl, log, body(SIGN_IN, { identifier: LOGINS.coOwner3, password: BENCH_PASSWORD }));
  report.listSizeProbes.push({ scenario: 'sign-in', size: '—', statements: signInProbe.statements });
  for (const [key, lots] of [
    ['coOwner3', 3],
    ['coOwner8', 8],
    ['coOwner20', 20],
  ] as const) {
    const result = await probe(baseUrl, log, body(HOME), cookies[key]);
    const person = (result.data.viewer as { person: { ownerships: { nodes: unknown[] } } }).person;
    report.listSizeProbes.push({ scenario: 'co-owner home', size: `${lots} lots`, statements: result.statements });
    const same = sameData(person, expected.home[key]);
    report.checks.push({
      check: `home of ${LOGINS[key]} equals the floor's`,
      ok: same && person.ownerships.nodes.length === lots,
      detail: same
        ? `${person.ownerships.nodes.length} ownerships, identical data`
        : `API ${JSON.stringify(person).slice(0, 300)} ≠ floor ${JSON.stringify(expected.home[key]).slice(0, 300)}`,
    });
  }
  for (const first of [5, 20, 100]) {
    const result = await probe(baseUrl, log, body(PEOPLE, { search: SEARCH_TERMS[0], first }), cookies.manager);
    const nodes = (result.data.people as { nodes: unknown[] }).nodes;
    report.listSizeProbes.push({ scenario: 'people(search:)', size: `first: ${first} (${nodes.length} nodes)`, statements: result.statements });
  }
  const mismatched: string[] = [];
  for (const term of SEARCH_TERMS) {
    const result = await probe(baseUrl, log, body(PEOPLE, { search: term, first: 20 }), cookies.manager);
    if (!sameData((result.data.people as { nodes: unknown[] }).nodes, expected.people[term])) mismatched.push(term);
  }
  report.checks.push({
    check: "people pages equal the floor's",
    ok: mismatched.length === 0,
    detail: mismatched.length ? `differ for ${mismatched.join(', ')}` : `${SEARCH_TERMS.length} terms, identical names and roles`,
  });
  // Statement pages: answers against the floor, statement counts at the start, deep, and on 100 entries.
  const statementProbes: [string, string, string | null, unknown][] = [
    [`${STATEMENT_ENTRIES.toLocaleString('en-US')} entries, first page`, generated.reports.bigAccountId, null, expected.statementStart],
    [`${STATEMENT_ENTRIES.toLocaleString('en-US')} entries, 90 % deep`, generated.reports.bigAccountId, generated.reports.deepCursor, expected.statementDeep],
    ['100 entries, first page', generated.reports.smallAccountId, null, expected.statementSmall],
  ];
  for (const [size, accountId, after, floorAnswer] of statementProbes) {
    const result = await probe(baseUrl, log, body(STATEMENT, { id: globalId('Account', accountId), after }), cookies.holder);
    const statement = (result.data.node as { statement: unknown } | null)?.statement;
    report.listSizeProbes.push({ scenario: 'statement page', size, statements: result.statements });
    const same = sameData(statement, floorAnswer);
    report.checks.push({
      check: `statement page (${size}) equals the floor's`,
      ok: same,
      detail: same
        ? `${(statement as { entries: { nodes: unknown[] } }).entries.nodes.length} lines, identical balances, lines and cursor`
        : `API ${JSON.stringify(statement).slice(0, 300)} ≠ floor ${JSON.stringify(floorAnswer).slice(0, 300)}`,
    });
  }
  {
    const result = await probe(baseUrl, log, body(WORKS_FUNDS), cookies.coOwner20);
    const funds = (result.data.viewer as { person: { worksFunds: { lots: unknown[] }[] } }).person.worksFunds;
    report.listSizeProbes.push({ scenario: 'works funds', size: `${funds.reduce((n, b) => n + b.lots.length, 0)} lots`, statements: result.statements });
    const same = sameData(funds, expected.worksFunds);
    report.checks.push({
      check: "works funds equal the floor's",
      ok: same,
      detail: same
        ? `${funds.length} buildings, identical totals and lines`
        : `API ${JSON.stringify(funds).slice(0, 300)} ≠ floor ${JSON.stringify(expected.worksFunds).slice(0, 300)}`,
    });
  }
  {
    const result = await probe(baseUrl, log, body(EXPENSE_LIST, { id: globalId('Building', generated.reports.expenseBuildingId) }), cookies.council);
    const list = (result.data.node as { expenseList: { groups: unknown[] } } | null)?.expenseList;
    report.listSizeProbes.push({ scenario: 'expense list', size: `5 000 expenses, ${list?.groups.length ?? 0} groups`, statements: result.statements });
    const same = sameData(list, expected.expenseList);
    report.checks.push({
      check: "expense list equals the floor's",
      ok: same,
      detail: same
        ? `${list!.groups.length} groups, 100 expenses, identical`
        : `API ${JSON.stringify(list).slice(0, 300)} ≠ floor ${JSON.stringify(expected.expenseList).slice(0, 300)}`,
    });
  }
  const bySize = (scenario: string) => new Set(report.listSizeProbes.filter((p) => p.scenario === scenario).map((p) => p.statements));
  for (const scenario of ['co-owner home', 'people(search:)', 'statement page']) {
    const counts = [...bySize(scenario)];
    report.checks.push({ check: `${scenario}: SQL statements independent of list size`, ok: counts.length === 1, detail: `counts seen: ${counts.join(', ')}` });
  }

  for (const spec of SELECTED) {
    const cookie = spec.cookie ? cookies[spec.cookie] : undefined;
    const bodies = spec.bodies(generated);
    const run = await phase(report, `api ${spec.key}`, async () => {
      await load({ baseUrl, connections: spec.connections ?? CONNECTIONS, durationS: spec.durationS ? Math.min(WARMUP, 1) : WARMUP, bodies, cookie, ownAddress: spec.ownAddress });
      await new Promise((resolve) => setTimeout(resolve, 300)); // let the warm-up's last log lines land
      const offset = log.size;
      const cpu = cpuMeter({ serverPid: server.pid, postgres: report.driver === 'postgres' });
      const measured = await load({ baseUrl, connections: spec.connections ?? CONNECTIONS, durationS: spec.durationS ?? DURATION, bodies, cookie, ownAddress: spec.ownAddress });
      const cpuPerRequest = cpu(measured.latencies.count);
      const loadAverage = os.loadavg()[0];
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { measured, cpuPerRequest, loadAverage, lines: log.linesSince(offset).filter((l) => l.msg === 'request' && l.operation === bodies[0].operationName) };
    });
    const { measured, lines, cpuPerRequest, loadAverage } = run;
    const durations = lines.map((l) => l.durationMs ?? 0).sort((a, b) => a - b);
    const pct = (p: number) => durations[Math.min(durations.length - 1, Math.max(0, Math.ceil((p / 100) * durations.length) - 1))];
    const result: ScenarioResult = {
      scenario: spec.key,
      description: spec.description,
      api: {
        ...measured.latencies.summary(measured.durationS),
        autocannonP50: measured.autocannonP50,
        autocannonP99: measured.autocannonP99,
        non2xx: measured.non2xx,
        errors: measured.errors,
        serverP50: pct(50),
        serverP99: pct(99),
        cpu: cpuPerRequest,
      },
      statements: statementStats(lines.map((l) => l.sqlStatements ?? Number.NaN)),
      floor: { ...floors.get(spec.key)!, statements: spec.floorStatements },
      loadAverage,
      note: spec.note,
    };
    report.scenarios.push(result);
    report.checks.push({
      check: `${spec.key}: every response 2xx without GraphQL errors`,
      ok: measured.non2xx === 0 && measured.errors === 0 && measured.latencies.count > 0,
      detail: `${measured.latencies.count} responses, non-2xx ${measured.non2xx}, errors/timeouts/GraphQL errors ${measured.errors}`,
    });
  }

  if (report.driver === 'postgres') {
    for (const key of ['people(search:)', 'people(search:) ×1']) {
      const people = report.scenarios.find((s) => s.scenario === key);
      if (!people) continue;
      const connections = SCENARIOS.find((spec) => spec.key === key)!.connections ?? CONNECTIONS;
      report.checks.push({
        check: `target: people(search:) p99 < 25 ms on PostgreSQL, ${connections} connection(s)`,
        ok: people.api.p99 < 25,
        detail: `p99 ${people.api.p99.toFixed(2)} ms`,
      });
    }
    for (const s of report.scenarios.filter((x) => x.scenario.startsWith('statement page'))) {
      const connections = SCENARIOS.find((spec) => spec.key === s.scenario)!.connections ?? CONNECTIONS;
      report.checks.push({
        check: `target: ${s.scenario} p99 < 20 ms on PostgreSQL, ${connections} connection(s)`,
        ok: s.api.p99 < 20,
        detail: `p99 ${s.api.p99.toFixed(2)} ms (server-side ${s.api.serverP99?.toFixed(2)} ms; floor p99 ${s.floor.p99.toFixed(2)} ms)`,
      });
    }
  }

  for (const s of report.scenarios) {
    const ratio = s.api.p50 / s.floor.p50;
    report.checks.push({
      check: `target: ${s.scenario} GraphQL within 3× the SQL floor (p50)`,
      ok: ratio <= 3,
      detail: `${ratio.toFixed(2)}× (p50 ${s.api.p50.toFixed(2)} vs ${s.floor.p50.toFixed(2)} ms; req/s ${s.api.rps.toFixed(0)} vs ${s.floor.rps.toFixed(0)})`,
    });
  }
  if (importBatches === 0) return;

  // The import: sequential 50 000-entry batches as the manager, each timed and its statements counted.
  const batch: BatchResult = {
    scenario: 'importLedgerEntries',
    rows: IMPORT_ROWS,
    seconds: [],
    statements: [],
    floorSeconds: measured.importFloorSeconds,
    floorStatements: IMPORT_FLOOR_STATEMENTS,
  };
  await phase(report, `api import ${importBatches} × ${IMPORT_ROWS.toLocaleString('en-US')}`, async () => {
    for (let b = 0; b < importBatches; b++) {
      const payload = body(IMPORT_ENTRIES, { e: importRows(generated, `api-${runTag}-${report.driver}-${b}`).api });
      const offset = log.size;
      const t0 = performance.now();
      const answer = await post(baseUrl, payload, cookies.manager);
      batch.seconds.push((performance.now() - t0) / 1000);
      const created = (answer.data?.importLedgerEntries as { created: number } | undefined)?.created;
      if (answer.errors?.length || created !== IMPORT_ROWS) throw new Error(`import batch ${b}: ${JSON.stringify(answer.errors ?? answer.data).slice(0, 500)}`);
      batch.statements.push(await log.statementsOf(answer.requestId, offset));
    }
  });
  report.batches = [batch];
  const median = [...batch.seconds].sort((a, b) => a - b)[Math.floor(batch.seconds.length / 2)];
  if (report.driver === 'postgres') {
    report.checks.push({
      check: 'target: a 50 000-entry import batch under 5 s on PostgreSQL',
      ok: Math.max(...batch.seconds) < 5,
      detail: `${batch.seconds.map((v) => v.toFixed(2)).join(' / ')} s, ${[...new Set(batch.statements)].join(', ')} statements a batch`,
    });
  }
  report.checks.push({
    check: 'importLedgerEntries: statements a batch',
    ok: true,
    detail: `${[...new Set(batch.statements)].join(', ')} (floor ${IMPORT_FLOOR_STATEMENTS}); median ${median.toFixed(2)} s vs floor ${[...batch.floorSeconds].sort((a, b) => a - b)[Math.floor(batch.floorSeconds.length / 2)].toFixed(2)} s`,
  });
}

function newReport(driver: DriverReport['driver']): DriverReport {
  return { driver, connections: CONNECTIONS, durationS: DURATION, counts: {}, phases: [], generationSteps: [], scenarios: [], listSizeProbes: [], checks: [] };
}

async function benchPostgres(): Promise<DriverReport> {
  const report = newReport('postgres');
  const dbName = REUSE ?? `palier_bench_${process.pid}`;
  const generatedFile = path.join(apiDir, 'bench', 'results', `generated-${dbName}.json`);
  const url = new URL(ADMIN_URL);
  const admin = connectPostgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  url.pathname = `/${dbName}`;
  const dbUrl = url.toString();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'palier-bench-pg-'));
  cleanups.push(async () => fs.rmSync(workDir, { recursive: true, force: true }));
  cleanups.push(() => admin.end());
  if (!REUSE) await admin.unsafe(`CREATE DATABASE "${dbName}"`);
  cleanups.push(async () => {
    if (KEEP || REUSE) {
      console.log(`[postgres] BENCH_KEEP=1: database kept, ${dbUrl} (drop it with DROP DATABASE "${dbName}")`);
      return;
    }
    await admin.unsafe(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    console.log(`[postgres] dropped database ${dbName}`);
  });

  let generated: Generated;
  if (REUSE) {
    generated = JSON.parse(fs.readFileSync(generatedFile, 'utf8')) as Generated;
    if (!generated.reports.cursorBindings) throw new Error(`${generatedFile} predates sealed statement cursors: generate again (BENCH_KEEP=1 without BENCH_REUSE)`);
    // Attempt counters left by an earlier run (one stopped mid-sign-in keeps its reserved
    // attempts for an hour) must not refuse this run's own sign-ins: each run starts unthrottled.
    const bench = connectPostgres(dbUrl, { max: 1, onnotice: () => {} });
    try {
      await bench.unsafe('DELETE FROM sign_in_throttles');
    } finally {
      await bench.end();
    }
  } else {
    const database = await openPostgres(dbUrl);
    try {
      await phase(report, 'migrate', () => database.migrate());
      generated = await phase(report, `generate (${ENTRIES.postgres.toLocaleString('en-US')} entries)`, () => generateAgency(database, { ledgerEntries: ENTRIES.postgres }));
      await phase(report, 'vacuum analyze', () => analyze(database));
    } finally {
      await database.close();
    }
    if (KEEP) writeResults(path.basename(generatedFile), JSON.stringify(generated));
  }
  report.counts = generated.counts;
  report.generationSteps = generated.steps;

  const explained =
    process.env.BENCH_SKIP_EXPLAIN === '1'
      ? undefined
      : await phase(report, 'explain', () =>
          explainScenarios({
            url: dbUrl,
            agencyId: generated.agencyId,
            passwordOf: { manager: [LOGINS.manager, BENCH_PASSWORD], coOwner: [LOGINS.coOwner8, BENCH_PASSWORD] },
            coOwnerPersonId: generated.personIdByLogin.coOwner8,
            more: [
              {
                title: 'statement page, start',
                payload: body(STATEMENT, { id: globalId('Account', generated.reports.bigAccountId), after: null }),
                login: [LOGINS.holder, BENCH_PASSWORD],
              },
              {
                title: 'statement page, 90 % deep',
                payload: body(STATEMENT, { id: globalId('Account', generated.reports.bigAccountId), after: generated.reports.deepCursor }),
                login: [LOGINS.holder, BENCH_PASSWORD],
              },
              { title: 'works funds (20 lots)', payload: body(WORKS_FUNDS), login: [LOGINS.coOwner20, BENCH_PASSWORD] },
              {
                title: 'expense list (5 000)',
                payload: body(EXPENSE_LIST, { id: globalId('Building', generated.reports.expenseBuildingId) }),
                login: [LOGINS.council, BENCH_PASSWORD],
              },
              {
                title: `importLedgerEntries (${IMPORT_ROWS.toLocaleString('en-US')})`,
                payload: body(IMPORT_ENTRIES, { e: importRows(generated, `explain-${runTag}`).api }),
                login: [LOGINS.manager, BENCH_PASSWORD],
              },
            ],
            floors: {
              statement: [generated.agencyId, generated.reports.bigAccountId, generated.reports.deepCursor],
              worksFunds: [generated.agencyId, generated.personIdByLogin.coOwner20],
              expenseList: [generated.agencyId, generated.reports.expenseBuildingId],
            },
          }),
        );
  if (explained) {
    const explainFile = writeResults('explain-postgres.md', explained.markdown);
    report.explain = { summary: explained.summary, file: path.relative(process.cwd(), explainFile) };
    report.checks.push({ check: "no seq scan on a large table in the API's statements", ok: explained.seqScans.length === 0, detail: explained.seqScans.join('; ') || 'none' });
  }

  const floorSql = connectPostgres(dbUrl, { max: CONNECTIONS, onnotice: () => {} });
  cleanups.push(() => floorSql.end());
  const ops = floorOps(postgresClient(floorSql), floorCursors(generated));
  const measured = await measureFloors(report, ops, generated);
  const portfolioFloorSeconds = PORTFOLIO_ENABLED
    ? await phase(report, 'floor portfolio load', async () => {
        const portfolioSql = connectPostgres(dbUrl, { max: 1, onnotice: () => {} });
        return portfolioFloor(postgresClient(portfolioSql), generated.agencyId).finally(() => portfolioSql.end());
      })
    : undefined;

  const documents = DOCUMENTS
    ? await phase(report, 'documents: generate and floor', async () => {
        const documentsSql = connectPostgres(dbUrl, { max: CONNECTIONS, onnotice: () => {} });
        const growClient = async () => {
          const growSql = connectPostgres(dbUrl, { max: 1, onnotice: () => {} });
          return { client: postgresClient(growSql), close: () => growSql.end() };
        };
        const options = { agencyId: generated.agencyId, filesDir: path.join(workDir, 'data', 'files'), ...documentsLoad(), growClient };
        return documentsFloor(report, postgresClient(documentsSql), options).finally(() => documentsSql.end());
      })
    : undefined;

  // DATA_DIR only holds the server's file store here (the database is DATABASE_URL).
  const server = await phase(report, 'server start', () => startServer({ DATABASE_URL: dbUrl, DATA_DIR: path.join(workDir, 'data') }, workDir));
  cleanups.push(() => server.stop());
  await measureApi(report, server, measured, generated);
  for (let round = 2; round <= ROUNDS; round++) await measureApi(report, server, await measureFloors(report, ops, generated, 0), generated, 0);
  if (ROUNDS > 1) medianRatios(report);
  if (portfolioFloorSeconds) await measurePortfolioLoad(report, server, portfolioFloorSeconds);
  if (documents) await measureDocuments(report, server, documents);
  await phase(report, 'server stop', () => server.stop());
  return report;
}

/** Per scenario, the median of the rounds' p50 ratios (`BENCH_ROUNDS`), as a check against the 3× target. */
function medianRatios(report: DriverReport): void {
  const ratios = new Map<string, number[]>();
  for (const s of report.scenarios) ratios.set(s.scenario, [...(ratios.get(s.scenario) ?? []), s.api.p50 / s.floor.p50]);
  for (const [scenario, values] of ratios) {
    const { median } = statementStats(values);
    report.checks.push({
      check: `target: ${scenario} GraphQL within 3× the SQL floor (median p50 ratio of ${values.length} rounds)`,
      ok: median <= 3,
      detail: `${median.toFixed(2)}× (rounds: ${values.map((v) => `${v.toFixed(2)}×`).join(', ')})`,
    });
  }
}

/** The portfolio load through the write API (bench/portfolio-load.ts), after the floor measured it. */
async function measurePortfolioLoad(report: DriverReport, server: RunningServer, floorSeconds: Map<string, number[]>): Promise<void> {
  const cookie = await signIn(server.baseUrl, LOGINS.manager, BENCH_PASSWORD);
  const batches = await phase(report, 'api portfolio load', () => portfolioLoad(report, server, cookie, floorSeconds));
  report.batches = [...(report.batches ?? []), ...batches];
}

/** Load-run settings of the documents scenarios: the short duration, like the other report scenarios. */
const documentsLoad = () => ({ connections: CONNECTIONS, durationS: SHORT, warmupS: Math.min(WARMUP, 1) });

/** The documents scenarios through the API (documents-load.ts), after their floor. */
async function measureDocuments(report: DriverReport, server: RunningServer, floor: DocumentsFloor): Promise<void> {
  await phase(report, 'api documents', () => documentsApi(report, server, floor, { ...documentsLoad(), managerLogin: LOGINS.manager }));
}

async function benchPglite(): Promise<DriverReport> {
  const report = newReport('pglite');
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'palier-bench-pglite-'));
  cleanups.push(async () => fs.rmSync(workDir, { recursive: true, force: true }));
  const dataDir = path.join(workDir, 'data');

  // Load and measure the floor in this process, then close: PGlite allows one process a folder.
  const database = await phase(report, 'open', () => openPglite(dataDir));
  let measuredFloors: Awaited<ReturnType<typeof measureFloors>>;
  let portfolioFloorSeconds: Map<string, number[]> | undefined;
  let documents: DocumentsFloor | undefined;
  let generated: Generated;
  try {
    await phase(report, 'migrate', () => database.migrate());
    generated = await phase(report, `generate (${ENTRIES.pglite.toLocaleString('en-US')} entries)`, () => generateAgency(database, { ledgerEntries: ENTRIES.pglite }));
    report.counts = generated.counts;
    report.generationSteps = generated.steps;
    await phase(report, 'analyze', () => analyze(database));
    const pg = (database.db as unknown as { $client: PGlite }).$client;
    measuredFloors = await measureFloors(report, floorOps(pgliteClient(pg), floorCursors(generated)), generated);
    portfolioFloorSeconds = PORTFOLIO_ENABLED ? await phase(report, 'floor portfolio load', () => portfolioFloor(pgliteClient(pg), generated.agencyId)) : undefined;
    // PGlite: one size only (the folder is the server's while it runs, so the documents cannot grow then).
    documents = DOCUMENTS
      ? await phase(report, 'documents: generate and floor', () =>
          documentsFloor(report, pgliteClient(pg), { agencyId: generated.agencyId, filesDir: path.join(dataDir, 'files'), ...documentsLoad() }),
        )
      : undefined;
  } finally {
    await phase(report, 'close', () => database.close());
  }

  const server = await phase(report, 'server start', () => startServer({ DATA_DIR: dataDir }, workDir));
  cleanups.push(() => server.stop());
  await measureApi(report, server, measuredFloors, generated);
  if (portfolioFloorSeconds) await measurePortfolioLoad(report, server, portfolioFloorSeconds);
  if (documents) await measureDocuments(report, server, documents);
  await phase(report, 'server stop', () => server.stop());
  return report;
}

/** Which API code was measured (read-only git): the commit, and whether api/src had local changes. */
function codeVersion(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: apiDir, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: apiDir, encoding: 'utf8' }).trim();
    return dirty ? `${commit} + uncommitted changes in api/src` : commit;
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  console.log(
    `Palier benchmark of ${codeVersion()}: drivers ${DRIVERS.join(', ')}; ${CONNECTIONS} connections; ${DURATION} s per run after ${WARMUP} s of warm-up; ${os.cpus().length} CPUs, Node ${process.version}`,
  );
  const reports: DriverReport[] = [];
  try {
    for (const driver of DRIVERS) {
      const mark = cleanups.length;
      try {
        reports.push(driver === 'postgres' ? await benchPostgres() : await benchPglite());
      } finally {
        while (cleanups.length > mark) await cleanups.pop()!().catch((error) => console.error('cleanup failed:', error));
      }
      console.log(formatDriver(reports.at(-1)!));
    }
  } finally {
    await runCleanups();
  }

  const total = (performance.now() - started) / 1000;
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const meta = {
    date: new Date().toISOString(),
    code: codeVersion(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    connections: String(CONNECTIONS),
    duration: `${DURATION} s (+${WARMUP} s warm-up)`,
    total: `${total.toFixed(0)} s`,
  };
  const json = JSON.stringify({ meta, reports }, null, 2);
  const md = toMarkdown(reports, meta);
  writeResults(`bench-${stamp}.json`, json);
  writeResults(`bench-${stamp}.md`, md);
  writeResults('latest.json', json);
  const latest = writeResults('latest.md', md);

  console.log('\n==================== summary ====================');
  for (const report of reports) console.log(formatDriver(report));
  const failed = reports.flatMap((r) => r.checks.filter((c) => !c.ok).map((c) => `${r.driver}: ${c.check} — ${c.detail}`));
  console.log(`\n${failed.length ? `${failed.length} check(s) not met:\n  ${failed.join('\n  ')}` : 'all checks met'}`);
  // Targets and plan findings are results to report; wrong answers or failed requests are a broken run.
  if (failed.some((line) => !/: (target:|no seq scan)/.test(line))) process.exitCode = 1;
  console.log(`results: ${path.relative(process.cwd(), latest)} (and .json); total ${total.toFixed(0)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
