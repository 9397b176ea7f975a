import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../db/schema';
import { expectGlobalId } from '../graphql/node';
import { assemblyIntegrator, buildAssemblyBuilding, buildAssemblyScene, type AssemblyBuilding } from '../test/assemblies';
import { createVotingAssembly, POSTAL, SET_ATTENDANCE, UNANIMOUS, VOTES } from '../test/assembly-votes';
import { buildAgency, type BuiltAgency } from '../test/builders';
import { graphql } from '../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';

/** Who may see and write what in an AG: co-owners of the building, others, another agency, postal voters online, integrators. */

let api: TestApi;
let agency: BuiltAgency;
let home: AssemblyBuilding;
let manager: Client;

beforeAll(async () => {
  api = await startTestApi();
  ({ agency, home, manager } = await buildAssemblyScene(api));
});
afterAll(() => api.close());

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

const createAssembly = (startsAt: string) => createVotingAssembly(manager, home, startsAt);

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
