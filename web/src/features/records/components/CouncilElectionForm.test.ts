import { describe, expect, it } from 'vitest';
import { electionBatch, electionErrors, electionMessages, type Seat } from './CouncilElectionForm';

const anne = { id: 'p1', displayName: 'PREMIER Anne', externalId: 'PREMIER' };
const bruno = { id: 'p2', displayName: 'SECOND Bruno', externalId: 'SECOND' };
const president: Seat = { id: 's1', role: 'PRESIDENT', startDate: '2025-03-15', person: anne };
const member: Seat = { id: 's2', role: 'MEMBER', startDate: '2024-01-01', person: bruno };

describe('a council election', () => {
  it('sends the new seat alone when nobody sits', () => {
    expect(electionBatch('CS', { personId: 'p1', role: 'PRESIDENT', startDate: '15/03/2025', endsPresident: false }, anne, [])).toEqual([
      { buildingCode: 'CS', personExternalId: 'PREMIER', role: 'PRESIDENT', startDate: '2025-03-15', endDate: null },
    ]);
  });

  it("ends the candidate's own seat and, when asked, the sitting president's on the new seat's start date", () => {
    const batch = electionBatch('CS', { personId: 'p2', role: 'PRESIDENT', startDate: '01/06/2026', endsPresident: true }, bruno, [president, member]);
    expect(batch).toEqual([
      { buildingCode: 'CS', personExternalId: 'SECOND', role: 'PRESIDENT', startDate: '2026-06-01', endDate: null },
      { buildingCode: 'CS', personExternalId: 'PREMIER', role: 'PRESIDENT', startDate: '2025-03-15', endDate: '2026-06-01' },
      { buildingCode: 'CS', personExternalId: 'SECOND', role: 'MEMBER', startDate: '2024-01-01', endDate: '2026-06-01' },
    ]);
  });

  it("leaves the sitting president alone unless asked, so that the API's one-president rule speaks", () => {
    expect(electionBatch('CS', { personId: 'p2', role: 'PRESIDENT', startDate: '01/06/2026', endsPresident: false }, bruno, [president])).toHaveLength(1);
  });

  it('updates, rather than ends, a seat that starts on the same day (the same key)', () => {
    expect(electionBatch('CS', { personId: 'p1', role: 'MEMBER', startDate: '15/03/2025', endsPresident: false }, anne, [president])).toEqual([
      { buildingCode: 'CS', personExternalId: 'PREMIER', role: 'MEMBER', startDate: '2025-03-15', endDate: null },
    ]);
  });

  it('refuses no co-owner chosen, one without a Code tiers, and a date that does not exist', () => {
    expect(electionErrors({ personId: '', role: 'MEMBER', startDate: '31/02/2026', endsPresident: false }, [anne])).toEqual({
      personExternalId: 'records.council.error.pick',
      startDate: 'records.error.date',
    });
    expect(electionErrors({ personId: 'p3', role: 'MEMBER', startDate: '01/01/2026', endsPresident: false }, [{ id: 'p3', displayName: 'X', externalId: null }])).toEqual({
      personExternalId: 'records.choice.error.noCode',
    });
  });

  it('says PRESIDENT_ALREADY_SEATED in the console’s words, on the role field', () => {
    expect(electionMessages({ role: 'errors.PRESIDENT_ALREADY_SEATED', buildingCode: 'errors.TEXT_TOO_LONG' })).toEqual({
      role: 'records.council.error.presidentSeated',
      buildingCode: 'errors.TEXT_TOO_LONG',
    });
  });
});
