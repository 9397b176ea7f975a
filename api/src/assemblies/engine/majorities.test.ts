import { describe, expect, it } from 'vitest';
import { participantsOf, resolutionOf, type Row } from './engine-builders.test-support';
import { computeResolutionResult } from './resolution-result';
import type { Majority } from './vocabulary';

const result = (rows: Row[], majority: Majority, options?: { amended?: boolean; index?: number }) =>
  computeResolutionResult(resolutionOf(rows, majority, options), participantsOf(rows));

describe('art. 24: yes > no among votes cast', () => {
  it('adopts with more yes than no shares, abstentions and absentees aside', () => {
    const r = result(
      [
        { name: 'A', shares: '100.00001', vote: 'YES' },
        { name: 'B', shares: '100.00000', vote: 'NO' },
        { name: 'C', shares: '500', vote: 'ABSTAIN' },
        { name: 'D', shares: '300', status: 'ABSENT' },
      ],
      'ARTICLE_24',
    );
    expect(r).toMatchObject({ outcome: 'ADOPTED', decidingArticle: 'ARTICLE_24', secondVote: null });
    expect(r.yes).toEqual({ count: 1, shares: '100.00001' });
    expect(r.abstain).toEqual({ count: 1, shares: '500.00000' });
    expect(r.absent).toEqual({ count: 1, shares: '300.00000' });
    expect(r.members).toEqual({ count: 4, shares: '1000.00001' });
    expect(r).toMatchObject({ opponents: ['B'], abstainers: ['C'], absentees: ['D'] });
  });
  it('rejects a tie', () => {
    const r = result(
      [
        { name: 'A', shares: '100.00000', vote: 'YES' },
        { name: 'B', shares: '100.00000', vote: 'NO' },
      ],
      'ARTICLE_24',
    );
    expect(r.outcome).toBe('REJECTED');
  });
  it('counts someone in the room with no recorded vote as not voting', () => {
    const r = result(
      [
        { name: 'A', shares: '30', vote: 'YES' },
        { name: 'B', shares: '40' },
        { name: 'C', shares: '30', vote: 'ABSTAIN' },
      ],
      'ARTICLE_24',
    );
    expect(r).toMatchObject({ outcome: 'ADOPTED', notVoting: { count: 1, shares: '40.00000' }, nonVoters: ['B'] });
  });
});

describe('art. 25: yes > half of all shares, and the 25-1 passerelle', () => {
  it('rejects exactly half and adopts one hundred-thousandth above', () => {
    const half = result(
      [
        { name: 'A', shares: '500.45758', vote: 'YES' },
        { name: 'B', shares: '500.45758', status: 'ABSENT' },
      ],
      'ARTICLE_25',
    );
    expect(half.firstVote.adopted).toBe(false);
    const above = result(
      [
        { name: 'A', shares: '400.00000', vote: 'YES' },
        { name: 'A2', shares: '100.45759', vote: 'YES' },
        { name: 'B', shares: '500.45757', status: 'ABSENT' },
      ],
      'ARTICLE_25',
    );
    expect(above).toMatchObject({ outcome: 'ADOPTED', decidingArticle: 'ARTICLE_25', secondVote: null });
  });
  it('opens the second vote under art. 24 at exactly one third', () => {
    // 300 of 900: exactly one third.
    const rows: Row[] = [
      { name: 'A', shares: '300', vote: 'YES' },
      { name: 'B', shares: '100', vote: 'NO' },
      { name: 'C', shares: '250', status: 'ABSENT' },
      { name: 'D', shares: '250', status: 'ABSENT' },
    ];
    const r = result(rows, 'ARTICLE_25');
    expect(r.firstVote).toMatchObject({ article: 'ARTICLE_25', adopted: false });
    expect(r.secondVote).toMatchObject({ article: 'ARTICLE_24', adopted: true });
    expect(r).toMatchObject({ outcome: 'ADOPTED', decidingArticle: 'ARTICLE_25_1' });
  });
  it('does not open it just under one third', () => {
    const r = result(
      [
        { name: 'A', shares: '299.99999', vote: 'YES' },
        { name: 'B', shares: '100.00001', vote: 'NO' },
        { name: 'C', shares: '250', status: 'ABSENT' },
        { name: 'D', shares: '250', status: 'ABSENT' },
      ],
      'ARTICLE_25',
    );
    expect(r).toMatchObject({ outcome: 'REJECTED', decidingArticle: 'ARTICLE_25', secondVote: null });
  });
  it('lets votes change on the second vote: a yes turning no rejects it', () => {
    const r = result(
      [
        { name: 'A', shares: '300', vote: 'YES' },
        { name: 'A2', shares: '100', vote: 'YES', second: 'NO' },
        { name: 'B', shares: '150', vote: 'NO' },
        { name: 'C', shares: '450', status: 'ABSENT' },
      ],
      'ARTICLE_25',
    );
    expect(r.firstVote.yes).toEqual({ count: 2, shares: '400.00000' });
    expect(r.secondVote).toMatchObject({ adopted: true, yes: { count: 1, shares: '300.00000' }, no: { count: 2, shares: '250.00000' } });
    expect(r).toMatchObject({ outcome: 'ADOPTED', decidingArticle: 'ARTICLE_25_1', opponents: ['A2', 'B'] });
    const turned = result(
      [
        { name: 'A', shares: '300', vote: 'YES', second: 'NO' },
        { name: 'B', shares: '150', vote: 'NO' },
        { name: 'C', shares: '450', status: 'ABSENT' },
      ],
      'ARTICLE_25',
    );
    expect(turned).toMatchObject({ outcome: 'REJECTED', decidingArticle: 'ARTICLE_25_1' });
  });
  it('keeps postal choices on the second vote', () => {
    const r = result(
      [
        { name: 'Postal', shares: '350', postal: 'YES' },
        { name: 'Room', shares: '300', vote: 'NO', second: 'ABSTAIN' },
        { name: 'C', shares: '350', status: 'ABSENT' },
      ],
      'ARTICLE_25',
    );
    expect(r.firstVote.adopted).toBe(false);
    expect(r.secondVote).toMatchObject({ adopted: true, yes: { count: 1, shares: '350.00000' }, abstain: { count: 1 } });
  });
});

describe('art. 26 and the 26-1 passerelle', () => {
  const rows = (votes: ('YES' | 'NO' | 'ABSENT')[], second: ('YES' | 'NO' | undefined)[] = []): Row[] =>
    votes.map((vote, i) => ({
      name: `P${i}`,
      shares: '100',
      ...(vote === 'ABSENT' ? { status: 'ABSENT' as const } : { vote }),
      second: second[i],
    }));
  it('adopts with a majority by headcount holding two thirds exactly', () => {
    // 6 members of 9 yes, 600 of 900 shares: exactly two thirds.
    const r = result(rows(['YES', 'YES', 'YES', 'YES', 'YES', 'YES', 'NO', 'NO', 'NO']), 'ARTICLE_26');
    expect(r).toMatchObject({ outcome: 'ADOPTED', decidingArticle: 'ARTICLE_26' });
  });
  it('rejects two thirds of the shares held by a minority by headcount', () => {
    const r = result(
      [
        { name: 'Big', shares: '700', vote: 'YES' },
        { name: 'S1', shares: '100', vote: 'NO' },
        { name: 'S2', shares: '100', vote: 'NO' },
        { name: 'S3', shares: '100', vote: 'NO' },
      ],
      'ARTICLE_26',
    );
    // Art. 22 reduces Big to 300 of a 600 total: one half, so 26-1 opens (1 of 4 yes < half): no.
    expect(r.art22).toEqual({ participantId: 'Big', shares: '700.00000', reducedTo: '300.00000', keyTotal: '600.00000' });
    expect(r).toMatchObject({ outcome: 'REJECTED', decidingArticle: 'ARTICLE_26', secondVote: null });
  });
  it('opens the second vote at art. 25 when half of those taking part, a third of all shares, approved', () => {
    // 10 members, 4 absent; 3 of the 6 taking part say yes (300 of 1000 ≥ a third? no: 300 < 333,3).
    const under = result(rows(['YES', 'YES', 'YES', 'NO', 'NO', 'NO', 'ABSENT', 'ABSENT', 'ABSENT', 'ABSENT']), 'ARTICLE_26');
    expect(under).toMatchObject({ outcome: 'REJECTED', secondVote: null });
    // 9 members, 3 absent: 3 yes of 6 taking part, 300 of 900 = one third exactly.
    const at = rows(['YES', 'YES', 'YES', 'NO', 'NO', 'NO', 'ABSENT', 'ABSENT', 'ABSENT'], [undefined, undefined, undefined, 'YES', 'YES']);
    const r = result(at, 'ARTICLE_26');
    expect(r.firstVote).toMatchObject({ article: 'ARTICLE_26', adopted: false });
    // Second vote at art. 25: 500 of 900 > half.
    expect(r.secondVote).toMatchObject({ article: 'ARTICLE_25', adopted: true, yes: { count: 5, shares: '500.00000' } });
    expect(r).toMatchObject({ outcome: 'ADOPTED', decidingArticle: 'ARTICLE_26_1' });
    const unchanged = result(rows(['YES', 'YES', 'YES', 'NO', 'NO', 'NO', 'ABSENT', 'ABSENT', 'ABSENT']), 'ARTICLE_26');
    expect(unchanged).toMatchObject({ outcome: 'REJECTED', decidingArticle: 'ARTICLE_26_1' });
  });
});

describe('unanimity', () => {
  it('adopts only when every member votes yes; an absent co-owner defeats it', () => {
    expect(
      result(
        [
          { name: 'A', shares: '1', vote: 'YES' },
          { name: 'B', shares: '2', vote: 'YES' },
        ],
        'UNANIMITY',
      ).outcome,
    ).toBe('ADOPTED');
    const r = result(
      [
        { name: 'A', shares: '1', vote: 'YES' },
        { name: 'B', shares: '999', vote: 'YES' },
        { name: 'C', shares: '0.00001', status: 'ABSENT' },
      ],
      'UNANIMITY',
    );
    expect(r).toMatchObject({ outcome: 'REJECTED', decidingArticle: 'UNANIMITY', absentees: ['C'] });
  });
});

describe('art. 22: a co-owner above half of the key', () => {
  const rows = (bigVote: 'YES' | 'NO'): Row[] => [
    { name: 'Big', shares: '600.00000', vote: bigVote },
    { name: 'S1', shares: '250.45758', vote: bigVote === 'YES' ? 'NO' : 'YES' },
    { name: 'S2', shares: '150.45758', status: 'ABSENT' },
  ];
  it('reduces their shares to the sum of the others on art. 24', () => {
    const r = result(rows('YES'), 'ARTICLE_24');
    expect(r.art22).toEqual({ participantId: 'Big', shares: '600.00000', reducedTo: '400.91516', keyTotal: '801.83032' });
    expect(r.yes).toEqual({ count: 1, shares: '400.91516' });
    expect(r.members).toEqual({ count: 3, shares: '801.83032' });
    expect(r.outcome).toBe('ADOPTED');
  });
  it('judges art. 25 against the reduced total: exactly half is not enough', () => {
    const r = result(rows('YES'), 'ARTICLE_25');
    // 400,91516 of 801,83032 is exactly half: rejected at 25, one third reached: 25-1 at art. 24.
    expect(r.firstVote.adopted).toBe(false);
    expect(r).toMatchObject({ decidingArticle: 'ARTICLE_25_1', outcome: 'ADOPTED' });
  });
});

describe('a key that covers only some lots', () => {
  it('counts only the members holding shares under the key', () => {
    const rows: Row[] = [
      { name: 'Stair A 1', shares: '40', vote: 'YES' },
      { name: 'Stair A 2', shares: '35', vote: 'NO' },
      { name: 'Stair A 3', shares: '25', status: 'ABSENT' },
      { name: 'Stair B', shares: '0', vote: 'YES' },
    ];
    const r = result(rows, 'ARTICLE_25');
    expect(r.members).toEqual({ count: 3, shares: '100.00000' });
    expect(r.yes).toEqual({ count: 1, shares: '40.00000' });
    expect(r.absentees).toEqual(['Stair A 3']);
    // 40 of 100: under half, at least a third: the 25-1 second vote at art. 24 adopts it.
    expect(r).toMatchObject({ outcome: 'ADOPTED', decidingArticle: 'ARTICLE_25_1' });
  });
});
