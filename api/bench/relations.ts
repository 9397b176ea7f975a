/**
 * `pnpm bench:relations`: loading ownerships through upsertOwnerships (issue 8), beside a
 * direct-SQL floor. A fresh agency gets its lots and persons inserted directly (setup, not
 * measured); then ROWS ownerships go through the API in batches of BATCH, and the same batches
 * again (all unchanged); the floor writes the same rows into a twin agency with one hand-written
 * `INSERT … SELECT … ON CONFLICT` per batch (codes resolved in the same statement).
 *
 *   BENCH_DRIVER=pglite|postgres (pglite)   BENCH_DATABASE_URL=server for the throwaway database
 *   BENCH_RELATION_ROWS=ownerships (20 000)   BENCH_RELATION_BATCH=rows per batch (5 000)
 *
 * The server runs in this process (createApp on a loopback port): batches are sent one at a time,
 * so sharing the event loop with the client costs little beside a batch's own work; statement
 * counts come from the server's `x-sql-statements` header.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/config';
import { connectPostgres, openPglite, openPostgres, rowsOf, type Database } from '../src/db/client';
import * as t from '../src/db/schema';
import { localFileStore } from '../src/files/file-store';
import { hashPassword } from '../src/identity/password-hash';
import { createMailer } from '../src/mail/mailer';
import { MODULES } from '../src/modules';
import { createApp } from '../src/server';

process.env.PALIER_SILENT = '1';
const DRIVER = (process.env.BENCH_DRIVER ?? 'pglite') as 'pglite' | 'postgres';
const ROWS = Number(process.env.BENCH_RELATION_ROWS ?? 20_000);
const BATCH = Number(process.env.BENCH_RELATION_BATCH ?? 5_000);
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PASSWORD = 'Palier-Bench-2026!';

const UPSERT = `mutation BenchUpsertOwnerships($rows: [OwnershipInput!]!) {
  upsertOwnerships(ownerships: $rows) { received created updated unchanged }
}`;

interface Row {
  lotCode: string;
  personExternalId: string;
  startDate: string;
}

/** An agency with one manager, one building, ROWS lots and ROWS persons, inserted set-wise. */
async function seedAgency(database: Database, tag: string): Promise<{ agencyId: string; login: string }> {
  const { db } = database;
  const [agency] = await db
    .insert(t.agencies)
    .values({ code: tag, name: `Agence ${tag}` })
    .returning();
  await db.insert(t.agencySettings).values({ agencyId: agency.id, values: {} });
  const [syndicate] = await db.insert(t.entities).values({ agencyId: agency.id, code: 'S001', kind: 'SYNDIC', name: 'Syndicat' }).returning();
  const [building] = await db.insert(t.buildings).values({ agencyId: agency.id, code: 'BENCH', name: 'Résidence', syndicateEntityId: syndicate.id }).returning();
  const [manager] = await db
    .insert(t.persons)
    .values({ agencyId: agency.id, displayName: `GESTIONNAIRE ${tag}` })
    .returning();
  await db.insert(t.staffMembers).values({ agencyId: agency.id, personId: manager.id });
  const login = `BENCH${tag}`;
  await db.insert(t.identities).values({ agencyId: agency.id, personId: manager.id, login, passwordHash: await hashPassword(PASSWORD), mustChangePassword: false });
  await db.execute(sql`INSERT INTO ${t.lots} (agency_id, building_id, code, type)
    SELECT ${agency.id}, ${building.id}, 'BENCH/' || lpad(n::text, 6, '0'), 'Appartement' FROM generate_series(1, ${ROWS}) n`);
  await db.execute(sql`INSERT INTO ${t.persons} (agency_id, display_name, external_id)
    SELECT ${agency.id}, 'COPROPRIETAIRE ' || n, 'C' || lpad(n::text, 6, '0') FROM generate_series(1, ${ROWS}) n`);
  return { agencyId: agency.id, login };
}

function batches(): Row[][] {
  const rows = Array.from({ length: ROWS }, (_, i) => ({
    lotCode: `BENCH/${String(i + 1).padStart(6, '0')}`,
    personExternalId: `C${String(i + 1).padStart(6, '0')}`,
    startDate: '2015-06-01',
  }));
  return Array.from({ length: Math.ceil(ROWS / BATCH) }, (_, b) => rows.slice(b * BATCH, (b + 1) * BATCH));
}

/** The floor: one statement per batch, codes resolved by joins, the same conflict target and change test. */
async function floorBatch(database: Database, agencyId: string, rows: Row[]): Promise<number> {
  const result = await database.db.execute(sql`
    WITH upserted AS (
      INSERT INTO ${t.ownerships} (agency_id, lot_id, person_id, start_date)
      SELECT ${agencyId}, l.id, p.id, r."startDate"
      FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r("lotCode" text, "personExternalId" text, "startDate" date)
      JOIN ${t.lots} l ON l.agency_id = ${agencyId} AND l.code = r."lotCode"
      JOIN ${t.persons} p ON p.agency_id = ${agencyId} AND p.external_id = r."personExternalId"
      ON CONFLICT (agency_id, lot_id, person_id, start_date) DO UPDATE SET end_date = excluded.end_date
        WHERE ${t.ownerships.endDate} IS DISTINCT FROM excluded.end_date
      RETURNING 1)
    SELECT count(*)::int AS n FROM upserted`);
  return Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0);
}

async function openDatabase(): Promise<{ database: Database; done: () => Promise<void> }> {
  if (DRIVER === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'palier-bench-relations-'));
    const database = await openPglite(dir);
    return { database, done: async () => (await database.close(), fs.rmSync(dir, { recursive: true, force: true })) };
  }
  const name = `palier_bench_relations_${process.pid}`;
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

async function main(): Promise<void> {
  const { database, done } = await openDatabase();
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'palier-bench-files-'));
  try {
    await database.migrate();
    const api = await seedAgency(database, 'API');
    const floor = await seedAgency(database, 'FLOOR');
    await database.db.execute(sql`ANALYZE`);

    const config = { ...loadConfig({ ...process.env, PORT: '0', PALIER_EXPOSE_SQL_COUNT: '1' }), publicUrl: 'http://palier.bench' };
    const { app, apollo } = await createApp({ db: database.db, config, mailer: createMailer({ from: config.mailFrom }), files: localFileStore(filesDir), modules: MODULES });
    const server = await new Promise<import('node:http').Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    let cookie = '';
    const post = async (query: string, variables: unknown) => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
      cookie = response.headers.get('set-cookie')?.split(';')[0] ?? cookie;
      const json = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      if (json.errors) throw new Error(JSON.stringify(json.errors).slice(0, 500));
      return { data: json.data, statements: Number(response.headers.get('x-sql-statements') ?? -1) };
    };
    await post(`mutation { login(identifier: "${api.login}", password: "${PASSWORD}") { viewer { identifier } } }`, {});

    console.log(`[${DRIVER}] upsertOwnerships: ${ROWS} rows in batches of ${BATCH}`);
    console.log('pass       batch  rows   API ms  statements  result                      floor ms');
    for (const pass of ['load', 'again'] as const) {
      for (const [b, rows] of batches().entries()) {
        const started = performance.now();
        const { data, statements } = await post(UPSERT, { rows });
        const apiMs = performance.now() - started;
        const floorStarted = performance.now();
        const written = await floorBatch(database, floor.agencyId, rows);
        const floorMs = performance.now() - floorStarted;
        const result = JSON.stringify(data?.upsertOwnerships).replace(/"/g, '');
        console.log(
          `${pass.padEnd(10)} ${String(b + 1).padStart(5)}  ${String(rows.length).padStart(5)}  ${apiMs.toFixed(0).padStart(7)}  ${String(statements).padStart(10)}  ${result.padEnd(26)}  ${floorMs.toFixed(0).padStart(8)} (${written} written)`,
        );
      }
    }
    await new Promise((resolve) => server.close(resolve));
    await apollo.stop();
  } finally {
    fs.rmSync(filesDir, { recursive: true, force: true });
    await done();
  }
}

await main();
