/**
 * The words of the general-assembly engine, shared by the pure computations, the services and the
 * GraphQL types. Plain string unions so the engine imports neither the database nor GraphQL.
 */

/** Attendance codes of the manual ("Saisie des présences"): N, O, R, D, C. */
export const ATTENDANCE_STATUSES = ['ABSENT', 'PRESENT', 'REPRESENTED', 'REMOTE', 'POSTAL'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** The manual's one-letter codes, for the attendance sheet and the spreadsheet view. */
export const ATTENDANCE_CODES: Record<AttendanceStatus, string> = {
  ABSENT: 'N',
  PRESENT: 'O',
  REPRESENTED: 'R',
  REMOTE: 'D',
  POSTAL: 'C',
};

export const VOTE_CHOICES = ['YES', 'NO', 'ABSTAIN', 'NOT_VOTING'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

/** A postal choice: a resolution left out of the form is "not voting". */
export const POSTAL_CHOICES = ['YES', 'NO', 'ABSTAIN'] as const;
export type PostalChoice = (typeof POSTAL_CHOICES)[number];

/** The majority a resolution is put to; the passerelles (25-1, 26-1) follow from it. */
export const MAJORITIES = ['ARTICLE_24', 'ARTICLE_25', 'ARTICLE_26', 'UNANIMITY'] as const;
export type Majority = (typeof MAJORITIES)[number];

/** The article that decided a resolution, including the second votes of the passerelles. */
export const ARTICLES = ['ARTICLE_24', 'ARTICLE_25', 'ARTICLE_25_1', 'ARTICLE_26', 'ARTICLE_26_1', 'UNANIMITY'] as const;
export type Article = (typeof ARTICLES)[number];

export const BALLOTS = ['FIRST', 'SECOND'] as const;
export type Ballot = (typeof BALLOTS)[number];

/** Where a participant's vote stands on one resolution, once presence and postal forms are applied. */
export type EffectiveVote = VoteChoice | 'ABSENT' | 'DEFAILLANT';
