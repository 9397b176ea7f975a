import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { rowsOf, type Executor } from './client';

/**
 * Set-based batches: a whole batch travels as ONE json parameter read by `json_to_recordset`, so a
 * batch of 5 rows and one of 5 000 run the same statements (issue 8: statements per batch do not
 * depend on its size). Column names and types are constants of the calling service, never input.
 */
export function recordset(rows: readonly object[], alias: string, columns: Record<string, string>): SQL {
  const definition = Object.entries(columns)
    .map(([name, type]) => `${name} ${type}`)
    .join(', ');
  return sql`json_to_recordset(${JSON.stringify(rows)}::json) AS ${sql.raw(alias)}(${sql.raw(definition)})`;
}

const names = (columns: readonly PgColumn[]) =>
  sql.join(
    columns.map((column) => sql.identifier(column.name)),
    sql`, `,
  );

export interface UpsertSpec {
  table: PgTable;
  /** The inserted columns, each with its value read from the source (`r.code`). */
  values: readonly (readonly [PgColumn, SQL])[];
  /** `FROM …` of the SELECT: a recordset, maybe joined. */
  from: SQL;
  /** The unique key the batch is idempotent by. */
  conflict: readonly PgColumn[];
  /** Columns an existing row takes from the batch; the other columns keep their value. */
  update: readonly PgColumn[];
  /** Set on an existing row that changed, not compared (`updated_at = now()`): an unchanged row keeps them. */
  touch?: readonly (readonly [PgColumn, SQL])[];
  /** Extra RETURNING columns (after `inserted`). */
  returning?: SQL;
}

/**
 * `INSERT … SELECT … ON CONFLICT (key) DO UPDATE SET … WHERE (old) IS DISTINCT FROM (new)
 * RETURNING (xmax = 0) AS inserted`: a row comes back when it was created (inserted true) or
 * changed (false); an unchanged row is not touched and does not come back (tallyUpserts).
 */
export async function upsertFromSelect<R extends { inserted: boolean }>(tx: Executor, spec: UpsertSpec): Promise<R[]> {
  const columns = spec.values.map(([column]) => column);
  const current = sql.join(
    spec.update.map((column) => sql`${spec.table}.${sql.identifier(column.name)}`),
    sql`, `,
  );
  const incoming = sql.join(
    spec.update.map((column) => sql`excluded.${sql.identifier(column.name)}`),
    sql`, `,
  );
  const set = sql.join(
    [
      ...spec.update.map((column) => sql`${sql.identifier(column.name)} = excluded.${sql.identifier(column.name)}`),
      ...(spec.touch ?? []).map(([column, value]) => sql`${sql.identifier(column.name)} = ${value}`),
    ],
    sql`, `,
  );
  const result = await tx.execute(sql`
    INSERT INTO ${spec.table} (${names(columns)})
    SELECT ${sql.join(
      spec.values.map(([, value]) => value),
      sql`, `,
    )} FROM ${spec.from}
    ON CONFLICT (${names(spec.conflict)}) DO UPDATE SET ${set}
    WHERE (${current}) IS DISTINCT FROM (${incoming})
    RETURNING (xmax = 0) AS inserted${spec.returning ? sql`, ${spec.returning}` : sql``}`);
  return rowsOf<R>(result);
}
