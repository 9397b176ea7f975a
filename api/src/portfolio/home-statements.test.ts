import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startTestApi, type TestApi } from '../test/harness';

/** The co-owner home (viewer, lots, accounts with balances): statement count independent of size. */
const HOME = `{
  viewer {
    spaces
    person {
      displayName emails
      ownerships(first: 50) { nodes { lot { code type building { code name } shares { shares allocationKey { code totalShares } } } account { number balance } } }
      accounts(first: 50) { nodes { number balance } }
    }
  }
}`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('SQL statements per request', () => {
  it('stays the same for a co-owner with 1 lot and with 31 lots in two buildings', async () => {
    const mathilde = await api.as('CLIQUOTMATHILDE');
    const small = await mathilde.gql(HOME);
    expect(small.errors).toBeUndefined();
    expect(small.data?.viewer.person.ownerships.nodes).toHaveLength(1);

    // Thirty more lots, each with shares, ownerships and its own account, across two buildings.
    await api.database.db.execute(sql`
      WITH me AS (SELECT p.agency_id, p.id FROM persons p JOIN identities i ON i.person_id = p.id WHERE i.login = 'CLIQUOTMATHILDE'),
      b AS (SELECT id, code FROM buildings WHERE code IN ('GILBERT', 'LAFAYETTE')),
      s AS (SELECT e.id FROM entities e WHERE e.code = 'S001' AND e.agency_id = (SELECT agency_id FROM me)),
      new_lots AS (
        INSERT INTO lots (agency_id, building_id, code, type)
        SELECT me.agency_id, b.id, b.code || '/X' || n, 'Parking' FROM me, b, generate_series(1, 15) n
        RETURNING agency_id, id, building_id, code),
      new_accounts AS (
        INSERT INTO accounts (agency_id, entity_id, person_id, number, label, kind, balance)
        SELECT l.agency_id, (SELECT id FROM s), (SELECT id FROM me), '450CLQ' || l.code, 'CLIQUOT Mathilde', 'COOWNER', 12.34
        FROM new_lots l RETURNING id, number),
      shares AS (
        INSERT INTO lot_shares (agency_id, allocation_key_id, lot_id, shares)
        SELECT l.agency_id, k.id, l.id, 1.5 FROM new_lots l JOIN allocation_keys k ON k.building_id = l.building_id RETURNING 1)
      INSERT INTO ownerships (agency_id, lot_id, person_id, account_id, start_date)
      SELECT l.agency_id, l.id, (SELECT id FROM me), a.id, '2024-01-01' FROM new_lots l JOIN new_accounts a ON a.number = '450CLQ' || l.code`);

    const large = await mathilde.gql(HOME);
    expect(large.errors).toBeUndefined();
    expect(large.data?.viewer.person.ownerships.nodes).toHaveLength(31);
    expect(new Set(large.data?.viewer.person.ownerships.nodes.map((o: { lot: { building: { code: string } } }) => o.lot.building.code))).toEqual(new Set(['GILBERT', 'LAFAYETTE']));
    expect(large.statements).toBe(small.statements);
    // session+relations+settings+person, ownerships, accounts, lots, accounts by id, buildings, shares, keys with totals.
    expect(small.statements).toBe(8);
  });

  it('answers the manager\'s people search in a bounded number of statements', async () => {
    const manager = await api.as('GESTIONNAIRE');
    const result = await manager.gql(`{ people(search: "e", first: 50) { nodes { displayName roles extranetAccess { identifier } } } }`);
    expect(result.data?.people.nodes.length).toBeGreaterThan(5);
    expect(result.statements).toBeLessThanOrEqual(4);
  });
});
