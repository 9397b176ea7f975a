/**
 * `pnpm bench`: generates a large agency, starts the real server as a child process on it, drives
 * it over HTTP with autocannon, and sets each scenario beside its SQL floor.
 *
 *   BENCH_DRIVER=pglite|postgres|both (both)   BENCH_DURATION=seconds per run (10)
 *   BENCH_CONNECTIONS=concurrent connections (10)
 *   BENCH_DATABASE_URL=server for the throwaway database (postgres://postgres@127.0.0.1:5432/postgres)
 *   BENCH_KEEP=1 keeps that database for inspection instead of dropping it
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
import postgres from 'postgres';
import { openPglite, openPostgres, type Database } from '../src/db/client';
import { analyze, BENCH_PASSWORD, generateAgency, LOGINS, type Generated } from './generate';
import { cpuMeter, type CpuPerRequest } from './cpu';
import { explainScenarios } from './explain';
import { floorOps, pgliteClient, postgresClient, runLoops, type FloorOps } from './floor';
import { formatDriver, toMarkdown, writeResults, type DriverReport, type LoadSummary, type ScenarioResult, type StatementStats } from './report';
import { body, HOME, load, PEOPLE, probe, SEARCH_TERMS, ServerLog, SIGN_IN, signIn, type GraphQLBody } from './scenarios';

process.env.PALIER_SILENT = '1'; // this process never logs requests; the child does (its env is built below)

const apiDir = path.resolve(import.meta.dirname, '..');
const DRIVERS = (process.env.BENCH_DRIVER ?? 'both') === 'both' ? (['postgres', 'pglite'] as const) : [process.env.BENCH_DRIVER as 'postgres' | 'pglite'];
if (!DRIVERS.every((d) => d === 'postgres' || d === 'pglite')) throw new Error('BENCH_DRIVER must be pglite, postgres or both');
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const WARMUP = Math.min(3, Math.max(1, Math.round(DURATION / 5)));
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ENTRIES = { postgres: 1_000_000, pglite: 100_000 };
/** Keeps the PostgreSQL database (not the PGlite folder) for inspection with psql. */
const KEEP = process.env.BENCH_KEEP === '1';

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
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', PORT: String(port), ...env };
  delete childEnv.PALIER_SILENT;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: apiDir, env: childEnv, stdio: ['ignore', out, err] });
  fs.closeSync(out);
  fs.closeSync(err);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => { exited = true; resolve(); }));
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
    const ka = Object.keys(a as object).sort();
    const kb = Object.keys(b as object).sort();
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
  description: string;
  bodies: GraphQLBody[];
  cookie?: 'manager' | 'coOwner8';
  floor: (ops: FloorOps, generated: Generated) => (i: number) => Promise<unknown>;
  floorStatements: number;
  note?: string;
}

const SCENARIOS: ScenarioSpec[] = [
  {
    key: 'sign-in',
    description: `login mutation of ${LOGINS.coOwner8}`,
    bodies: [body(SIGN_IN, { identifier: LOGINS.coOwner8, password: BENCH_PASSWORD })],
    floor: (ops) => () => ops.signIn(LOGINS.coOwner8, BENCH_PASSWORD),
    floorStatements: 2,
    note: 'argon2id (19 MiB, 2 passes, ~35 ms of CPU a verification on the libuv pool) dominates by design: on 2 cores '
      + 'sign-in throughput is bounded by hashing, in the floor as in the API. Floor = identity lookup + verify + session insert.',
  },
  {
    key: 'co-owner home',
    description: `viewer.person with ownerships(first: 20) → lot, building, shares, key totals, account; accounts — ${LOGINS.coOwner8} (8 lots, 3 buildings)`,
    bodies: [body(HOME)],
    cookie: 'coOwner8',
    floor: (ops, g) => () => ops.home(g.agencyId, g.personIdByLogin.coOwner8),
    floorStatements: 1,
  },
  {
    key: 'people(search:)',
    description: `manager, people(search, first: 20) { displayName roles } over the persons, terms rotated: ${SEARCH_TERMS.join(', ')}`,
    bodies: SEARCH_TERMS.map((search) => body(PEOPLE, { search, first: 20 })),
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
    bodies: SEARCH_TERMS.map((search) => body(PEOPLE, { search, first: 20 })),
    cookie: 'manager',
    floor: (ops, g) => (i) => ops.people(g.agencyId, SEARCH_TERMS[i % SEARCH_TERMS.length]),
    floorStatements: 1,
  },
];

/** Floor runs and the expected answers, while this process still holds the database. */
async function measureFloors(report: DriverReport, ops: FloorOps, generated: Generated) {
  const expected = {
    home: {
      coOwner3: await ops.home(generated.agencyId, generated.personIdByLogin.coOwner3),
      coOwner8: await ops.home(generated.agencyId, generated.personIdByLogin.coOwner8),
      coOwner20: await ops.home(generated.agencyId, generated.personIdByLogin.coOwner20),
    },
    people: Object.fromEntries(await Promise.all(SEARCH_TERMS.map(async (term) => [term, await ops.people(generated.agencyId, term)] as const))),
  };
  const floors = new Map<string, LoadSummary & { cpu: CpuPerRequest; loadAverage: number }>();
  for (const spec of SCENARIOS) {
    const op = spec.floor(ops, generated);
    floors.set(spec.key, await phase(report, `floor ${spec.key}`, async () => {
      await runLoops(op, spec.connections ?? CONNECTIONS, WARMUP);
      const cpu = cpuMeter({ postgres: report.driver === 'postgres' });
      const summary = await runLoops(op, spec.connections ?? CONNECTIONS, DURATION);
      return { ...summary, cpu: cpu(summary.requests), loadAverage: os.loadavg()[0] };
    }));
  }
  return { expected, floors };
}

type Expected = Awaited<ReturnType<typeof measureFloors>>['expected'];

/** Probes (answers checked against the floor, statement counts by list size), then the load runs. */
async function measureApi(report: DriverReport, server: RunningServer, floors: Map<string, LoadSummary & { cpu: CpuPerRequest; loadAverage: number }>, expected: Expected) {
  const { baseUrl, log } = server;
  const cookies = {
    manager: await signIn(baseUrl, LOGINS.manager, BENCH_PASSWORD),
    coOwner3: await signIn(baseUrl, LOGINS.coOwner3, BENCH_PASSWORD),
    coOwner8: await signIn(baseUrl, LOGINS.coOwner8, BENCH_PASSWORD),
    coOwner20: await signIn(baseUrl, LOGINS.coOwner20, BENCH_PASSWORD),
  };

  const signInProbe = await probe(baseUrl, log, body(SIGN_IN, { identifier: LOGINS.coOwner3, password: BENCH_PASSWORD }));
  report.listSizeProbes.push({ scenario: 'sign-in', size: '—', statements: signInProbe.statements });
  for (const [key, lots] of [['coOwner3', 3], ['coOwner8', 8], ['coOwner20', 20]] as const) {
    const result = await probe(baseUrl, log, body(HOME), cookies[key]);
    const person = (result.data.viewer as { person: { ownerships: { nodes: unknown[] } } }).person;
    report.listSizeProbes.push({ scenario: 'co-owner home', size: `${lots} lots`, statements: result.statements });
    const same = sameData(person, expected.home[key]);
    report.checks.push({
      check: `home of ${LOGINS[key]} equals the floor's`,
      ok: same && person.ownerships.nodes.length === lots,
      detail: same ? `${person.ownerships.nodes.length} ownerships, identical data` : `API ${JSON.stringify(person).slice(0, 300)} ≠ floor ${JSON.stringify(expected.home[key]).slice(0, 300)}`,
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
  report.checks.push({ check: 'people pages equal the floor\'s', ok: mismatched.length === 0, detail: mismatched.length ? `differ for ${mismatched.join(', ')}` : `${SEARCH_TERMS.length} terms, identical names and roles` });
  const bySize = (scenario: string) => new Set(report.listSizeProbes.filter((p) => p.scenario === scenario).map((p) => p.statements));
  for (const scenario of ['co-owner home', 'people(search:)']) {
    const counts = [...bySize(scenario)];
    report.checks.push({ check: `${scenario}: SQL statements independent of list size`, ok: counts.length === 1, detail: `counts seen: ${counts.join(', ')}` });
  }

  for (const spec of SCENARIOS) {
    const cookie = spec.cookie ? cookies[spec.cookie] : undefined;
    const run = await phase(report, `api ${spec.key}`, async () => {
      await load({ baseUrl, connections: spec.connections ?? CONNECTIONS, durationS: WARMUP, bodies: spec.bodies, cookie });
      await new Promise((resolve) => setTimeout(resolve, 300)); // let the warm-up's last log lines land
      const offset = log.size;
      const cpu = cpuMeter({ serverPid: server.pid, postgres: report.driver === 'postgres' });
      const measured = await load({ baseUrl, connections: spec.connections ?? CONNECTIONS, durationS: DURATION, bodies: spec.bodies, cookie });
      const cpuPerRequest = cpu(measured.latencies.count);
      const loadAverage = os.loadavg()[0];
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { measured, cpuPerRequest, loadAverage, lines: log.linesSince(offset).filter((l) => l.msg === 'request' && l.operation === spec.bodies[0].operationName) };
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
      const people = report.scenarios.find((s) => s.scenario === key)!;
      const connections = SCENARIOS.find((spec) => spec.key === key)!.connections ?? CONNECTIONS;
      report.checks.push({ check: `target: people(search:) p99 < 25 ms on PostgreSQL, ${connections} connection(s)`, ok: people.api.p99 < 25, detail: `p99 ${people.api.p99.toFixed(2)} ms` });
    }
  }
  for (const s of report.scenarios) {
    const ratio = s.api.p50 / s.floor.p50;
    report.checks.push({ check: `target: ${s.scenario} GraphQL within 3× the SQL floor (p50)`, ok: ratio <= 3, detail: `${ratio.toFixed(2)}× (p50 ${s.api.p50.toFixed(2)} vs ${s.floor.p50.toFixed(2)} ms; req/s ${s.api.rps.toFixed(0)} vs ${s.floor.rps.toFixed(0)})` });
  }
}

function newReport(driver: DriverReport['driver']): DriverReport {
  return { driver, connections: CONNECTIONS, durationS: DURATION, counts: {}, phases: [], generationSteps: [], scenarios: [], listSizeProbes: [], checks: [] };
}

async function benchPostgres(): Promise<DriverReport> {
  const report = newReport('postgres');
  const dbName = `palier_bench_${process.pid}`;
  const url = new URL(ADMIN_URL);
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  url.pathname = `/${dbName}`;
  const dbUrl = url.toString();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'palier-bench-pg-'));
  cleanups.push(async () => fs.rmSync(workDir, { recursive: true, force: true }));
  cleanups.push(() => admin.end());
  await admin.unsafe(`CREATE DATABASE "${dbName}"`);
  cleanups.push(async () => {
    if (KEEP) {
      console.log(`[postgres] BENCH_KEEP=1: database kept, ${dbUrl} (drop it with DROP DATABASE "${dbName}")`);
      return;
    }
    await admin.unsafe(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    console.log(`[postgres] dropped database ${dbName}`);
  });

  let database: Database | undefined = await openPostgres(dbUrl);
  let generated: Generated;
  try {
    await phase(report, 'migrate', () => database!.migrate());
    generated = await phase(report, `generate (${ENTRIES.postgres.toLocaleString('en-US')} entries)`, () => generateAgency(database!, { ledgerEntries: ENTRIES.postgres }));
    await phase(report, 'vacuum analyze', () => analyze(database!));
  } finally {
    await database.close();
    database = undefined;
  }
  report.counts = generated.counts;
  report.generationSteps = generated.steps;

  const explained = await phase(report, 'explain', () => explainScenarios({
    url: dbUrl,
    agencyId: generated.agencyId,
    passwordOf: { manager: [LOGINS.manager, BENCH_PASSWORD], coOwner: [LOGINS.coOwner8, BENCH_PASSWORD] },
    coOwnerPersonId: generated.personIdByLogin.coOwner8,
  }));
  const explainFile = writeResults('explain-postgres.md', explained.markdown);
  report.explain = { summary: explained.summary, file: path.relative(process.cwd(), explainFile) };
  report.checks.push({ check: 'no seq scan on a large table in the API\'s statements', ok: explained.seqScans.length === 0, detail: explained.seqScans.join('; ') || 'none' });

  const floorSql = postgres(dbUrl, { max: CONNECTIONS, onnotice: () => {} });
  const { expected, floors } = await measureFloors(report, floorOps(postgresClient(floorSql)), generated).finally(() => floorSql.end());

  // DATA_DIR only holds the server's file store here (the database is DATABASE_URL).
  const server = await phase(report, 'server start', () => startServer({ DATABASE_URL: dbUrl, DATA_DIR: path.join(workDir, 'data') }, workDir));
  cleanups.push(() => server.stop());
  await measureApi(report, server, floors, expected);
  await phase(report, 'server stop', () => server.stop());
  return report;
}

async function benchPglite(): Promise<DriverReport> {
  const report = newReport('pglite');
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'palier-bench-pglite-'));
  cleanups.push(async () => fs.rmSync(workDir, { recursive: true, force: true }));
  const dataDir = path.join(workDir, 'data');

  // Load and measure the floor in this process, then close: PGlite allows one process a folder.
  const database = await phase(report, 'open', () => openPglite(dataDir));
  let measuredFloors: Awaited<ReturnType<typeof measureFloors>>;
  try {
    await phase(report, 'migrate', () => database.migrate());
    const generated = await phase(report, `generate (${ENTRIES.pglite.toLocaleString('en-US')} entries)`, () => generateAgency(database, { ledgerEntries: ENTRIES.pglite }));
    report.counts = generated.counts;
    report.generationSteps = generated.steps;
    await phase(report, 'analyze', () => analyze(database));
    const pg = (database.db as unknown as { $client: PGlite }).$client;
    measuredFloors = await measureFloors(report, floorOps(pgliteClient(pg)), generated);
  } finally {
    await phase(report, 'close', () => database.close());
  }

  const server = await phase(report, 'server start', () => startServer({ DATA_DIR: dataDir }, workDir));
  cleanups.push(() => server.stop());
  await measureApi(report, server, measuredFloors.floors, measuredFloors.expected);
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
  console.log(`Palier benchmark of ${codeVersion()}: drivers ${DRIVERS.join(', ')}; ${CONNECTIONS} connections; ${DURATION} s per run after ${WARMUP} s of warm-up; ${os.cpus().length} CPUs, Node ${process.version}`);
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
  const meta = { date: new Date().toISOString(), code: codeVersion(), machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`, node: process.version, connections: String(CONNECTIONS), duration: `${DURATION} s (+${WARMUP} s warm-up)`, total: `${total.toFixed(0)} s` };
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
