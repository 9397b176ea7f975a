/**
 * `pnpm bench:regularisation`: charge regularisation at scale (issue 11: 2 000 lots with two
 * tenants each for a year, billed, with their statements), beside a direct-SQL floor. Setup (not
 * measured): a fresh agency with one building, its lots, two tenants a lot (one leaving on 30 June
 * 2020, one arriving on 1 July) with their accounts, leases and monthly provisions of 2020 on
 * fiscal code 30, inserted set-wise (the provisions through the ledger's appendEntries, which keeps
 * the balances and monthly totals). Measured through the API, with the statements from
 * `x-sql-statements`:
 *   - create: createChargeRegularisations of every lot for 2020, by 1 000 lots;
 *   - validate: validateTenantRegularisations of every record, by 1 000;
 *   - bill + statements: billTenantRegularisations of every record, by 1 000, which puts them on
 *     the accounts and renders and publishes every statement (PDF) in "Relevés de gérance".
 * The floor does the same writes with hand-written SQL from this process (no HTTP, no GraphQL, no
 * policy, no PDF), each in a transaction rolled back before the API's phase: the regularisations
 * and records in two INSERT … SELECT (days and provisions computed in SQL); one UPDATE; the
 * entries in one INSERT … SELECT, the records' UPDATE and the documents' rows in one INSERT.
 * Then the same at a tenth of the lots, to show the statements per record do not depend on them.
 *
 *   BENCH_DRIVER=pglite|postgres (postgres)   BENCH_DATABASE_URL=server for the throwaway database
 *   BENCH_REGUL_LOTS (2000)
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { and, eq, sql } from 'drizzle-orm';
import { appendEntries, type NewLedgerEntry } from '../src/accounts/ledger.service';
import { loadConfig } from '../src/config';
import { connectPostgres, openPglite, openPostgres, type Database, type Executor } from '../src/db/client';
import * as t from '../src/db/schema';
import { closeRenderPool } from '../src/files/document-renderer';
import { localFileStore } from '../src/files/file-store';
import { hashPassword } from '../src/identity/password-hash';
import { createMailer } from '../src/mail/mailer';
import { MODULES } from '../src/modules';
import { STATEMENT_BINDER } from '../src/regularisation/statement.service';
import { createApp } from '../src/server';

process.env.PALIER_SILENT = '1';
const DRIVER = (process.env.BENCH_DRIVER ?? 'postgres') as 'pglite' | 'postgres';
const LOTS = Number(process.env.BENCH_REGUL_LOTS ?? 2000);
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PASSWORD = 'Palier-Bench-2026!';
const BATCH = 1_000;

const CREATE = `mutation BenchCreateRegularisations($inputs: [CreateChargeRegularisationInput!]!) {
  createChargeRegularisations(inputs: $inputs) { id records { id days total provisions regularisation } } }`;
const VALIDATE = `mutation BenchValidate($ids: [ID!]!) { validateTenantRegularisations(recordIds: $ids) { id status } }`;
const BILL = `mutation BenchBill($ids: [ID!]!) { billTenantRegularisations(recordIds: $ids) { id status billedAmount isStatementPublished } }`;
const CHARGES = [
  { label: 'Charges établies par le syndic', amount: '1500.00' },
  { label: 'Ordures ménagères', amount: '100.00' },
  { label: 'Ascenseur', amount: '250.50' },
];

/** An agency with a manager, one building and `count` lots of two tenants each over 2020, their provisions on code 30. */
async function seedAgency(database: Database, tag: string, count: number) {
  const { db } = database;
  const [agency] = await db
    .insert(t.agencies)
    .values({ code: tag, name: `Agence ${tag}` })
    .returning();
  await db.insert(t.agencySettings).values({ agencyId: agency.id, values: {} });
  const [gerance] = await db.insert(t.entities).values({ agencyId: agency.id, code: 'G001', kind: 'GERANCE', name: 'Gérance' }).returning();
  const [syndicate] = await db.insert(t.entities).values({ agencyId: agency.id, code: 'S001', kind: 'SYNDIC', name: 'Syndicat' }).returning();
  const [building] = await db.insert(t.buildings).values({ agencyId: agency.id, code: 'REGUL', name: 'Résidence du banc', syndicateEntityId: syndicate.id }).returning();
  const [manager] = await db
    .insert(t.persons)
    .values({ agencyId: agency.id, displayName: `GESTIONNAIRE ${tag}` })
    .returning();
  await db.insert(t.staffMembers).values({ agencyId: agency.id, personId: manager.id });
  const login = `BENCH${tag}`;
  await db.insert(t.identities).values({ agencyId: agency.id, personId: manager.id, login, passwordHash: await hashPassword(PASSWORD), mustChangePassword: false });
  await db.execute(sql`INSERT INTO ${t.lots} (agency_id, building_id, code, type)
    SELECT ${agency.id}, ${building.id}, 'REGUL/' || lpad(n::text, 5, '0'), 'Appartement' FROM generate_series(1, ${count}) n`);
  // Tenant 1 of each lot leaves on 30 June 2020, tenant 2 arrives on 1 July.
  await db.execute(sql`INSERT INTO ${t.persons} (agency_id, display_name, external_id, address_line1, postal_code, city)
    SELECT ${agency.id}, 'LOCATAIRE ' || lpad(n::text, 5, '0') || '-' || k, 'T' || lpad(n::text, 5, '0') || '-' || k, n || ', rue du Banc', '54000', 'NANCY'
    FROM generate_series(1, ${count}) n, generate_series(1, 2) k`);
  await db.execute(sql`INSERT INTO ${t.accounts} (agency_id, entity_id, person_id, number, label, kind)
    SELECT agency_id, ${gerance.id}, id, '81' || external_id, display_name, 'TENANT' FROM ${t.persons} WHERE agency_id = ${agency.id} AND external_id LIKE 'T%'`);
  await db.execute(sql`INSERT INTO ${t.leases} (agency_id, lot_id, tenant_person_id, account_id, start_date, departure_date)
    SELECT l.agency_id, l.id, p.id, a.id,
      CASE WHEN right(p.external_id, 1) = '1' THEN DATE '2018-01-01' ELSE DATE '2020-07-01' END,
      CASE WHEN right(p.external_id, 1) = '1' THEN DATE '2020-06-30' END
    FROM ${t.lots} l
    JOIN ${t.persons} p ON p.agency_id = l.agency_id AND substr(p.external_id, 2, 5) = substr(l.code, 7)
    JOIN ${t.accounts} a ON a.agency_id = p.agency_id AND a.person_id = p.id
    WHERE l.agency_id = ${agency.id}`);
  const accounts = await db
    .select({ id: t.accounts.id, number: t.accounts.number })
    .from(t.accounts)
    .where(and(eq(t.accounts.agencyId, agency.id), eq(t.accounts.kind, 'TENANT')));
  const entries: NewLedgerEntry[] = accounts.flatMap((account) => {
    const months = account.number.endsWith('-1') ? [1, 2, 3, 4, 5, 6] : [7, 8, 9, 10, 11, 12];
    return months.map((m) => ({
      accountId: account.id,
      entryDate: `2020-${String(m).padStart(2, '0')}-01`,
      label: `Provisions sur charges ${m}/2020`,
      debit: '140.00',
      fiscalCode: '30',
    }));
  });
  await db.transaction((tx) => appendEntries(tx, agency.id, entries));
  const lots = await db.select({ id: t.lots.id }).from(t.lots).where(eq(t.lots.agencyId, agency.id));
  const [binder] = await db
    .select({ id: t.binders.id })
    .from(t.binders)
    .where(and(eq(t.binders.agencyId, agency.id), eq(t.binders.module, 'GERANCE'), eq(t.binders.name, STATEMENT_BINDER)));
  return { agencyId: agency.id, login, lotIds: lots.map((lot) => lot.id), binderId: binder.id };
}

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');

/** Runs `work` in a transaction and rolls it back: the floor's writes are timed, never kept. */
async function rolledBack(database: Database, work: (tx: Executor) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  let elapsed = 0;
  try {
    await database.db.transaction(async (tx) => {
      await work(tx);
      elapsed = performance.now() - started;
      throw new RolledBack();
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
  return elapsed;
}
class RolledBack extends Error {}

/** The floor of "create": every regularisation, then every record with its days and provisions, in two statements. */
const floorCreate = (database: Database, agencyId: string) =>
  rolledBack(database, async (tx) => {
    await tx.execute(sql`INSERT INTO ${t.chargeRegularisations} (agency_id, lot_id, period_start, period_end, charges)
      SELECT agency_id, id, DATE '2020-01-01', DATE '2020-12-31', ${JSON.stringify(CHARGES)}::jsonb FROM ${t.lots} WHERE agency_id = ${agencyId}`);
    await tx.execute(sql`INSERT INTO ${t.tenantRegularisations} (agency_id, regularisation_id, lease_id, tenant_person_id, account_id, days, is_departed, provisions)
      SELECT l.agency_id, c.id, l.id, l.tenant_person_id, l.account_id,
        least(coalesce(l.departure_date, c.period_end), c.period_end) - greatest(l.start_date, c.period_start) + 1,
        l.departure_date IS NOT NULL,
        coalesce((SELECT sum(e.debit - e.credit) FROM ${t.ledgerEntries} e WHERE e.agency_id = l.agency_id AND e.account_id = l.account_id AND e.fiscal_code = '30'
          AND e.entry_date BETWEEN greatest(l.start_date, c.period_start) AND least(coalesce(l.departure_date, c.period_end), c.period_end)), 0)
      FROM ${t.chargeRegularisations} c JOIN ${t.leases} l ON l.agency_id = c.agency_id AND l.lot_id = c.lot_id
        AND l.start_date <= c.period_end AND (l.departure_date IS NULL OR l.departure_date >= c.period_start)
      WHERE c.agency_id = ${agencyId}`);
  });

const floorValidate = (database: Database, agencyId: string) =>
  rolledBack(database, (tx) => tx.execute(sql`UPDATE ${t.tenantRegularisations} SET status = 'VALIDATED' WHERE agency_id = ${agencyId} AND status = 'PENDING'`));

/** The floor of billing: one entry per record (a fixed amount: no computation), the records' status, one document row per record (no PDF). */
const floorBill = (database: Database, agencyId: string, binderId: string) =>
  rolledBack(database, async (tx) => {
    await tx.execute(sql`INSERT INTO ${t.ledgerEntries} (agency_id, account_id, entry_date, label, debit, external_id)
      SELECT agency_id, account_id, DATE '2099-01-01', 'Régularisation des charges du 01/01/2020 au 31/12/2020', 12.34, 'FLOOR-' || id
      FROM ${t.tenantRegularisations} WHERE agency_id = ${agencyId} AND status = 'VALIDATED'`);
    await tx.execute(sql`INSERT INTO ${t.documents} (agency_id, binder_id, title, file_name, content_type, byte_size, sha256, storage_key, lease_id, published_on, is_published)
      SELECT agency_id, ${binderId}, 'Décompte', 'decompte.pdf', 'application/pdf', 1000, md5(id::text), 'floor/' || id, lease_id, current_date, true
      FROM ${t.tenantRegularisations} WHERE agency_id = ${agencyId} AND status = 'VALIDATED'`);
    await tx.execute(
      sql`UPDATE ${t.tenantRegularisations} SET status = 'BILLED', billed_on = current_date, billed_amount = 12.34 WHERE agency_id = ${agencyId} AND status = 'VALIDATED'`,
    );
  });

async function openDatabase(): Promise<{ database: Database; done: () => Promise<void> }> {
  if (DRIVER === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'palier-bench-regul-'));
    const database = await openPglite(dir);
    return { database, done: async () => (await database.close(), fs.rmSync(dir, { recursive: true, force: true })) };
  }
  const name = `palier_bench_regul_${process.pid}`;
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

const chunks = <T>(items: T[], size: number) => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

async function main(): Promise<void> {
  const { database, done } = await openDatabase();
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'palier-bench-regul-files-'));
  try {
    await database.migrate();
    const config = { ...loadConfig({ ...process.env, PORT: '0', PALIER_EXPOSE_SQL_COUNT: '1' }), publicUrl: 'http://palier.bench' };
    const { app, apollo } = await createApp({ db: database.db, config, mailer: createMailer({ from: config.mailFrom }), files: localFileStore(filesDir), modules: MODULES });
    const server = await new Promise<import('node:http').Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    console.log(`[${DRIVER}] charge regularisation for 2020, two tenants a lot, by ${BATCH}`);
    console.log('    lots   records  phase              API ms   statements  per record   floor ms');
    for (const count of [LOTS, Math.max(2, Math.round(LOTS / 10))]) {
      const seeded = await seedAgency(database, `RG${count}`, count);
      await database.db.execute(sql`ANALYZE`);
      let cookie = '';
      const post = async (query: string, variables: unknown) => {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
        cookie = response.headers.get('set-cookie')?.split(';')[0] ?? cookie;
        const json = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
        if (json.errors) throw new Error(JSON.stringify(json.errors).slice(0, 500));
        return { data: json.data as Record<string, never>, statements: Number(response.headers.get('x-sql-statements') ?? -1) };
      };
      await post(`mutation { login(identifier: "${seeded.login}", password: "${PASSWORD}") { viewer { identifier } } }`, {});

      let total = 0;
      const report = (phase: string, records: number, ms: number, statements: number, floorMs: number) => {
        total += ms;
        console.log(
          `${String(count).padStart(8)}  ${String(records).padStart(8)}  ${phase.padEnd(17)}  ${ms.toFixed(0).padStart(7)}  ${String(statements).padStart(11)}  ${(statements / records).toFixed(2).padStart(10)}  ${floorMs.toFixed(0).padStart(9)}`,
        );
      };

      let floorMs = await floorCreate(database, seeded.agencyId);
      let started = performance.now();
      let statements = 0;
      const recordIds: string[] = [];
      for (const lotIds of chunks(seeded.lotIds, BATCH)) {
        const inputs = lotIds.map((lotId) => ({ lotId: gid('Lot', lotId), periodStart: '2020-01-01', periodEnd: '2020-12-31', charges: CHARGES }));
        const created = await post(CREATE, { inputs });
        statements += created.statements;
        for (const regularisation of created.data.createChargeRegularisations as { records: { id: string }[] }[])
          recordIds.push(...regularisation.records.map((record) => record.id));
      }
      report('create', recordIds.length, performance.now() - started, statements, floorMs);

      floorMs = await floorValidate(database, seeded.agencyId);
      started = performance.now();
      statements = 0;
      for (const ids of chunks(recordIds, BATCH)) statements += (await post(VALIDATE, { ids })).statements;
      report('validate', recordIds.length, performance.now() - started, statements, floorMs);

      floorMs = await floorBill(database, seeded.agencyId, seeded.binderId);
      started = performance.now();
      statements = 0;
      let published = 0;
      for (const ids of chunks(recordIds, BATCH)) {
        const billed = await post(BILL, { ids });
        statements += billed.statements;
        published += (billed.data.billTenantRegularisations as { isStatementPublished: boolean }[]).filter((record) => record.isStatementPublished).length;
      }
      report('bill + statements', recordIds.length, performance.now() - started, statements, floorMs);
      if (published !== recordIds.length) throw new Error(`${published} statements published for ${recordIds.length} records`);
      console.log(`${String(count).padStart(8)}  ${String(recordIds.length).padStart(8)}  ${'in all'.padEnd(17)}  ${total.toFixed(0).padStart(7)}`);
    }
    await new Promise((resolve) => server.close(resolve));
    await apollo.stop();
  } finally {
    await closeRenderPool();
    fs.rmSync(filesDir, { recursive: true, force: true });
    await done();
  }
}

await main();
