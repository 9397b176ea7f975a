import { describe, expect, it } from 'vitest';
import { buildAgency, buildBuilding, buildLot } from '../test/builders';
import { openTestDatabase } from '../test/harness';
import { buildingIdsByCode, lotIdsByCode } from './references';

describe('natural-key lookups', () => {
  it("finds codes of the caller's agency only, in one statement whatever their number", async () => {
    const { db } = await openTestDatabase();
    const mine = await buildAgency(db);
    const other = await buildAgency(db);
    const building = await buildBuilding(db, mine);
    const lot = await buildLot(db, mine, building);
    const foreign = await buildBuilding(db, other);
    const found = await buildingIdsByCode(db, mine.id, [building.code, foreign.code, 'NOPE']);
    expect([...found.entries()]).toEqual([[building.code, building.id]]);
    expect((await lotIdsByCode(db, other.id, [lot.code])).size).toBe(0);
  });
});
