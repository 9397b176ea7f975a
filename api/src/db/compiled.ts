import { is, type SQL } from 'drizzle-orm';
import { PgDialect, type PgPreparedQuery, type PreparedQueryConfig } from 'drizzle-orm/pg-core';
import { PostgresJsSession } from 'drizzle-orm/postgres-js';
import { rowsOf, type Executor } from './client';

const dialect = new PgDialect();
const statements = new WeakMap<Executor, Map<string, PgPreparedQuery<PreparedQueryConfig>>>();

/** postgres.js answers `.values()` as arrays; the statement's columns come with them. */
type ValueRows = unknown[][] & { columns?: { name: string }[] | null };
type RowMaker = (values: unknown[]) => Record<string, unknown>;

/**
 * One object literal per row, its keys fixed once per statement. postgres.js builds an object row
 * by assigning each column by name, a keyed store that does not stay fast over a 40-column row:
 * measured on PostgreSQL, decoding a 51-row page of 46 columns cost 1.2 ms of CPU as objects and
 * 0.4 ms as arrays made into objects this way (a bare `SELECT 1` costs 0.07 ms). The keys are
 * the statement's own column names, written as JSON string literals. Like postgres.js, the last
 * of two columns of one name wins.
 */
function rowMaker(columns: { name: string }[]): RowMaker {
  const fields = columns.map((column, index) => `${JSON.stringify(column.name)}: v[${index}]`);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the body holds only JSON-quoted column names and indexes
  return new Function('v', `return { ${fields.join(', ')} };`) as RowMaker;
}

/** Array rows into objects, with a maker built once per statement from the first answer that has rows. */
function arrayRows(): (rows: unknown) => Record<string, unknown>[] {
  let make: RowMaker | undefined;
  return (rows) => {
    const values = rows as ValueRows;
    if (values.length === 0) return [];
    make ??= rowMaker(values.columns ?? []);
    return values.map(make);
  };
}

/**
 * Runs the statement named `key`, compiled to SQL text once per database: `build` names the
 * statement's values with `sql.placeholder(name)` and `values` fills them. Drizzle otherwise walks
 * every chunk of a statement on every call (0.05–0.3 ms of CPU per statement here); the key must
 * name everything the text depends on (the scopes' shapes, a setting), never a value. Counted
 * like any statement (Drizzle's logger); on PostgreSQL the text also becomes a named prepared
 * statement (client.ts) and rows travel as arrays (`rowMaker`). PGlite hands over objects.
 */
export async function runCompiled<R>(db: Executor, key: string, build: () => SQL, values: Record<string, unknown>): Promise<R[]> {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map<string, PgPreparedQuery<PreparedQueryConfig>>()));
  let prepared = cache.get(key);
  if (!prepared) {
    const session = db._.session;
    prepared = session.prepareQuery(dialect.sqlToQuery(build()), undefined, undefined, false, is(session, PostgresJsSession) ? arrayRows() : undefined);
    cache.set(key, prepared);
  }
  return rowsOf<R>(await prepared.execute(values));
}
