import { expect } from 'vitest';
import { ADD_RESOLUTION, buildingGlobalId, CREATE_ASSEMBLY, keyGlobalId, type AssemblyBuilding } from './assemblies';
import { graphql } from './gql';
import type { Client } from './harness';

/** What the assembly API tests share (assembly-conduct, assembly-rights): the attendance and vote operations, and an AG to run them on. */

export const SET_ATTENDANCE = graphql(`
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
export const POSTAL = graphql(`
  mutation AssemblyRecordPostal($input: RecordPostalVoteInput!) {
    recordPostalVote(input: $input) {
      status
      postalFormReceivedOn
      postalFormValid
    }
  }
`);
export const VOTES = graphql(`
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
export const UNANIMOUS = graphql(`
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

/** An AG of `building` starting at `startsAt`, with resolution 1 at art. 24 and 2 at art. 25; `byName(i)` is the i-th co-owner's participant. */
export async function createVotingAssembly(manager: Client, building: AssemblyBuilding, startsAt: string) {
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
