import { describe, expect, it } from 'vitest';
import { summariseAttendance } from './attendance-summary';
import { GILBERT_ATTENDANCE } from './gilbert-attendance.fixture';
import { assemblyDay, isOnlinePostalVoteOpen, isPostalFormOnTime, postalVoteDeadline } from './postal-deadline';
import { isWithinProxyLimit } from './proxy-limit';
import { compareResolutionNumbers, RESOLUTION_NUMBER } from './resolution-order';

describe('attendance summary ("Saisie des présences")', () => {
  it("reproduces the manual's table: 12 co-owners, 1 000,91516 shares", () => {
    expect(summariseAttendance(GILBERT_ATTENDANCE)).toEqual({
      absent: { count: 4, shares: '288.90096' },
      present: { count: 3, shares: '293.00000' },
      remote: { count: 1, shares: '65.00000' },
      represented: { count: 2, shares: '223.00000' },
      postal: { count: 2, shares: '131.01420' },
      total: { count: 12, shares: '1000.91516' },
    });
  });
});

describe('postal deadline (three clear days)', () => {
  it('closes on 09/07/2020 for an AG on 13/07/2020', () => {
    expect(postalVoteDeadline('2020-07-13')).toBe('2020-07-09');
    expect(isPostalFormOnTime('2020-07-09', '2020-07-13')).toBe(true);
    expect(isPostalFormOnTime('2020-07-10', '2020-07-13')).toBe(false);
    expect(isPostalFormOnTime('2020-07-01', '2020-07-13')).toBe(true);
  });
  it('does not move for a weekend: an AG on Monday 15/06/2020 closes on Thursday 11/06', () => {
    expect(postalVoteDeadline('2020-06-15')).toBe('2020-06-11');
  });
  it('counts 29 February in a leap year and not in another', () => {
    expect(postalVoteDeadline('2024-03-02')).toBe('2024-02-27');
    expect(postalVoteDeadline('2023-03-02')).toBe('2023-02-26');
    expect(postalVoteDeadline('2024-03-04')).toBe('2024-02-29');
  });
  it('crosses a year end', () => {
    expect(postalVoteDeadline('2021-01-02')).toBe('2020-12-29');
    expect(postalVoteDeadline('2021-01-04')).toBe('2020-12-31');
    expect(isPostalFormOnTime('2020-12-31', '2021-01-04')).toBe(true);
    expect(isPostalFormOnTime('2021-01-01', '2021-01-04')).toBe(false);
  });
  it('takes the AG day in French time and closes online voting after the deadline day', () => {
    // 23:30 UTC on 12 July is already 13 July in Paris.
    expect(assemblyDay(new Date('2020-07-12T23:30:00Z'))).toBe('2020-07-13');
    const startsAt = new Date('2020-07-13T08:00:00Z');
    expect(isOnlinePostalVoteOpen(new Date('2020-07-09T21:59:00Z'), startsAt)).toBe(true);
    expect(isOnlinePostalVoteOpen(new Date('2020-07-09T22:01:00Z'), startsAt)).toBe(false);
  });
});

describe('art. 22 proxy limit', () => {
  it('allows three delegations whatever their weight', () => {
    expect(isWithinProxyLimit({ holderShares: '145', delegatedShares: ['74', '149', '82'], syndicateShares: '1000.91516' })).toBe(true);
  });
  it('allows a fourth delegation only within 10 % of the syndicate', () => {
    const small = ['20', '20', '20', '20'];
    expect(isWithinProxyLimit({ holderShares: '20.09151', delegatedShares: small, syndicateShares: '1000.91516' })).toBe(true);
    expect(isWithinProxyLimit({ holderShares: '20.09152', delegatedShares: small, syndicateShares: '1000.91516' })).toBe(false);
  });
});

describe('resolution numbers', () => {
  it('orders sub-resolutions after their resolution and 10 after 9', () => {
    expect(['10', '5.2', '5', '9', '5.1', '6'].sort(compareResolutionNumbers)).toEqual(['5', '5.1', '5.2', '6', '9', '10']);
    expect(RESOLUTION_NUMBER.test('5.1')).toBe(true);
    expect(RESOLUTION_NUMBER.test('5.')).toBe(false);
    expect(RESOLUTION_NUMBER.test('A')).toBe(false);
  });
});
