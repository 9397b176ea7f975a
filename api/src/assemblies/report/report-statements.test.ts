import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADD_RESOLUTION, buildAssemblyBuilding, buildingGlobalId, CREATE_ASSEMBLY, keyGlobalId } from '../../test/assemblies';
import { buildAgency, type BuiltAgency } from '../../test/builders';
import { graphql } from '../../test/gql';
import { startTestApi, type Client, type TestApi } from '../../test/harness';

let api: TestApi;
let agency: BuiltAgency;
let manager: Client;

beforeAll(async () => {
  api = await startTestApi();
  agency = await buildAgency(api.database.db);
  manager = await api.as(agency.manager.signIn);
});
afterAll(() => api.close());

const ALL_PRESENT = graphql(`
  mutation StatementsAllPresent($id: ID!) {
    markAllPresent(assemblyId: $id, mode: PRESENT) {
      id
    }
  }
`);
const BALLOT = graphql(`
  mutation StatementsBallot($input: RecordVotesInput!) {
    recordVotes(input: $input) {
      result {
        outcome
      }
    }
  }
`);
const RESULTS = graphql(`
  query StatementsResults($id: ID!) {
    node(id: $id) {
      ... on GeneralAssembly {
        resolutions {
          result {
            outcome
            yes {
              count
              shares
            }
            opponents
            secondVote {
              adopted
            }
          }
        }
      }
    }
  }
`);
const REPORT = graphql(`
  query StatementsReport($id: ID!) {
    node(id: $id) {
      ... on GeneralAssembly {
        report {
          attendees {
            displayName
            attendanceText
          }
          resolutions {
            verdict
            resolution {
              number
            }
            result {
              yes {
                count
              }
              opponents
            }
          }
        }
      }
    }
  }
`);

/** The statements of a full ballot, every result and the report, for an AG of `size` co-owners and 3 resolutions. */
async function statementsAt(size: number) {
  const home = await buildAssemblyBuilding(
    api.database.db,
    agency,
    Array.from({ length: size }, (_, i) => `${10 + i}.12345`),
  );
  const created = await manager.gql(CREATE_ASSEMBLY, {
    input: { buildingId: buildingGlobalId(home.building), title: `AG ${size}`, kind: 'ORDINARY', startsAt: '2099-06-30T08:00:00Z' },
  });
  const assembly = created.data!.createGeneralAssembly;
  const resolutionIds: string[] = [];
  for (const [number, majority] of [
    ['1', 'ARTICLE_24'],
    ['2', 'ARTICLE_25'],
    ['3', 'ARTICLE_26'],
  ] as const) {
    resolutionIds.push(
      (await manager.gql(ADD_RESOLUTION, { input: { assemblyId: assembly.id, number, title: number, majority, allocationKeyId: keyGlobalId(home.building) } })).data!.addResolution
        .id,
    );
  }
  await manager.gql(ALL_PRESENT, { id: assembly.id });
  const votes = assembly.participants.nodes.map((node, i) => ({ participantId: node.id, choice: i % 3 === 0 ? ('NO' as const) : ('YES' as const) }));
  const ballots = [];
  for (const resolutionId of resolutionIds) ballots.push(await manager.gql(BALLOT, { input: { resolutionId, ballot: 'FIRST', votes } }));
  expect(ballots.map((ballot) => ballot.errors)).toEqual([undefined, undefined, undefined]);
  const results = await manager.gql(RESULTS, { id: assembly.id });
  const report = await manager.gql(REPORT, { id: assembly.id });
  expect(results.errors).toBeUndefined();
  expect((report.data!.node as { report: { attendees: unknown[] } }).report.attendees).toHaveLength(size);
  return { ballot: ballots[2].statements, results: results.statements, report: report.statements };
}

describe("an AG's statements do not grow with its co-owners", () => {
  it('records a full ballot, computes every result and builds the report in the same statements for 3 and 12 co-owners', async () => {
    const small = await statementsAt(3);
    const large = await statementsAt(12);
    expect(large).toEqual(small);
    // The AG's state is five statements (assembly-state.ts); the rest is the actor, the scoped loaders and the write.
    expect(small.ballot).toBeLessThanOrEqual(16);
    expect(small.results).toBeLessThanOrEqual(10);
    expect(small.report).toBeLessThanOrEqual(10);
  });
});
