/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-argument -- generic subquery, see childPages */
/**
 * Generic DataLoader builders; the modules' `<entity>.loaders.ts` build their loaders from these.
 * Each takes the actor's row scope and ANDs it into its SQL.
 */
import DataLoader from 'dataloader';
import { and, asc, getTableColumns, inArray, lte, sql, type Column, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client';
import { afterCursor, toPage, type Cursor, type Page } from './connection';

export type Row<T extends PgTable> = T['$inferSelect'];

/** A scoped by-id loader: rows the actor may not see come back as null, exactly like missing ones. */
export function byId<T extends PgTable & { id: Column }>(db: Db, table: T, scoped: SQL) {
  return new DataLoader<string, Row<T> | null>(async (ids) => {
    const rows = (await db
      .select()
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc needs it: Drizzle's from() rejects a generic table
      .from(table as PgTable)
      .where(and(scoped, inArray(table.id, [...ids])))) as (Row<T> & { id: string })[];
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
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
  scoped: SQL;
  cursorOf: (row: Row<T>) => Cursor;
}

/**
 * A page of children for many parents in one statement: rows are numbered per parent with a
 * window function and cut at `first + 1`, so the statement count does not grow with parents or pages.
 */
export function childPages<T extends PgTable>(db: Db, spec: ChildSpec<T>) {
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
        const parentIds = group.map((key) => key.parentId);
        const rank = sql<number>`row_number() over (partition by ${spec.parentColumn} order by ${spec.sortColumn}, ${spec.idColumn})`.as('rank');
        // Drizzle cannot type a subquery over a generic table; the shape is the table's row plus rank.
        const numbered: any = db
          .select({ ...getTableColumns(spec.table), rank })
          .from(spec.table as PgTable)
          .where(and(spec.scoped, inArray(spec.parentColumn, parentIds), afterCursor(spec.sortColumn, spec.idColumn, after)))
          .as('numbered');
        const rows = (await db
          .select()
          .from(numbered)
          .where(lte(numbered.rank, first + 1))
          .orderBy(asc(numbered.rank))) as Record<string, unknown>[];
        const parentKey = (spec.parentColumn as unknown as { name: string }).name;
        const parentField = Object.entries(getTableColumns(spec.table)).find(([, column]) => column.name === parentKey)![0];
        for (const key of group) {
          const mine = rows.filter((row) => row[parentField] === key.parentId) as Row<T>[];
          pages.set(`${key.parentId}|${first}|${JSON.stringify(after)}`, toPage(mine, first, spec.cursorOf));
        }
      }
      return keys.map((key) => pages.get(`${key.parentId}|${key.first}|${JSON.stringify(key.after)}`)!);
    },
    { cacheKeyFn: (key) => `${key.parentId}|${key.first}|${JSON.stringify(key.after)}` },
  );
}

/** All children of many parents (short, bounded lists such as a lot's shares). */
export function childrenOf<T extends PgTable>(db: Db, table: T, parentColumn: Column, scoped: SQL, order: Column[]) {
  const parentKey = parentColumn.name;
  const parentField = Object.entries(getTableColumns(table)).find(([, column]) => column.name === parentKey)![0];
  return new DataLoader<string, Row<T>[]>(async (parentIds) => {
    const rows = (await db
      .select()
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc needs it: Drizzle's from() rejects a generic table
      .from(table as PgTable)
      .where(and(scoped, inArray(parentColumn, [...parentIds])))
      .orderBy(...order.map((c) => asc(c)))) as Record<string, unknown>[];
    return parentIds.map((id) => rows.filter((row) => row[parentField] === id) as Row<T>[]);
  });
}
