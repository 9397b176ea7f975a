import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema';
import { countStatement } from '../observability/request-context';
import { AGENCY_TIME_ZONE } from './calendar';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: services accept both. */
export type Executor = Db | Tx;

export const migrationsFolder = path.join(import.meta.dirname, 'migrations');

export interface Database {
  db: Db;
  driver: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const logger = { logQuery: () => countStatement() };

/** Opens the embedded PGlite database in `dataDir` (created when missing) and locks the folder. */
export async function openPglite(dataDir: string | undefined, options: { loadDataDir?: Blob } = {}): Promise<Database> {
  let release = () => {};
  if (dataDir) {
    fs.mkdirSync(dataDir, { recursive: true }); // PGlite does not create parents
    release = lockDataDir(dataDir);
  }
  const client = await PGlite.create({
    dataDir: dataDir ? path.join(dataDir, 'pg') : undefined,
    extensions: { pg_trgm, unaccent }, // unaccent: the search documents (migration 0007)
    loadDataDir: options.loadDataDir,
  });
  // The agencies' calendar day for current_date (calendar.ts); PGlite holds one session.
  await client.exec(`SET TIME ZONE '${AGENCY_TIME_ZONE}'`);
  const db = drizzlePglite(client, { schema, logger }) as unknown as Db;
  return {
    db,
    driver: 'pglite',
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    close: async () => {
      await client.close();
      release();
    },
  };
}

/** Distinct statement texts run as named prepared statements, per process (see `preparedStatements`). */
const MAX_PREPARED_SHAPES = 1000;

/**
 * Drizzle runs every statement of a query builder or `db.execute` unnamed (`prepare: false`), and
 * postgres.js then sends an unnamed statement with parameters in two round trips: Parse/Describe,
 * wait for the parameter types, then Bind/Execute. Named statements (postgres.js caches them per
 * connection by text) take one round trip after the first use and skip the parse on the server.
 * The statement texts of the API are few (the loaders' `IN (…)` lists make one text per length):
 * the first MAX_PREPARED_SHAPES texts seen are prepared, any text after that runs unnamed, so the
 * prepared statements per connection stay bounded. Transactions keep Drizzle's default.
 */
function preparedStatements(client: postgres.Sql): postgres.Sql {
  const unsafe = client.unsafe.bind(client);
  const shapes = new Set<string>();
  client.unsafe = ((query: string, args?: unknown[], options?: postgres.UnsafeQueryOptions) => {
    if (!shapes.has(query) && shapes.size < MAX_PREPARED_SHAPES) shapes.add(query);
    return unsafe(query, args as never, { ...options, prepare: shapes.has(query) });
  }) as typeof client.unsafe;
  return client;
}

/**
 * A postgres.js client for a connection URL, which may name a Unix socket folder the libpq way
 * (`postgres://user@/palier?host=/var/run/postgresql`): postgres.js itself reads no `host`
 * parameter (it would send it to the server as a setting). The URL's port still names the socket
 * file. A deployment choice: the core benchmark ran as fast over the socket as over TCP loopback.
 */
export function connectPostgres(url: string, options: postgres.Options<Record<string, postgres.PostgresType>> = {}): postgres.Sql {
  // libpq writes a socket's URL with no host (`postgres://user@/db?host=…`), which WHATWG URL refuses.
  // Every session in the agencies' time zone, so current_date is their day (calendar.ts).
  options = { ...options, connection: { TimeZone: AGENCY_TIME_ZONE, ...options.connection } };
  const parsed = new URL(url.replace(/^([a-z]+:\/\/(?:[^@/?]*@)?)(?=[/?])/, '$1localhost'));
  const socketFolder = parsed.searchParams.get('host');
  if (!socketFolder?.startsWith('/')) return postgres(url, options);
  parsed.searchParams.delete('host');
  return postgres(parsed.toString(), { ...options, host: socketFolder });
}

export async function openPostgres(url: string): Promise<Database> {
  const client = preparedStatements(connectPostgres(url, { max: Number(process.env.DB_POOL_SIZE ?? 10), onnotice: () => {} }));
  const db = drizzlePostgres(client, { schema, logger }) as unknown as Db;
  return {
    db,
    driver: 'postgres',
    migrate: () => migratePostgres(db as never, { migrationsFolder }),
    close: () => client.end(),
  };
}

export function openDatabase(env: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  return env.databaseUrl ? openPostgres(env.databaseUrl) : openPglite(env.dataDir);
}

/**
 * PGlite does not lock its folder: a second process would open it and lose its writes silently.
 * A lock file holding our pid refuses a second opener while the first is alive.
 */
function lockDataDir(dataDir: string): () => void {
  const lockPath = path.join(dataDir, 'palier.lock');
  try {
    const holder = Number(fs.readFileSync(lockPath, 'utf8'));
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new Error(`DATA_DIR ${dataDir} is in use by process ${holder}`);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  fs.writeFileSync(lockPath, String(process.pid));
  return () => fs.rmSync(lockPath, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Raw `execute` results differ by driver (PGlite `{ rows }`, postgres.js an array): normalise here. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
