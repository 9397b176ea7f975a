/**
 * `pnpm bench:assembly`: a general assembly of PARTICIPANTS co-owners and RESOLUTIONS
 * resolutions (issue 10: 400 and 40), beside a direct-SQL floor. Setup (not measured): a fresh
 * agency with one building, its lots, co-owners and shares inserted set-wise; the AG created
 * through the API (participants from the co-owners), its agenda added, everyone marked present.
 * Measured, each RUNS times (median and max), with the statements from `x-sql-statements`:
 *   - a full ballot: recordVotes of every participant on one resolution;
 *   - every result: the 40 resolutions' `result` (the majorities computed on the server);
 *   - the report: `report` with the attendance recap and every resolution's result.
 * The floor reads (or writes) the same data with hand-written SQL from this process (no HTTP,
 * no GraphQL, no policy): one upsert for the ballot; one GROUP BY of the votes by resolution
 * and choice for the results (sums only, no majority rules); that and the attendance totals for
 * the report. Then the same three at a quarter of the participants, to show the statement
 * counts do not depend on them.
 *
 *   BENCH_DRIVER=pglite|postgres (pglite)   BENCH_DATABASE_URL=server for the throwaway database
 *   BENCH_AG_PARTICIPANTS (400)   BENCH_AG_RESOLUTIONS (40)   BENCH_AG_RUNS (7)
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/config';
import { connectPostgres, openPglite, openPostgres, type Database } from '../src/db/client';
import * as t from '../src/db/schema';
import { localFileStore } from '../src/files/file-store';
import { hashPassword } from '../src/identity/password-hash';
import { createMailer } from '../src/mail/mailer';
import { MODULES } from '../src/modules';
import { createApp } from '../src/server';

process.env.PALIER_SILENT = '1';
const DRIVER = (process.env.BENCH_DRIVER ?? 'pglite') as 'pglite' | 'postgres';
const PARTICIPANTS = Number(process.env.BENCH_AG_PARTICIPANTS ?? 400);
const RESOLUTIONS = Number(process.env.BENCH_AG_RESOLUTIONS ?? 40);
const RUNS = Number(process.env.BENCH_AG_RUNS ?? 7);
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PASSWORD = 'Palier-Bench-2026!';

const CREATE = `mutation BenchCreateAssembly($input: CreateGeneralAssemblyInput!) { createGeneralAssembly(input: $input) { id } }`;
const ADD = `mutation BenchAddResolution($input: AddResolutionInput!) { addResolution(input: $input) { id } }`;
const ALL_PRESENT = `mutation BenchAllPresent($id: ID!) { markAllPresent(assemblyId: $id, mode: PRESENT) { id } }`;
const PARTICIPANT_IDS = `query BenchParticipants($id: ID!, $after: String) { node(id: $id) { ... on GeneralAssembly {
  participants(first: 100, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } } } }`;
const BALLOT = `mutation BenchBallot($input: RecordVotesInput!) { recordVotes(input: $input) { result { outcome } } }`;
const HEADCOUNT = '{ count shares }';
const TALLY = `outcome decidingArticle members ${HEADCOUNT} yes ${HEADCOUNT} no ${HEADCOUNT} abstain ${HEADCOUNT} notVoting ${HEADCOUNT} absent ${HEADCOUNT}
  opponents abstainers nonVoters absentees defaillants firstVote { article adopted } secondVote { article adopted }`;
const RESULTS = `query BenchResults($id: ID!) { node(id: $id) { ... on GeneralAssembly { resolutions { number result { ${TALLY} } } } } }`;
const REPORT = `query BenchReport($id: ID!) { node(id: $id) { ... on GeneralAssembly { report {
  attendance { present ${HEADCOUNT} absent ${HEADCOUNT} total ${HEADCOUNT} }
  attendees { displayName status shares attendanceText } remoteVoters absentees postalVoters { displayName postalFormReceivedOn }
  arrivals { displayName time } departures { displayName time }
  resolutions { verdict articleLabel resolution { number } result { ${TALLY} } } } } } }`;

/** An agency with a manager, one building and `count` co-owners of one lot each, shares 1 to 9 under key 010. */
async function seedAgency(database: Database, tag: string, count: number) {
  const { db } = database;
  const [agency] = await db
    .insert(t.agencies)
    .values({ code: tag, name: `Agence ${tag}` })
    .returning();
  await db.insert(t.agencySettings).values({ agencyId: agency.id, values: {} });
  const [syndicate] = await db.insert(t.entities).values({ agencyId: agency.id, code: 'S001', kind: 'SYNDIC', name: 'Syndicat' }).returning();
  const [building] = await db.insert(t.buildings).values({ agencyId: agency.id, code: 'BENCH', name: 'Résidence', syndicateEntityId: syndicate.id }).returning();
  const [key] = await db.insert(t.allocationKeys).values({ agencyId: agency.id, buildingId: building.id, code: '010', label: 'CHARGES COMMUNES GENERALES' }).returning();
  const [manager] = await db
    .insert(t.persons)
    .values({ agencyId: agency.id, displayName: `GESTIONNAIRE ${tag}` })
    .returning();
  await db.insert(t.staffMembers).values({ agencyId: agency.id, personId: manager.id });
  const login = `BENCH${tag}`;
  await db.insert(t.identities).values({ agencyId: agency.id, personId: manager.id, login, passwordHash: await hashPassword(PASSWORD), mustChangePassword: false });
  await db.execute(sql`INSERT INTO ${t.lots} (agency_id, building_id, code, type)
    SELECT ${agency.id}, ${building.id}, 'BENCH/' || lpad(n::text, 4, '0'), 'Appartement' FROM generate_series(1, ${count}) n`);
  await db.execute(sql`INSERT INTO ${t.persons} (agency_id, display_name, external_id)
    SELECT ${agency.id}, 'COPROPRIETAIRE ' || lpad(n::text, 4, '0'), 'C' || lpad(n::text, 4, '0') FROM generate_series(1, ${count}) n`);
  await db.execute(sql`INSERT INTO ${t.ownerships} (agency_id, lot_id, person_id, start_date)
    SELECT l.agency_id, l.id, p.id, DATE '2015-06-01' FROM ${t.lots} l
    JOIN ${t.persons} p ON p.agency_id = l.agency_id AND p.external_id = 'C' || substr(l.code, 7)
    WHERE l.agency_id = ${agency.id}`);
  await db.execute(sql`INSERT INTO ${t.lotShares} (agency_id, allocation_key_id, lot_id, shares)
    SELECT agency_id, ${key.id}, id, (1 + substr(code, 7)::int % 9)::numeric + 0.12345 FROM ${t.lots} WHERE agency_id = ${agency.id}`);
  return { agencyId: agency.id, buildingId: building.id, keyId: key.id, login };
}

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');
const choiceOf = (i: number) => (['YES', 'YES', 'NO', 'ABSTAIN'] as const)[i % 4];

/** The floor of a full ballot: one upsert of every vote (the API also checks and audits). */
async function floorBallot(database: Database, agencyId: string, assemblyId: string, resolutionId: string, participantIds: string[]): Promise<void> {
  await database.db.execute(sql`
    INSERT INTO ${t.assemblyVotes} (agency_id, assembly_id, resolution_id, participant_id, ballot, choice)
    SELECT ${agencyId}::uuid, ${assemblyId}::uuid, ${resolutionId}::uuid, v.id, 'FIRST', v.choice::vote_choice
    FROM unnest(${sql.param(participantIds)}::uuid[], ${sql.param(participantIds.map((_, i) => choiceOf(i)))}::text[]) AS v(id, choice)
    ON CONFLICT (agency_id, resolution_id, participant_id, ballot) DO UPDATE SET choice = excluded.choice WHERE ${t.assemblyVotes.choice} IS DISTINCT FROM excluded.choice`);
}

/** The floor of every result: yes / no / abstain headcount and shares per resolution, in one statement (sums only). */
const floorResults = (database: Database, agencyId: string, assemblyId: string) =>
  database.db.execute(sql`
    SELECT v.resolution_id, v.choice, count(*)::int AS n, sum(s.shares) AS shares, array_agg(p.display_name ORDER BY p.display_name) AS names
    FROM ${t.assemblyVotes} v
    JOIN ${t.resolutions} r ON r.agency_id = v.agency_id AND r.id = v.resolution_id
    JOIN ${t.assemblyParticipantShares} s ON s.agency_id = v.agency_id AND s.participant_id = v.participant_id AND s.allocation_key_id = r.allocation_key_id
    JOIN ${t.assemblyParticipants} p ON p.agency_id = v.agency_id AND p.id = v.participant_id
    WHERE v.agency_id = ${agencyId} AND v.assembly_id = ${assemblyId} AND v.ballot = 'FIRST'
    GROUP BY v.resolution_id, v.choice`);

/** The floor of the report: the results and the attendance sheet (every participant with their shares and code). */
const floorReport = async (database: Database, agencyId: string, assemblyId: string) => {
  await floorResults(database, agencyId, assemblyId);
  await database.db.execute(sql`
    SELECT p.display_name, p.status, s.shares FROM ${t.assemblyParticipants} p
    JOIN ${t.generalAssemblies} ga ON ga.agency_id = p.agency_id AND ga.id = p.assembly_id
    JOIN ${t.assemblyParticipantShares} s ON s.agency_id = p.agency_id AND s.participant_id = p.id AND s.allocation_key_id = ga.attendance_key_id
    WHERE p.agency_id = ${agencyId} AND p.assembly_id = ${assemblyId} ORDER BY p.display_name`);
};

async function openDatabase(): Promise<{ database: Database; done: () => Promise<void> }> {
  if (DRIVER === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'palier-bench-assembly-'));
    const database = await openPglite(dir);
    return { database, done: async () => (await database.close(), fs.rmSync(dir, { recursive: true, force: true })) };
  }
  const name = `palier_bench_assembly_${process.pid}`;
  const admin = connectPostgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString());
  return {
    database,
    done: async () => {
      await database.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], max: sorted.at(-1)! };
};

async function main(): Promise<void> {
  const { database, done } = await openDatabase();
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'palier-bench-files-'));
  try {
    await database.migrate();
    const config = { ...loadConfig({ ...process.env, PORT: '0', PALIER_EXPOSE_SQL_COUNT: '1' }), publicUrl: 'http://palier.bench' };
    const { app, apollo } = await createApp({ db: database.db, config, mailer: createMailer({ from: config.mailFrom }), files: localFileStore(filesDir), modules: MODULES });
    const server = await new Promise<import('node:http').Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    console.log(`[${DRIVER}] general assembly: ${RESOLUTIONS} resolutions, ${RUNS} runs each (ms: median / max)`);
    console.log('participants  operation        API ms       statements  floor ms');
    for (const count of [PARTICIPANTS, Math.max(4, Math.round(PARTICIPANTS / 4))]) {
      const seeded = await seedAgency(database, `AG${count}`, count);
      let cookie = '';
      const post = async (query: string, variables: unknown) => {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
        cookie = response.headers.get('set-cookie')?.split(';')[0] ?? cookie;
        const json = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
        if (json.errors) throw new Error(JSON.stringify(json.errors).slice(0, 500));
        return { data: json.data as Record<string, never>, statements: Number(response.headers.get('x-sql-statements') ?? -1) };
      };
      await post(`mutation { login(identifier: "${seeded.login}", password: "${PASSWORD}") { viewer { identifier } } }`, {});
      const created = await post(CREATE, {
        input: {
          buildingId: gid('Building', seeded.buildingId),
          title: 'AG bench',
          kind: 'ORDINARY',
          startsAt: '2099-06-30T08:00:00Z',
          attendanceKeyId: gid('AllocationKey', seeded.keyId),
        },
      });
      const assemblyId = (created.data.createGeneralAssembly as { id: string }).id;
      const resolutionIds: string[] = [];
      for (let r = 1; r <= RESOLUTIONS; r++) {
        const majority = (['ARTICLE_24', 'ARTICLE_25', 'ARTICLE_26', 'ARTICLE_24'] as const)[r % 4];
        const added = await post(ADD, { input: { assemblyId, number: String(r), title: `Résolution ${r}`, majority, allocationKeyId: gid('AllocationKey', seeded.keyId) } });
        resolutionIds.push((added.data.addResolution as { id: string }).id);
      }
      await post(ALL_PRESENT, { id: assemblyId });
      const participantIds: string[] = [];
      for (let after: string | null = null, more = true; more;) {
        const page = await post(PARTICIPANT_IDS, { id: assemblyId, after });
        const connection = (page.data.node as { participants: { nodes: { id: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }).participants;
        participantIds.push(...connection.nodes.map((node) => node.id));
        after = connection.pageInfo.endCursor;
        more = connection.pageInfo.hasNextPage;
      }
      const rawAssemblyId = Buffer.from(assemblyId, 'base64url').toString().split(':')[1];
      const rawIds = (ids: string[]) => ids.map((id) => Buffer.from(id, 'base64url').toString().split(':')[1]);
      // Every resolution but the last gets its full ballot first, so the results and the report count real votes.
      for (const resolutionId of resolutionIds.slice(0, -1)) {
        await post(BALLOT, {
          input: { resolutionId, ballot: 'FIRST', votes: participantIds.map((participantId, i) => ({ participantId, choice: choiceOf(i + resolutionId.length) })) },
        });
      }
      await database.db.execute(sql`ANALYZE`);

      const measure = async (label: string, api: (run: number) => Promise<{ statements: number }>, floor: (run: number) => Promise<unknown>) => {
        const apiMs: number[] = [];
        const floorMs: number[] = [];
        let statements = -1;
        for (let run = 0; run < RUNS; run++) {
          let started = performance.now();
          statements = (await api(run)).statements;
          apiMs.push(performance.now() - started);
          started = performance.now();
          await floor(run);
          floorMs.push(performance.now() - started);
        }
        const a = stats(apiMs);
        const f = stats(floorMs);
        console.log(
          `${String(count).padStart(12)}  ${label.padEnd(15)}  ${a.median.toFixed(0).padStart(5)} / ${a.max.toFixed(0).padStart(5)}  ${String(statements).padStart(10)}  ${f.median.toFixed(1).padStart(6)} / ${f.max.toFixed(1)}`,
        );
      };
      const last = resolutionIds.at(-1)!;
      const [rawLast] = rawIds([last]);
      const rawParticipants = rawIds(participantIds);
      // Alternate the choices run after run, so every run writes (and audits) every vote.
      await measure(
        'full ballot',
        (run) => post(BALLOT, { input: { resolutionId: last, ballot: 'FIRST', votes: participantIds.map((participantId, i) => ({ participantId, choice: choiceOf(i + run) })) } }),
        () => floorBallot(database, seeded.agencyId, rawAssemblyId, rawLast, rawParticipants),
      );
      await measure(
        'every result',
        () => post(RESULTS, { id: assemblyId }),
        () => floorResults(database, seeded.agencyId, rawAssemblyId),
      );
      await measure(
        'report',
        () => post(REPORT, { id: assemblyId }),
        () => floorReport(database, seeded.agencyId, rawAssemblyId),
      );
    }
    await new Promise((resolve) => server.close(resolve));
    await apollo.stop();
  } finally {
    fs.rmSync(filesDir, { recursive: true, force: true });
    await done();
  }
}

await main();
