/**
 * Generic DataLoader builders; the modules' `<entity>.loaders.ts` build their loaders from these.
 * Each takes the actor's row scope and ANDs it into its SQL.
 *
 * The statements are fixed-shape raw SQL compiled once per database and scope shape
 * (`runCompiled`): a select list built once per table, id lists as ONE array parameter
 * (`= ANY($1::uuid[])`), the actor's values as the scope's placeholders, rows mapped by each
 * column's own driver mapping. Drizzle's select builder compiled every loader statement anew on
 * every request (a quarter of the API's CPU on the co-owner home). Nothing of a scope is built
 * before a batch runs (most requests use a handful of the ~30 loaders).
 */
import DataLoader from 'dataloader';
import { getTableColumns, getTableName, sql, type Column, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Actor } from '../auth/actor';
import type { RowScope } from '../auth/rule';
import { anyOf, scopeValues } from '../auth/scope-helpers';
import type { Db } from '../db/client';
import { runCompiled } from '../db/compiled';
import { toPage, type Cursor, type Page } from './connection';

export type Row<T extends PgTable> = T['$inferSelect'];
type Raw = Record<string, unknown>;

/** One placeholder of a compiled statement. */
export const ph = (name: string) => sql.placeholder(name);

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
    const alias = (column: Column) => `${prefix}${column.name}`;
    // Aliases built once here, not per row and column: a page of 50 rows over 4 tables reads ~2 000 values.
    const columns = (Object.entries(getTableColumns(table)) as [string, Column][]).map(([field, column]) => ({ field, column, key: alias(column) }));
    reader = {
      list: sql.raw(columns.map(({ column, key }) => `"${name}"."${column.name}" AS "${key}"`).join(', ')),
      read: (raw) => {
        const row: Record<string, unknown> = {};
        for (const { field, column, key } of columns) {
          const value = raw[key];
          row[field] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
        }
        return row;
      },
      get: prefix ? (raw, column) => raw[alias(column)] : (raw, column) => raw[column.name],
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

/**
 * A by-id DataLoader that also answers in the same tick for a row it already holds (primed by a
 * list's statement, or loaded earlier in the request): `loadNow` returns the row itself, and
 * graphql-js completes a plain value at once where a promise costs it a continuation and a
 * microtask per field (the 50-row request list with a lot, a building and an author per row:
 * 4.6 → 4.0 ms a request). What it holds is exactly what `load` resolves to: filled from the same batches and
 * primes, dropped by `clear`.
 */
export class RowLoader<V> extends DataLoader<string, V | null> {
  private readonly held = new Map<string, V | null>();
  /** Bumped by every `clear`: a batch that a clear overtook keeps its rows out of `held`. */
  private clears = 0;

  constructor(batch: (ids: readonly string[]) => Promise<(V | null)[]>) {
    super(async (ids) => {
      const clearsBefore = this.clears;
      const values = await batch(ids);
      if (this.clears === clearsBefore) ids.forEach((id, index) => this.held.has(id) || this.held.set(id, values[index]));
      return values;
    });
  }

  /** The row now when held, else the promise of `load(id)`. */
  loadNow(id: string): V | null | Promise<V | null> {
    return this.held.has(id) ? (this.held.get(id) as V | null) : this.load(id);
  }

  override prime(id: string, value: V | null | Error): this {
    // DataLoader keeps the first value of a key; so does `held` (an in-flight load fills it when it settles).
    if (!(value instanceof Error) && !this.held.has(id)) this.held.set(id, value);
    return super.prime(id, value);
  }

  override clear(id: string): this {
    this.clears += 1;
    this.held.delete(id);
    return super.clear(id);
  }

  override clearAll(): this {
    this.clears += 1;
    this.held.clear();
    return super.clearAll();
  }
}

/** A scoped by-id loader: rows the actor may not see come back as null, exactly like missing ones. */
export function byId<T extends PgTable & { id: Column }>(db: Db, actor: Actor, table: T, scope: RowScope, pool?: RowPool<Row<T> & { id: string }>) {
  const reader = rowReader(table);
  const name = getTableName(table);
  return new RowLoader<Row<T>>(async (keys) => {
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
      const shape = scope.shapeOf(actor);
      const rows = await runCompiled<Raw>(
        db,
        `byId|${name}|${shape}`,
        () => sql`SELECT ${reader.list} FROM ${table} WHERE (${scope.template(shape)}) AND ${anyOf(table.id, ph('ids'))}`,
        { ...scopeValues(actor), ids },
      );
      for (const raw of rows) found.set(reader.get(raw, table.id) as string, reader.read(raw));
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
  scope: RowScope;
  cursorOf: (row: Row<T>) => Cursor;
  /** Newest first: descending order on (sort, id), the cursor read backwards. */
  descending?: boolean;
  /** Keeps the rows read for the table's by-id loader (same scope). */
  pool?: RowPool<Row<T> & { id: string }>;
}

/**
 * A page of children for many parents in one statement: rows are numbered per parent with a
 * window function and cut at `first + 1`, so the statement count does not grow with parents or pages.
 */
export function childPages<T extends PgTable>(db: Db, actor: Actor, spec: ChildSpec<T>) {
  const reader = rowReader(spec.table);
  const name = `childPages|${getTableName(spec.table)}|${spec.parentColumn.name}|${spec.sortColumn.name}${spec.descending ? '|desc' : ''}`;
  const direction = sql.raw(spec.descending ? 'DESC' : 'ASC');
  const beyond = sql.raw(spec.descending ? '<' : '>');
  const keyOf = (key: ChildPageKey) => `${key.parentId}|${key.first}|${JSON.stringify(key.after)}`;
  const read = async (parentIds: string[], first: number, after: Cursor | null) => {
    const shape = spec.scope.shapeOf(actor);
    const rows = await runCompiled<Raw>(
      db,
      `${name}|${shape}|${after ? 'after' : 'start'}`,
      () => sql`SELECT * FROM (
        SELECT ${reader.list}, row_number() OVER (PARTITION BY ${spec.parentColumn} ORDER BY ${spec.sortColumn} ${direction}, ${spec.idColumn} ${direction}) AS rank_
        FROM ${spec.table} WHERE (${spec.scope.template(shape)}) AND ${anyOf(spec.parentColumn, ph('parents'))}${
          after ? sql` AND (${spec.sortColumn}, ${spec.idColumn}) ${beyond} (${ph('afterSort')}, ${ph('afterId')})` : sql``
        }
      ) numbered WHERE rank_ <= ${ph('limit')} ORDER BY rank_`,
      { ...scopeValues(actor), parents: parentIds, limit: first + 1, afterSort: after?.[0], afterId: after?.[1] },
    );
    return rows.map((raw) => ({ parentId: reader.get(raw, spec.parentColumn) as string, row: reader.read(raw) }));
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
export function childrenOf<T extends PgTable>(db: Db, actor: Actor, table: T, parentColumn: Column, scope: RowScope, order: Column[]) {
  const reader = rowReader(table);
  const name = `childrenOf|${getTableName(table)}|${parentColumn.name}|${order.map((c) => c.name).join(',')}`;
  return new DataLoader<string, Row<T>[]>(async (parentIds) => {
    const shape = scope.shapeOf(actor);
    const rows = await runCompiled<Raw>(
      db,
      `${name}|${shape}`,
      () =>
        sql`SELECT ${reader.list} FROM ${table} WHERE (${scope.template(shape)}) AND ${anyOf(parentColumn, ph('parents'))} ORDER BY ${sql.join(
          order.map((column) => sql`${column}`),
          sql`, `,
        )}`,
      { ...scopeValues(actor), parents: parentIds },
    );
    const byParent = new Map<string, Row<T>[]>();
    for (const raw of rows) {
      const parentId = reader.get(raw, parentColumn) as string;
      byParent.set(parentId, [...(byParent.get(parentId) ?? []), reader.read(raw)]);
    }
    return parentIds.map((id) => byParent.get(id) ?? []);
  });
}
