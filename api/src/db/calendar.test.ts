import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from './client';
import { agencyDay, agencyToday, shiftDay } from './calendar';
import { startTestApi, type TestApi } from '../test/harness';

describe('agencyDay', () => {
  it('is the day in Paris, not in UTC, around midnight in winter and in summer', () => {
    expect(agencyDay(new Date('2026-12-06T22:59:59Z'))).toBe('2026-12-06');
    expect(agencyDay(new Date('2026-12-06T23:00:00Z'))).toBe('2026-12-07');
    expect(agencyDay(new Date('2026-07-14T21:59:59Z'))).toBe('2026-07-14');
    expect(agencyDay(new Date('2026-07-14T22:00:00Z'))).toBe('2026-07-15');
  });
});

describe('shiftDay', () => {
  it('moves whole calendar days across a month, a year and the clock changes', () => {
    expect(shiftDay('2026-12-31', 1)).toBe('2027-01-01');
    expect(shiftDay('2026-03-29', -1)).toBe('2026-03-28');
    expect(shiftDay('2026-10-25', 1)).toBe('2026-10-26');
    expect(shiftDay('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe("the database's day", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it("is the agency's day (the session runs in Europe/Paris), on either driver", async () => {
    const [row] = rowsOf<{ day: string; zone: string }>(await api.database.db.execute(sql`SELECT current_date::text AS day, current_setting('TimeZone') AS zone`));
    expect(row.zone).toBe('Europe/Paris');
    // Read around the statement, so a run across midnight still agrees with one of the two.
    expect([agencyToday(), agencyDay(new Date(Date.now() - 60_000))]).toContain(row.day);
  });
});
