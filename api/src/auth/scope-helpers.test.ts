import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf, type Database } from '../db/client';
import { buildings } from '../db/schema';
import { openTestDatabase } from '../test/harness';
import { anyOf, within } from './scope-helpers';

/** Runs on the suite's driver: PGlite by default, postgres.js with TEST_DATABASE_URL. */
let database: Database;
let all: { id: string; code: string }[];
beforeAll(async () => {
  database = await openTestDatabase();
  all = await database.db.select({ id: buildings.id, code: buildings.code }).from(buildings).orderBy(asc(buildings.id));
});
afterAll(() => database.close());

describe('anyOf: a list as one array parameter', () => {
  it('has one statement text and one parameter whatever the list length', () => {
    const texts = [[], ['a'], ['a', 'b', 'c']].map((ids) => database.db.select().from(buildings).where(within(buildings.id, ids)).toSQL());
    expect(new Set(texts.map((q) => q.sql)).size).toBe(1);
    expect(texts[0].sql).toContain('"buildings"."id" = any($1::uuid[])');
    expect(texts.map((q) => q.params)).toEqual([[[]], [['a']], [['a', 'b', 'c']]]);
  });

  it(`is accepted by the driver through Drizzle's builder and db.execute, for uuid and text columns (${process.env.TEST_DATABASE_URL ? 'postgres.js' : 'PGlite'})`, async () => {
    expect(all.length).toBeGreaterThan(2);
    const picked = [all[0], all[2]];
    for (const ids of [[], [picked[0].id], picked.map((b) => b.id)]) {
      const built = await database.db.select({ id: buildings.id }).from(buildings).where(within(buildings.id, ids)).orderBy(asc(buildings.id));
      expect(built.map((row) => row.id)).toEqual(ids);
      const raw = rowsOf<{ id: string }>(await database.db.execute(sql`SELECT ${buildings.id} AS id FROM ${buildings} WHERE ${anyOf(buildings.id, ids)} ORDER BY id`));
      expect(raw.map((row) => row.id)).toEqual(ids);
    }
    const byCode = await database.db
      .select({ id: buildings.id })
      .from(buildings)
      .where(anyOf(buildings.code, [picked[1].code, 'no such code']));
    expect(byCode).toEqual([{ id: picked[1].id }]);
  });
});
