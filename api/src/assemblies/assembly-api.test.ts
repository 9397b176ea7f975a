import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../db/schema';
import { buildAgency, type BuiltAgency } from '../test/builders';
import { ADD_RESOLUTION, assemblyIntegrator, buildAssemblyBuilding, buildingGlobalId, CREATE_ASSEMBLY, keyGlobalId, type AssemblyBuilding } from '../test/assemblies';
import { graphql } from '../test/gql';
import { expectGlobalId } from '../graphql/node';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';

let api: TestApi;
let agency: BuiltAgency;
let home: AssemblyBuilding;
let manager: Client;

beforeAll(async () => {
  api = await startTestApi();
  agency = await buildAgency(api.database.db);
  // 5 co-owners, 1 000 shares; E holds 400.
  home = await buildAssemblyBuilding(api.database.db, agency, ['150.00000', '150.00000', '150.00000', '150.00000', '400.00000']);
  manager = await api.as(agency.manager.signIn);
});
afterAll(() => api.close());

const SET_ATTENDANCE = graphql(`
  mutation AssemblySetAttendance($input: SetAttendanceInput!) {
    setAttendance(input: $input) {
      attendance {
        absent {
          count
          shares
        }
        present {
          count
          shares
        }
        represented {
          count
          shares
        }
        remote {
          count
          shares
        }
        postal {
          count
          shares
        }
        total {
          count
          shares
        }
      }
    }
  }
`);
const POSTAL = graphql(`
  mutation AssemblyRecordPostal($input: RecordPostalVoteInput!) {
    recordPostalVote(input: $input) {
      status
      postalFormReceivedOn
      postalFormValid
    }
  }
`);
const VOTES = graphql(`
  mutation AssemblyRecordVotes($input: RecordVotesInput!) {
    recordVotes(input: $input) {
      number
      result {
        outcome
        decidingArticle
        members {
          count
          shares
        }
        yes {
          count
          shares
        }
        no {
          count
          shares
        }
        absent {
          count
          shares
        }
        opponents
        firstVote {
          article
          adopted
        }
        secondVote {
          article
          adopted
        }
      }
    }
  }
`);
const UNANIMOUS = graphql(`
  mutation AssemblyUnanimous($input: RecordUnanimousVoteInput!) {
    recordUnanimousVote(input: $input) {
      result {
        outcome
        decidingArticle
        yes {
          count
          shares
        }
        no {
          count
          shares
        }
        secondVote {
          article
          adopted
        }
      }
    }
  }
`);
const READ = graphql(`
  query AssemblyRead($id: ID!) {
    node(id: $id) {
      ... on GeneralAssembly {
        title
        attendance {
          total {
            count
          }
        }
        participants(first: 50) {
          nodes {
            displayName
            status
          }
        }
        resolutions {
          number
          result {
            outcome
          }
        }
        viewerParticipant {
          displayName
        }
      }
    }
  }
`);
const CAST = graphql(`
  mutation AssemblyCast($input: CastPostalVoteInput!) {
    castPostalVote(input: $input) {
      receivedOn
      castAt
      choices {
        choice
        resolution {
          number
        }
      }
      participant {
        status
        postalFormValid
      }
    }
  }
`);

async function createAssembly(startsAt: string, building = home) {
  const created = await manager.gql(CREATE_ASSEMBLY, {
    input: { buildingId: buildingGlobalId(building.building), title: `AG ${startsAt}`, kind: 'ORDINARY', startsAt, place: 'Salle des fêtes' },
  });
  expect(created.errors).toBeUndefined();
  const assembly = created.data!.createGeneralAssembly;
  const byName = (i: number) => assembly.participants.nodes.find((node) => node.displayName === building.coOwners[i].displayName)!.id;
  const r24 = (
    await manager.gql(ADD_RESOLUTION, {
      input: { assemblyId: assembly.id, number: '1', title: 'Approbation des comptes', majority: 'ARTICLE_24', allocationKeyId: keyGlobalId(building.building) },
    })
  ).data!.addResolution.id;
  const r25 = (
    await manager.gql(ADD_RESOLUTION, {
      input: { assemblyId: assembly.id, number: '2', title: 'Désignation du syndic', majority: 'ARTICLE_25', allocationKeyId: keyGlobalId(building.building) },
    })
  ).data!.addResolution.id;
  return { assembly, byName, r24, r25 };
}

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

describe('who may see and write what', () => {
  it("lets a co-owner read their building's AG and their own attendance, not others' votes before the minutes", async () => {
    const { assembly, byName, r24 } = await createAssembly('2099-07-13T08:00:00Z');
    await manager.gql(SET_ATTENDANCE, { input: { assemblyId: assembly.id, entries: [{ participantId: byName(0), status: 'PRESENT' }] } });
    await manager.gql(VOTES, { input: { resolutionId: r24, ballot: 'FIRST', votes: [{ participantId: byName(0), choice: 'YES' }] } });
    const coOwner = await api.as(home.coOwners[1].signIn);
    const read = await coOwner.gql(READ, { id: assembly.id });
    expect(read.errors).toBeUndefined();
    const node = read.data!.node as {
      attendance: unknown;
      participants: { nodes: { displayName: string }[] };
      resolutions: { result: unknown }[];
      viewerParticipant: { displayName: string };
    };
    expect(node.attendance).toBeNull();
    expect(node.participants.nodes.map((p) => p.displayName)).toEqual([home.coOwners[1].displayName]);
    expect(node.resolutions.map((r) => r.result)).toEqual([null, null]);
    expect(node.viewerParticipant.displayName).toBe(home.coOwners[1].displayName);
  });

  it('hides the AG from a co-owner of another building and from another agency', async () => {
    const { assembly, byName } = await createAssembly('2099-07-13T08:00:00Z');
    const elsewhere = await buildAssemblyBuilding(api.database.db, agency, ['100']);
    const neighbour = await api.as(elsewhere.coOwners[0].signIn);
    expect((await neighbour.gql(READ, { id: assembly.id })).data?.node).toBeNull();
    const cast = await neighbour.gql(CAST, { input: { assemblyId: assembly.id, choices: [] } });
    expect(errorCode(cast)).toBe('NOT_FOUND');

    const other = await buildAgency(api.database.db);
    const otherManager = await api.as(other.manager.signIn);
    expect((await otherManager.gql(READ, { id: assembly.id })).data?.node).toBeNull();
    const write = await otherManager.gql(SET_ATTENDANCE, { input: { assemblyId: assembly.id, entries: [{ participantId: byName(0), status: 'PRESENT' }] } });
    expect(errorCode(write)).toBe('NOT_FOUND');
  });

  it('refuses a co-owner writing votes or a postal form for someone else', async () => {
    const { byName, r24 } = await createAssembly('2099-07-13T08:00:00Z');
    const coOwner = await api.as(home.coOwners[0].signIn);
    expect(errorCode(await coOwner.gql(VOTES, { input: { resolutionId: r24, ballot: 'FIRST', votes: [{ participantId: byName(1), choice: 'YES' }] } }))).toBe('FORBIDDEN');
    expect(errorCode(await coOwner.gql(POSTAL, { input: { participantId: byName(1), receivedOn: '2099-07-01', choices: [] } }))).toBe('FORBIDDEN');
    expect(errorCode(await coOwner.gql(UNANIMOUS, { input: { resolutionId: r24, ballot: 'FIRST', choice: 'YES' } }))).toBe('FORBIDDEN');
  });

  it('takes an online postal vote until the deadline and refuses it after with POSTAL_VOTE_CLOSED', async () => {
    const open = await createAssembly('2099-07-13T08:00:00Z');
    const coOwner = await api.as(home.coOwners[2].signIn);
    const cast = await coOwner.gql(CAST, {
      input: {
        assemblyId: open.assembly.id,
        choices: [
          { resolutionId: open.r25, choice: 'NO' },
          { resolutionId: open.r24, choice: 'YES' },
        ],
      },
    });
    expect(cast.errors).toBeUndefined();
    expect(cast.data!.castPostalVote).toMatchObject({
      participant: { status: 'POSTAL', postalFormValid: true },
      choices: [
        { choice: 'YES', resolution: { number: '1' } },
        { choice: 'NO', resolution: { number: '2' } },
      ],
    });
    expect(cast.data!.castPostalVote.castAt).toBeTruthy();

    const soon = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const closed = await createAssembly(soon);
    const late = await coOwner.gql(CAST, { input: { assemblyId: closed.assembly.id, choices: [{ resolutionId: closed.r24, choice: 'YES' }] } });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'POSTAL_VOTE_CLOSED' });
    const written = await api.database.db
      .select()
      .from(t.postalVotes)
      .where(eq(t.postalVotes.resolutionId, expectGlobalId(closed.r24, 'Resolution')));
    expect(written).toEqual([]);
  });

  it('lets an assemblies:write integrator (a remote-voting provider) import votes, and refuses one without the scope', async () => {
    const { byName, r24, assembly } = await createAssembly('2099-07-13T08:00:00Z');
    await manager.gql(SET_ATTENDANCE, { input: { assemblyId: assembly.id, entries: [{ participantId: byName(0), status: 'REMOTE' }] } });
    const provider = await assemblyIntegrator(api, manager, ['ASSEMBLIES_READ', 'ASSEMBLIES_WRITE']);
    const imported = await provider.gql(VOTES, { input: { resolutionId: r24, ballot: 'FIRST', votes: [{ participantId: byName(0), choice: 'YES' }] } });
    expect(imported.data?.recordVotes.result?.yes).toEqual({ count: 1, shares: '150.00000' });
    const reader = await assemblyIntegrator(api, manager, ['ASSEMBLIES_READ']);
    expect(errorCode(await reader.gql(VOTES, { input: { resolutionId: r24, ballot: 'FIRST', votes: [] } }))).toBe('FORBIDDEN');
  });
});
