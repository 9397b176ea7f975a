import type { Headcount } from './attendance-summary';
import { decideFirstVote, decideSecondVote, type BallotFigures } from './majority';
import { effectiveVote, presenceAt, type EngineParticipant, type Presence } from './presence';
import { formatShareUnits, shareUnitsOf, type ShareUnits } from './shares';
import type { Article, EffectiveVote, Majority, VoteChoice } from './vocabulary';

export interface EngineResolution {
  id: string;
  /** Position in agenda order, the scale of arrivals and departures. */
  index: number;
  majority: Majority;
  amended: boolean;
  /** Each participant's shares under the resolution's key; a participant not in it is no member. */
  shares: ReadonlyMap<string, string>;
  firstVotes: ReadonlyMap<string, VoteChoice>;
  secondVotes: ReadonlyMap<string, VoteChoice>;
}

export interface VoteTally {
  /** The majority this vote was judged by (art. 24 for a 25-1 second vote, art. 25 for 26-1). */
  article: Article;
  adopted: boolean;
  yes: Headcount;
  no: Headcount;
  abstain: Headcount;
  notVoting: Headcount;
  absent: Headcount;
  opponents: string[];
  abstainers: string[];
  nonVoters: string[];
  absentees: string[];
}

export interface Art22Reduction {
  participantId: string;
  shares: string;
  reducedTo: string;
  keyTotal: string;
}

export interface ResolutionResult extends Omit<VoteTally, 'article' | 'adopted'> {
  outcome: 'ADOPTED' | 'REJECTED';
  decidingArticle: Article;
  members: Headcount;
  /** Postal voters whose favourable vote fell with the amendment: not voting, told as absent. */
  defaillants: string[];
  art22: Art22Reduction | null;
  /** For the minutes' "Votants" table: how the members took part in this resolution. */
  presence: { presentOrRepresented: Headcount; remote: Headcount; postal: Headcount; absent: Headcount };
  firstVote: VoteTally;
  secondVote: VoteTally | null;
}

interface Member {
  participant: EngineParticipant;
  /** Shares after any art. 22 reduction. */
  weight: ShareUnits;
  presence: Presence;
}

class Sum {
  count = 0;
  shares = 0n;
  add(weight: ShareUnits) {
    this.count += 1;
    this.shares += weight;
  }
  get headcount(): Headcount {
    return { count: this.count, shares: formatShareUnits(this.shares) };
  }
}

/**
 * Art. 22, al. 2: a co-owner holding more than half of the key's votes votes with the sum of the
 * others' votes, so the key's total for the resolution becomes twice the others'.
 */
function reduceArt22(members: { id: string; shares: ShareUnits }[]): { weights: Map<string, ShareUnits>; reduction: Art22Reduction | null; keyTotal: ShareUnits } {
  let total = 0n;
  for (const member of members) total += member.shares;
  const weights = new Map(members.map((member) => [member.id, member.shares]));
  const major = members.find((member) => member.shares * 2n > total);
  // A sole member has no others to reduce to: nothing to balance.
  if (!major || members.length < 2) return { weights, reduction: null, keyTotal: total };
  const others = total - major.shares;
  weights.set(major.id, others);
  const keyTotal = others * 2n;
  return {
    weights,
    keyTotal,
    reduction: { participantId: major.id, shares: formatShareUnits(major.shares), reducedTo: formatShareUnits(others), keyTotal: formatShareUnits(keyTotal) },
  };
}

function tallyBallot(
  members: readonly Member[],
  resolution: EngineResolution,
  ballot: 'FIRST' | 'SECOND',
  keyTotal: ShareUnits,
): { figures: BallotFigures; tally: Omit<VoteTally, 'article' | 'adopted'>; defaillants: string[] } {
  const sums: Record<EffectiveVote, Sum> = {
    YES: new Sum(),
    NO: new Sum(),
    ABSTAIN: new Sum(),
    NOT_VOTING: new Sum(),
    DEFAILLANT: new Sum(),
    ABSENT: new Sum(),
  };
  const names: Record<EffectiveVote, string[]> = { YES: [], NO: [], ABSTAIN: [], NOT_VOTING: [], DEFAILLANT: [], ABSENT: [] };
  for (const member of members) {
    const vote = effectiveVote({
      presence: member.presence,
      participant: member.participant,
      resolutionId: resolution.id,
      amended: resolution.amended,
      firstVote: resolution.firstVotes.get(member.participant.id),
      secondVote: resolution.secondVotes.get(member.participant.id),
      ballot,
    });
    sums[vote].add(member.weight);
    names[vote].push(member.participant.displayName);
  }
  const notVoting = new Sum();
  notVoting.count = sums.NOT_VOTING.count + sums.DEFAILLANT.count;
  notVoting.shares = sums.NOT_VOTING.shares + sums.DEFAILLANT.shares;
  return {
    figures: {
      yes: sums.YES,
      no: sums.NO,
      // A défaillant is assimilated to an absent co-owner (decree of 1967): not "taking part".
      takingPartCount: members.length - sums.ABSENT.count - sums.DEFAILLANT.count,
      membersCount: members.length,
      keyTotal,
    },
    tally: {
      yes: sums.YES.headcount,
      no: sums.NO.headcount,
      abstain: sums.ABSTAIN.headcount,
      notVoting: notVoting.headcount,
      absent: sums.ABSENT.headcount,
      opponents: names.NO,
      abstainers: names.ABSTAIN,
      nonVoters: [...names.NOT_VOTING, ...names.DEFAILLANT],
      absentees: names.ABSENT,
    },
    defaillants: names.DEFAILLANT,
  };
}

/**
 * A resolution's result, computed from its key's shares and the recorded presence and votes: the
 * first vote under its majority and, when a passerelle opens (25-1, 26-1), the immediate second
 * vote, which decides. Shares are those after any art. 22 reduction.
 */
export function computeResolutionResult(
  resolution: EngineResolution,
  participants: readonly EngineParticipant[],
  byId: ReadonlyMap<string, EngineParticipant> = new Map(participants.map((participant) => [participant.id, participant])),
): ResolutionResult {
  const units = shareUnitsOf(resolution.shares);
  const holders = participants.filter((participant) => (units.get(participant.id) ?? 0n) > 0n);
  const { weights, reduction, keyTotal } = reduceArt22(holders.map((participant) => ({ id: participant.id, shares: units.get(participant.id)! })));
  const members: Member[] = holders.map((participant) => ({
    participant,
    weight: weights.get(participant.id)!,
    presence: presenceAt(participant, resolution.index, byId),
  }));

  const first = tallyBallot(members, resolution, 'FIRST', keyTotal);
  const decision = decideFirstVote(resolution.majority, first.figures);
  const firstVote: VoteTally = { article: resolution.majority, adopted: decision.adopted, ...first.tally };
  let secondVote: VoteTally | null = null;
  let deciding = { tally: firstVote, article: resolution.majority as Article, defaillants: first.defaillants };
  if (decision.secondVote) {
    const second = tallyBallot(members, resolution, 'SECOND', keyTotal);
    const article = decision.secondVote.article;
    secondVote = { article, adopted: decideSecondVote(article, second.figures), ...second.tally };
    deciding = { tally: secondVote, article: decision.secondVote.passerelle, defaillants: second.defaillants };
  }

  const presence = { presentOrRepresented: new Sum(), remote: new Sum(), postal: new Sum(), absent: new Sum() };
  const membersSum = new Sum();
  for (const member of members) {
    membersSum.add(member.weight);
    const bucket =
      member.presence === 'REMOTE'
        ? presence.remote
        : member.presence === 'POSTAL'
          ? presence.postal
          : member.presence === 'ABSENT'
            ? presence.absent
            : presence.presentOrRepresented;
    bucket.add(member.weight);
  }

  const { article: _article, adopted, ...figures } = deciding.tally;
  return {
    outcome: adopted ? 'ADOPTED' : 'REJECTED',
    decidingArticle: deciding.article,
    // Under art. 22 the weights add up to the reduced total (twice the others' shares).
    members: membersSum.headcount,
    ...figures,
    defaillants: deciding.defaillants,
    art22: reduction,
    presence: {
      presentOrRepresented: presence.presentOrRepresented.headcount,
      remote: presence.remote.headcount,
      postal: presence.postal.headcount,
      absent: presence.absent.headcount,
    },
    firstVote,
    secondVote,
  };
}
