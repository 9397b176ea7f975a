import { describe, expect, it } from 'vitest';
import { participantsOf, resolutionOf, type Row } from './engine-builders.test-support';
import { GILBERT_ATTENDANCE } from './gilbert-attendance.fixture';
import { computeResolutionResult } from './resolution-result';
import type { Majority } from './vocabulary';

const result = (rows: Row[], majority: Majority, options?: { amended?: boolean; index?: number }) =>
  computeResolutionResult(resolutionOf(rows, majority, options), participantsOf(rows));

describe('amended resolutions ("Annulation des votes favorables")', () => {
  const rows: Row[] = [
    { name: 'Postal yes', shares: '100', postal: 'YES' },
    { name: 'Postal no', shares: '90', postal: 'NO' },
    { name: 'Postal abstain', shares: '80', postal: 'ABSTAIN' },
    { name: 'Room yes', shares: '120', vote: 'YES' },
  ];
  it('counts favourable postal votes as défaillants, postal no and abstention standing', () => {
    const r = result(rows, 'ARTICLE_24', { amended: true });
    expect(r.yes).toEqual({ count: 1, shares: '120.00000' });
    expect(r.no).toEqual({ count: 1, shares: '90.00000' });
    expect(r.abstain).toEqual({ count: 1, shares: '80.00000' });
    expect(r.notVoting).toEqual({ count: 1, shares: '100.00000' });
    expect(r).toMatchObject({ defaillants: ['Postal yes'], nonVoters: ['Postal yes'], outcome: 'ADOPTED' });
  });
  it('keeps the favourable postal vote on a resolution that was not amended', () => {
    const r = result(rows, 'ARTICLE_24');
    expect(r.yes).toEqual({ count: 2, shares: '220.00000' });
    expect(r.defaillants).toEqual([]);
  });
  it('leaves out a défaillant from those taking part for art. 26-1', () => {
    // 4 members of 100: with the postal yes counted, 2 of 4 taking part approve; without, 1 of 3.
    const members: Row[] = [
      { name: 'Postal yes', shares: '100', postal: 'YES' },
      { name: 'Room yes', shares: '100', vote: 'YES' },
      { name: 'N1', shares: '100', vote: 'NO' },
      { name: 'N2', shares: '100', vote: 'NO' },
    ];
    expect(result(members, 'ARTICLE_26').decidingArticle).toBe('ARTICLE_26_1');
    expect(result(members, 'ARTICLE_26', { amended: true }).decidingArticle).toBe('ARTICLE_26');
  });
});

describe('postal forms', () => {
  it('counts the holder of a late form as absent in every resolution', () => {
    const r = result(
      [
        { name: 'Late', shares: '100', postal: 'YES', late: true },
        { name: 'Room', shares: '100', vote: 'NO' },
      ],
      'ARTICLE_24',
    );
    expect(r).toMatchObject({ absentees: ['Late'], yes: { count: 0 }, outcome: 'REJECTED' });
  });
  it('counts a resolution left off the form as not voting', () => {
    const rows: Row[] = [{ name: 'Postal', shares: '100', status: 'POSTAL' }];
    expect(result(rows, 'ARTICLE_24').notVoting).toEqual({ count: 1, shares: '100.00000' });
  });
  it('sets the form aside from the arrival of a postal voter on: they vote in person', () => {
    const rows = (): Row[] => [
      { name: 'Arrives', shares: '100', postal: 'YES', vote: 'NO', arrival: { fromIndex: 3, status: 'PRESENT' } },
      { name: 'Other', shares: '50', vote: 'YES' },
      { name: 'Third', shares: '60', vote: 'ABSTAIN' },
    ];
    const before = result(rows(), 'ARTICLE_24', { index: 2 });
    expect(before).toMatchObject({ yes: { count: 2, shares: '150.00000' }, presence: { postal: { count: 1 } } });
    const after = result(rows(), 'ARTICLE_24', { index: 3 });
    expect(after).toMatchObject({ opponents: ['Arrives'], outcome: 'REJECTED', presence: { presentOrRepresented: { count: 3 } } });
  });
  it('ignores a vote recorded in the room for someone voting by post', () => {
    const r = result([{ name: 'Postal', shares: '100', postal: 'NO', vote: 'YES' }], 'ARTICLE_24');
    expect(r.no.count).toBe(1);
  });
});

describe('arrivals and departures ("à 11:51, résolution 6")', () => {
  const rows: Row[] = [
    { name: 'Late comer', shares: '100', status: 'ABSENT', vote: 'YES', arrival: { fromIndex: 5, status: 'REMOTE' } },
    { name: 'Leaver', shares: '100', vote: 'NO', departure: { fromIndex: 5 } },
    { name: 'Both', shares: '100', status: 'ABSENT', vote: 'YES', arrival: { fromIndex: 5, status: 'PRESENT' }, departure: { fromIndex: 5 } },
  ];
  it('counts who is there before resolution 6', () => {
    const r = result(rows, 'ARTICLE_24', { index: 4 });
    expect(r).toMatchObject({ absentees: ['Late comer', 'Both'], opponents: ['Leaver'], outcome: 'REJECTED' });
  });
  it('counts who is there from resolution 6 on', () => {
    const r = result(rows, 'ARTICLE_24', { index: 5 });
    expect(r).toMatchObject({ absentees: ['Leaver', 'Both'], outcome: 'ADOPTED', presence: { remote: { count: 1 } } });
  });
  it('takes a represented co-owner out with the proxy holder who leaves', () => {
    const withProxy: Row[] = [
      { name: 'Holder', shares: '100', vote: 'YES', departure: { fromIndex: 2 } },
      { name: 'Principal', shares: '100', status: 'REPRESENTED', proxyHolder: 'Holder', vote: 'YES' },
    ];
    expect(result(withProxy, 'ARTICLE_24', { index: 1 }).yes.count).toBe(2);
    expect(result(withProxy, 'ARTICLE_24', { index: 2 }).absentees).toEqual(['Holder', 'Principal']);
  });
});

describe("the manual's AG (GILBERT, 13/07/2020)", () => {
  it('counts the attendance table under each resolution', () => {
    const rows: Row[] = GILBERT_ATTENDANCE.map((co) => ({
      name: co.displayName,
      shares: co.shares,
      status: co.status,
      vote: co.status === 'POSTAL' ? undefined : 'YES',
      postal: co.status === 'POSTAL' ? 'YES' : undefined,
    }));
    const r = result(rows, 'ARTICLE_25');
    expect(r.members).toEqual({ count: 12, shares: '1000.91516' });
    expect(r.presence).toEqual({
      presentOrRepresented: { count: 5, shares: '516.00000' },
      remote: { count: 1, shares: '65.00000' },
      postal: { count: 2, shares: '131.01420' },
      absent: { count: 4, shares: '288.90096' },
    });
    expect(r.yes).toEqual({ count: 8, shares: '712.01420' });
    expect(r).toMatchObject({ outcome: 'ADOPTED', decidingArticle: 'ARTICLE_25' });
  });
});
