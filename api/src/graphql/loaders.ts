/**
 * Generic DataLoader builders; the modules' `<entity>.loaders.ts` build their loaders from these.
 * Each takes the actor's row scope and ANDs it into its SQL.
 *
 * The statements are fixed-shape raw SQL: a select list built once per table, id lists as ONE
 * array parameter (`= ANY($1::uuid[])`), rows mapped by each column's own driver mapping. Drizzle's
 * select builder compiled every loader statement anew on every request (a quarter of the API's CPU
 * on the co-owner home); here it only walks the scope and a few chunks. The row scope is a thunk,
 * built when a batch first runs (most requests use a handful of the ~30 loaders).
 */
import DataLoader from 'dataloader';
import { getTableColumns, getTableName, sql, type Column, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { anyOf } from '../auth/scope-helpers';
import { rowsOf, type Db } from '../db/client';
import { afterCursor, toPage, type Cursor, type Page } from './connection';

export type Row<T extends PgTable> = T['$inferSelect'];

/** A row scope for one request, built on first use and kept. */
export type LazyScope = () => SQL;

export function lazyScope(build: () => SQL): LazyScope {
  let built: SQL | undefined;
  return () => (built ??= build());
}

export interface RowReader<T extends PgTable> {
  /** `"table"."column" AS "<prefix>column"` for every column (prefix '' keeps the column names). */
  list: SQL;
  /** The row as Drizzle's select maps it (each column's driver mapping, nulls kept). */
  read(raw: Record<string, unknown>): Row<T>;
  /** The raw row's value of `column`. */
  get(raw: Record<string, unknown>, column: Column): unknown;
}

const readers = new Map<string, RowReader<PgTable>>();

/** Reads `table`'s rows from raw SQL; built once per table and prefix. */
export function rowReader<T extends PgTable>(table: T, prefix = ''): RowReader<T> {
  const name = getTableName(table);
  const key = `${name}|${prefix}`;
  let reader = readers.get(key);
  if (!reader) {
    const columns = Object.entries(getTableColumns(table)) as [string, Column][];
    const alias = (column: Column) => `${prefix}${column.name}`;
    reader = {
      list: sql.raw(columns.map(([, column]) => `"${name}"."${column.name}" AS "${alias(column)}"`).join(', ')),
      read: (raw) => {
        const row: Record<string, unknown> = {};
        for (const [field, column] of columns) {
          const value = raw[alias(column)];
          row[field] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
        }
        return row;
      },
      get: (raw, column) => raw[alias(column)],
    };
    readers.set(key, reader);
  }
  return reader as RowReader<T>;
}

/**
 * Rows of one table that the request's list loaders read with the same row scope as a by-id
 * loader: the by-id loader waits for the lists in flight and answers from their rows before it
 * asks SQL (the home's `ownership.account` would otherwise re-read the accounts that
 * `person.accounts`, issued in the same tick, is reading).
 */
export class RowPool<R extends { id: string }> {
  private readonly rows = new Map<string, R>();
  private readonly pending = new Set<Promise<unknown>>();

  feed(read: Promise<R[]>): Promise<R[]> {
    const kept = read.then((rows) => {
      for (const row of rows) this.rows.set(row.id, row);
      return rows;
    });
    this.pending.add(kept);
    void kept.finally(() => this.pending.delete(kept)).catch(() => {});
    return kept;
  }

  async settled(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  get(id: string): R | undefined {
    return this.rows.get(id);
  }
}

/** A scoped by-id loader: rows the actor may not see come back as null, exactly like missing ones. */
export function byId<T extends PgTable & { id: Column }>(db: Db, table: T, scoped: LazyScope, pool?: RowPool<Row<T> & { id: string }>) {
  const reader = rowReader(table);
  return new DataLoader<string, Row<T> | null>(async (keys) => {
    const found = new Map<string, Row<T>>();
    let ids: readonly string[] = keys;
    if (pool) {
      await pool.settled();
      ids = keys.filter((id) => {
        const row = pool.get(id);
        if (row) found.set(id, row);
        return !row;
      });
    }
    if (ids.length) {
      const result = await db.execute(sql`SELECT ${reader.list} FROM ${table} WHERE (${scoped()}) AND ${anyOf(table.id, ids)}`);
      for (const raw of rowsOf<Record<string, unknown>>(result)) found.set(reader.get(raw, table.id) as string, reader.read(raw));
    }
    return keys.map((id) => found.get(id) ?? null);
  });
}

export interface ChildPageKey {
  parentId: string;
  first: number;
  after: Cursor | null;
}

interface ChildSpec<T extends PgTable> {
  table: T;
  parentColumn: Column;
  sortColumn: Column;
  idColumn: Column;
  scoped: LazyScope;
  cursorOf: (row: Row<T>) => Cursor;
  /** Keeps the rows read for the table's by-id loader (same scope). */
  pool?: RowPool<Row<T> & { id: string }>;
}

/**
 * A page of children for many parents in one statement: rows are numbered per parent with a
 * window function and cut at `first + 1`, so the statement count does not grow with parents or pages.
 */
export function childPages<T extends PgTable>(db: Db, spec: ChildSpec<T>) {
  const reader = rowReader(spec.table);
  const keyOf = (key: ChildPageKey) => `${key.parentId}|${key.first}|${JSON.stringify(key.after)}`;
  const read = async (parentIds: string[], first: number, after: Cursor | null) => {
    const cursor = afterCursor(spec.sortColumn, spec.idColumn, after);
    const result = await db.execute(sql`SELECT * FROM (
        SELECT ${reader.list}, row_number() OVER (PARTITION BY ${spec.parentColumn} ORDER BY ${spec.sortColumn}, ${spec.idColumn}) AS rank_
        FROM ${spec.table} WHERE (${spec.scoped()}) AND ${anyOf(spec.parentColumn, parentIds)}${cursor ? sql` AND ${cursor}` : sql``}
      ) numbered WHERE rank_ <= ${first + 1} ORDER BY rank_`);
    return rowsOf<Record<string, unknown>>(result).map((raw) => ({ parentId: reader.get(raw, spec.parentColumn) as string, row: reader.read(raw) }));
  };
  return new DataLoader<ChildPageKey, Page<Row<T>>, string>(
    async (keys) => {
      const groups = new Map<string, ChildPageKey[]>();
      for (const key of keys) {
        const group = `${key.first}|${JSON.stringify(key.after)}`;
        groups.set(group, [...(groups.get(group) ?? []), key]);
      }
      const pages = new Map<string, Page<Row<T>>>();
      for (const group of groups.values()) {
        const { first, after } = group[0];
        const reading = read(
          group.map((key) => key.parentId),
          first,
          after,
        );
        void spec.pool?.feed(reading.then((list) => list.map((r) => r.row as Row<T> & { id: string })));
        const rows = await reading;
        for (const key of group) {
          const mine = rows.filter((r) => r.parentId === key.parentId).map((r) => r.row);
          pages.set(keyOf(key), toPage(mine, first, spec.cursorOf));
        }
      }
      return keys.map((key) => pages.get(keyOf(key))!);
    },
    { cacheKeyFn: keyOf },
  );
}

/** All children of many parents (short, bounded lists such as a lot's shares). */
export function childrenOf<T extends PgTable>(db: Db, table: T, parentColumn: Column, scoped: LazyScope, order: Column[]) {
  const reader = rowReader(table);
  const orderBy = sql.join(
    order.map((column) => sql`${column}`),
    sql`, `,
  );
  return new DataLoader<string, Row<T>[]>(async (parentIds) => {
    const result = await db.execute(sql`SELECT ${reader.list} FROM ${table} WHERE (${scoped()}) AND ${anyOf(parentColumn, parentIds)} ORDER BY ${orderBy}`);
    const byParent = new Map<string, Row<T>[]>();
    for (const raw of rowsOf<Record<string, unknown>>(result)) {
      const parentId = reader.get(raw, parentColumn) as string;
      byParent.set(parentId, [...(byParent.get(parentId) ?? []), reader.read(raw)]);
    }
    return parentIds.map((id) => byParent.get(id) ?? []);
  });
}
