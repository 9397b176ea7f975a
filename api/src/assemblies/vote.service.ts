import { sql } from 'drizzle-orm';
import { assemblyVotes } from '../db/schema';
import type { Executor } from '../db/client';
import { assertBatch } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import { badInput, conflict } from '../graphql/errors';
import { expectGlobalId } from '../graphql/node';
import { auditAs, resolutionToRun } from './assembly-access';
import { engineParticipants, engineResolution, readAssemblyState, type AssemblyRow, type AssemblyState, type ResolutionRow } from './assembly-state';
import type { RecordUnanimousVoteInput, RecordVotesInput } from './assembly.inputs';
import { presenceAt } from './engine/presence';
import { computeResolutionResult } from './engine/resolution-result';
import type { Ballot, VoteChoice } from './engine/vocabulary';

/** Who votes in the room (present, remote, represented) on this resolution, by participant id. */
function roomVoters(state: AssemblyState, resolution: ResolutionRow) {
  const participants = engineParticipants(state);
  const byId = new Map(participants.map((participant) => [participant.id, participant]));
  const index = state.resolutions.indexOf(resolution);
  const members = engineResolution(state, resolution).shares;
  return new Map(participants.filter((participant) => members.has(participant.id)).map((participant) => [participant.id, presenceAt(participant, index, byId)]));
}

/** A second ballot exists only when the first vote opened a passerelle (art. 25-1, 26-1). */
function assertBallotOpen(state: AssemblyState, resolution: ResolutionRow, ballot: Ballot): void {
  if (ballot === 'FIRST') return;
  const result = computeResolutionResult(engineResolution(state, resolution), engineParticipants(state));
  if (!result.secondVote) throw conflict('NO_SECOND_VOTE', 'The first vote opened no second vote');
}

/** Upserts votes in one statement (arrays as parameters); unchanged votes are not rewritten, so the audit keeps only changes. */
async function writeVotes(tx: Executor, assembly: AssemblyRow, resolution: ResolutionRow, ballot: Ballot, votes: { participantId: string; choice: VoteChoice }[]) {
  if (votes.length === 0) return;
  await tx.execute(sql`
    INSERT INTO ${assemblyVotes} (agency_id, assembly_id, resolution_id, participant_id, ballot, choice)
    SELECT ${assembly.agencyId}::uuid, ${assembly.id}::uuid, ${resolution.id}::uuid, v.participant_id, ${ballot}::ballot_kind, v.choice::vote_choice
    FROM unnest(${sql.param(votes.map((vote) => vote.participantId))}::uuid[], ${sql.param(votes.map((vote) => vote.choice))}::text[]) AS v(participant_id, choice)
    ON CONFLICT (agency_id, resolution_id, participant_id, ballot) DO UPDATE SET choice = excluded.choice
    WHERE ${assemblyVotes.choice} IS DISTINCT FROM excluded.choice`);
}

/**
 * "Saisie des votes": the room's votes on one ballot (the second starting as a copy of the
 * first); also how a remote-voting provider hands its votes back. Every participant must be a
 * member voting in the room on that resolution; one bad row and nothing is written.
 */
export async function recordVotes(ctx: Ctx, input: RecordVotesInput): Promise<ResolutionRow> {
  const { resolution, assembly } = await resolutionToRun(ctx, input.resolutionId, 'assembly.recordVotes');
  assertBatch('votes', input.votes.length, 2_000);
  const decoded = input.votes.map((vote, i) => ({
    field: `votes[${i}].participantId`,
    participantId: expectGlobalId(vote.participantId, 'AssemblyParticipant', `votes[${i}].participantId`),
    choice: vote.choice,
  }));
  return ctx.db.transaction(async (tx) => {
    const state = await readAssemblyState(tx, assembly);
    const current = state.resolutions.find((row) => row.id === resolution.id) ?? resolution;
    assertBallotOpen(state, current, input.ballot);
    const voters = roomVoters(state, current);
    const known = new Set(state.participants.map((participant) => participant.id));
    const seen = new Set<string>();
    for (const vote of decoded) {
      if (!known.has(vote.participantId)) throw badInput(vote.field, 'UNKNOWN_REFERENCE', 'Not a participant of this AG');
      if (seen.has(vote.participantId)) throw badInput(vote.field, 'DUPLICATE_IN_BATCH', 'The same participant twice');
      seen.add(vote.participantId);
      const presence = voters.get(vote.participantId);
      if (!presence) throw badInput(vote.field, 'NOT_A_MEMBER', "No shares under the resolution's key");
      if (presence === 'POSTAL') throw badInput(vote.field, 'VOTED_BY_POST', 'Voted by post on this resolution');
      if (presence === 'ABSENT') throw badInput(vote.field, 'INVALID_VALUE', 'Absent on this resolution');
    }
    await auditAs(tx, ctx.actor);
    await writeVotes(tx, assembly, current, input.ballot, decoded);
    return current;
  });
}

/** The unanimity buttons: one choice for everyone voting in the room or remotely; postal choices stay. */
export async function recordUnanimousVote(ctx: Ctx, input: RecordUnanimousVoteInput): Promise<ResolutionRow> {
  const { resolution, assembly } = await resolutionToRun(ctx, input.resolutionId, 'assembly.recordVotes');
  return ctx.db.transaction(async (tx) => {
    const state = await readAssemblyState(tx, assembly);
    const current = state.resolutions.find((row) => row.id === resolution.id) ?? resolution;
    assertBallotOpen(state, current, input.ballot);
    const votes = [...roomVoters(state, current)]
      .filter(([, presence]) => presence === 'PRESENT' || presence === 'REMOTE' || presence === 'REPRESENTED')
      .map(([participantId]) => ({ participantId, choice: input.choice }));
    await auditAs(tx, ctx.actor);
    await writeVotes(tx, assembly, current, input.ballot, votes);
    return current;
  });
}
