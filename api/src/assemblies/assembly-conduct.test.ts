import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../db/schema';
import { expectGlobalId } from '../graphql/node';
import { ADD_RESOLUTION, buildAssemblyBuilding, buildAssemblyScene, keyGlobalId, type AssemblyBuilding } from '../test/assemblies';
import { createVotingAssembly, POSTAL, SET_ATTENDANCE, UNANIMOUS, VOTES } from '../test/assembly-votes';
import type { BuiltAgency } from '../test/builders';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';

/** An AG run by the manager: participants, attendance, postal forms, room votes and their results, and the input refused. */

let api: TestApi;
let agency: BuiltAgency;
let home: AssemblyBuilding;
let manager: Client;

beforeAll(async () => {
  api = await startTestApi();
  ({ agency, home, manager } = await buildAssemblyScene(api));
});
afterAll(() => api.close());

const createAssembly = (startsAt: string, building = home) => createVotingAssembly(manager, building, startsAt);

describe('an AG run by the manager', () => {
  it("creates the participants from the building's co-owners with their shares, and the postal deadline", async () => {
    const { assembly } = await createAssembly('2099-07-13T08:00:00Z');
    expect(assembly.postalVoteDeadline).toBe('2099-07-09');
    expect(assembly.attendance?.total).toEqual({ count: 5, shares: '1000.00000' });
    expect(assembly.participants.nodes.map((node) => node.shares).sort()).toEqual(['150.00000', '150.00000', '150.00000', '150.00000', '400.00000']);
  });

  it('records attendance, a late postal form, room votes and computes the results with the 25-1 passerelle', async () => {
    const { assembly, byName, r24, r25 } = await createAssembly('2099-07-13T08:00:00Z');
    const attendance = await manager.gql(SET_ATTENDANCE, {
      input: {
        assemblyId: assembly.id,
        entries: [
          { participantId: byName(0), status: 'PRESENT' },
          { participantId: byName(1), status: 'REPRESENTED', proxyHolderParticipantId: byName(0) },
          { participantId: byName(2), status: 'REMOTE' },
          { participantId: byName(4), status: 'PRESENT' },
        ],
      },
    });
    expect(attendance.errors).toBeUndefined();
    expect(attendance.data!.setAttendance.attendance).toMatchObject({
      present: { count: 2, shares: '550.00000' },
      represented: { count: 1, shares: '150.00000' },
      remote: { count: 1, shares: '150.00000' },
      absent: { count: 1, shares: '150.00000' },
    });
    // D's form arrived on 10/07 for an AG on 13/07: kept, flagged, D counts as absent.
    const late = await manager.gql(POSTAL, { input: { participantId: byName(3), receivedOn: '2099-07-10', choices: [{ resolutionId: r24, choice: 'YES' }] } });
    expect(late.data!.recordPostalVote).toEqual({ status: 'POSTAL', postalFormReceivedOn: '2099-07-10', postalFormValid: false });

    const first = await manager.gql(VOTES, {
      input: {
        resolutionId: r24,
        ballot: 'FIRST',
        votes: [
          { participantId: byName(0), choice: 'YES' },
          { participantId: byName(1), choice: 'YES' },
          { participantId: byName(2), choice: 'NO' },
          { participantId: byName(4), choice: 'NO' },
        ],
      },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordVotes.result).toMatchObject({
      outcome: 'REJECTED',
      decidingArticle: 'ARTICLE_24',
      yes: { count: 2, shares: '300.00000' },
      no: { count: 2, shares: '550.00000' },
      absent: { count: 1, shares: '150.00000' },
    });

    // Art. 25: 400 yes of 1 000 (< half, ≥ a third) → second vote at art. 24, a copy of the first
    // (400 yes, 450 no: rejected) on which B turns yes and C abstains.
    await manager.gql(UNANIMOUS, { input: { resolutionId: r25, ballot: 'FIRST', choice: 'NO' } });
    const yes = await manager.gql(VOTES, { input: { resolutionId: r25, ballot: 'FIRST', votes: [{ participantId: byName(4), choice: 'YES' }] } });
    expect(yes.data!.recordVotes.result).toMatchObject({ decidingArticle: 'ARTICLE_25_1', outcome: 'REJECTED', firstVote: { article: 'ARTICLE_25', adopted: false } });
    const second = await manager.gql(VOTES, {
      input: {
        resolutionId: r25,
        ballot: 'SECOND',
        votes: [
          { participantId: byName(1), choice: 'YES' },
          { participantId: byName(2), choice: 'ABSTAIN' },
        ],
      },
    });
    expect(second.data!.recordVotes.result).toMatchObject({
      decidingArticle: 'ARTICLE_25_1',
      outcome: 'ADOPTED',
      yes: { count: 2, shares: '550.00000' },
      no: { count: 1, shares: '150.00000' },
      secondVote: { article: 'ARTICLE_24', adopted: true },
    });

    // Every vote write is in the audit trail, with its writer.
    const trail = await api.database.db.select().from(t.assemblyVoteAudit).where(eq(t.assemblyVoteAudit.agencyId, agency.id));
    expect(trail.length).toBeGreaterThanOrEqual(4 + 4 + 1 + 2 + 1);
    expect(trail.every((row) => row.actor === `person:${agency.manager.id}`)).toBe(true);
    const changed = trail.find((row) => row.operation === 'UPDATE' && (row.before as { choice: string }).choice === 'NO' && (row.after as { choice: string }).choice === 'YES');
    expect(changed).toBeDefined();
  });

  it('refuses bad input with a stable code and writes nothing', async () => {
    const { assembly, byName, r24 } = await createAssembly('2099-07-13T08:00:00Z');
    const number = await manager.gql(ADD_RESOLUTION, {
      input: { assemblyId: assembly.id, number: '1', title: 'Doublon', majority: 'ARTICLE_24', allocationKeyId: keyGlobalId(home.building) },
    });
    expect(number.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'UNIQUE_VIOLATION' });
    const absentVote = await manager.gql(VOTES, { input: { resolutionId: r24, ballot: 'FIRST', votes: [{ participantId: byName(0), choice: 'YES' }] } });
    expect(absentVote.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'votes[0].participantId' });
    const noSecond = await manager.gql(VOTES, { input: { resolutionId: r24, ballot: 'SECOND', votes: [] } });
    expect(errorCode(noSecond)).toBe('BAD_USER_INPUT');
    const selfProxy = await manager.gql(SET_ATTENDANCE, {
      input: { assemblyId: assembly.id, entries: [{ participantId: byName(1), status: 'REPRESENTED', proxyHolderParticipantId: byName(1) }] },
    });
    expect(selfProxy.errors?.[0]?.extensions).toMatchObject({ reason: 'PROXY_HOLDER_INVALID' });
    const staffProxy = await manager.gql(SET_ATTENDANCE, {
      input: { assemblyId: assembly.id, entries: [{ participantId: byName(1), status: 'REPRESENTED', proxyHolderName: agency.manager.displayName.toLowerCase() }] },
    });
    expect(staffProxy.errors?.[0]?.extensions).toMatchObject({ reason: 'PROXY_HOLDER_INVALID' });
    const rows = await api.database.db
      .select()
      .from(t.assemblyParticipants)
      .where(and(eq(t.assemblyParticipants.assemblyId, expectGlobalId(assembly.id, 'GeneralAssembly')), eq(t.assemblyParticipants.status, 'REPRESENTED')));
    expect(rows).toEqual([]);
  });

  it('refuses a fourth proxy beyond 10 % of the votes (art. 22)', async () => {
    const many = await buildAssemblyBuilding(api.database.db, agency, ['30', '30', '30', '30', '30', '850']);
    const { assembly, byName } = await createAssembly('2099-07-13T08:00:00Z', many);
    const proxies = (count: number, name: string) =>
      manager.gql(SET_ATTENDANCE, {
        input: {
          assemblyId: assembly.id,
          entries: [0, 1, 2, 3, 4].slice(0, count).map((i) => ({ participantId: byName(i), status: 'REPRESENTED' as const, proxyHolderName: name })),
        },
      });
    // Four delegations of 30 = 120 > 10 % of 1 000: refused; three are always allowed.
    const refused = await proxies(4, 'Casper');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PROXY_LIMIT_EXCEEDED' });
    expect((await proxies(3, 'Casper')).errors).toBeUndefined();
  });
});
