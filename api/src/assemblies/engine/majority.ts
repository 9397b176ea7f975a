import type { ShareUnits } from './shares';
import type { Article } from './vocabulary';

/** One ballot's figures in shares (after art. 22, exact units of 1e-5) and headcount. */
export interface BallotFigures {
  yes: { count: number; shares: ShareUnits };
  no: { count: number; shares: ShareUnits };
  /** Members taking part (present, remote, represented, postal), défaillants left out. */
  takingPartCount: number;
  membersCount: number;
  /** The key's total for the resolution, after any art. 22 reduction. */
  keyTotal: ShareUnits;
}

// Every comparison below multiplies instead of dividing, so thirds and halves stay exact.

/** Art. 24: more yes than no among the votes cast; abstentions and non-voters do not count. */
export const passesArticle24 = (f: BallotFigures) => f.yes.shares > f.no.shares;

/** Art. 25: yes above half of the votes of all the co-owners of the key, absent ones included. */
export const passesArticle25 = (f: BallotFigures) => f.yes.shares * 2n > f.keyTotal;

/** Art. 25-1: art. 25 failed but yes gathered at least a third of all votes: second vote at art. 24. */
export const opensArticle25_1 = (f: BallotFigures) => f.yes.shares * 3n >= f.keyTotal;

/** Art. 26: a majority of all members by headcount, holding at least two thirds of all votes. */
export const passesArticle26 = (f: BallotFigures) => f.yes.count * 2 > f.membersCount && f.yes.shares * 3n >= f.keyTotal * 2n;

/**
 * Art. 26-1: art. 26 failed but half of the members present, represented or voting by post
 * approved, holding at least a third of all votes: an immediate second vote at art. 25.
 */
export const opensArticle26_1 = (f: BallotFigures) => f.takingPartCount > 0 && f.yes.count * 2 >= f.takingPartCount && f.yes.shares * 3n >= f.keyTotal;

/** Unanimity: every member of the syndicate under the key votes yes; an absent one defeats it. */
export const passesUnanimity = (f: BallotFigures) => f.membersCount > 0 && f.yes.count === f.membersCount;

export type FirstVoteDecision =
  { adopted: boolean; secondVote: null } | { adopted: false; secondVote: { passerelle: Extract<Article, 'ARTICLE_25_1' | 'ARTICLE_26_1'>; article: 'ARTICLE_24' | 'ARTICLE_25' } };

/** The first vote's outcome under the resolution's majority, and the passerelle it opens. */
export function decideFirstVote(majority: 'ARTICLE_24' | 'ARTICLE_25' | 'ARTICLE_26' | 'UNANIMITY', f: BallotFigures): FirstVoteDecision {
  switch (majority) {
    case 'ARTICLE_24':
      return { adopted: passesArticle24(f), secondVote: null };
    case 'ARTICLE_25':
      if (passesArticle25(f)) return { adopted: true, secondVote: null };
      return opensArticle25_1(f) ? { adopted: false, secondVote: { passerelle: 'ARTICLE_25_1', article: 'ARTICLE_24' } } : { adopted: false, secondVote: null };
    case 'ARTICLE_26':
      if (passesArticle26(f)) return { adopted: true, secondVote: null };
      return opensArticle26_1(f) ? { adopted: false, secondVote: { passerelle: 'ARTICLE_26_1', article: 'ARTICLE_25' } } : { adopted: false, secondVote: null };
    case 'UNANIMITY':
      return { adopted: passesUnanimity(f), secondVote: null };
  }
}

/** The second vote of a passerelle: art. 24 after 25-1, art. 25 after 26-1 (no further passerelle). */
export const decideSecondVote = (article: 'ARTICLE_24' | 'ARTICLE_25', f: BallotFigures) => (article === 'ARTICLE_24' ? passesArticle24(f) : passesArticle25(f));
