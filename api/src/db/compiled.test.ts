import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test/harness';
import { connectPostgres, type Database } from './client';
import { runCompiled } from './compiled';

describe('runCompiled', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('answers rows as objects named by the columns, on either driver (PostgreSQL decodes arrays), again from its compiled statement', async () => {
    const build = () => sql`SELECT ${sql.placeholder('n')}::int AS n, 'deux' AS "l.name", NULL::text AS "quote""d", 7 AS n_again FROM generate_series(1, 3) i`;
    for (const n of [1, 2]) {
      const rows = await runCompiled<Record<string, unknown>>(database.db, 'compiled-test|rows', build, { n });
      expect(rows).toEqual(Array.from({ length: 3 }, () => ({ n, 'l.name': 'deux', 'quote"d': null, n_again: 7 })));
    }
  });

  it('keeps the last of two columns of one name, as the driver does for object rows', async () => {
    const rows = await runCompiled<Record<string, unknown>>(database.db, 'compiled-test|twice', () => sql`SELECT 1 AS a, 2 AS a`, {});
    expect(rows).toEqual([{ a: 2 }]);
  });

  it('answers an empty result as no rows', async () => {
    const rows = await runCompiled(database.db, 'compiled-test|empty', () => sql`SELECT 1 AS a WHERE false`, {});
    expect(rows).toEqual([]);
  });
});

// The machine's PostgreSQL also listens on its Unix socket; the URL names the folder as libpq does.
const SOCKET_FOLDER = '/var/run/postgresql';
const url = process.env.TEST_DATABASE_URL;
describe.runIf(url && fs.existsSync(`${SOCKET_FOLDER}/.s.PGSQL.5432`))('connectPostgres', () => {
  it('connects through the Unix socket a `host` parameter names, with or without a host in the URL', async () => {
    const database = new URL(url!).pathname;
    for (const socketUrl of [`postgres://postgres@${database}?host=${SOCKET_FOLDER}`, `postgres://postgres@localhost:5432${database}?host=${SOCKET_FOLDER}`]) {
      const client = connectPostgres(socketUrl, { max: 1, onnotice: () => {} });
      try {
        const [row] = await client`SELECT inet_server_addr() AS address, current_database() AS name`;
        // No server address: the connection is not TCP.
        expect(row).toEqual({ address: null, name: database.slice(1) });
      } finally {
        await client.end();
      }
    }
  });

  it("takes the socket file from the URL's port", async () => {
    const client = connectPostgres(`postgres://postgres@localhost:5999${new URL(url!).pathname}?host=${SOCKET_FOLDER}`, { max: 1, onnotice: () => {}, connect_timeout: 2 });
    try {
      // No server listens on .s.PGSQL.5999.
      await expect(client`SELECT 1`).rejects.toThrow();
    } finally {
      await client.end();
    }
  });

  it('connects over TCP when the URL names no socket', async () => {
    const client = connectPostgres(url!, { max: 1, onnotice: () => {} });
    try {
      const [row] = await client`SELECT inet_server_addr() IS NOT NULL AS tcp`;
      expect(row.tcp).toBe(true);
    } finally {
      await client.end();
    }
  });
});
