import { expect } from 'vitest';
import { ADD_RESOLUTION, buildingGlobalId, CREATE_ASSEMBLY, keyGlobalId, type AssemblyBuilding } from './assemblies';
import { graphql } from './gql';
import type { Client } from './harness';

/** What the report tests share (report-publication, report-rights): the report, its publication, and an AG already held. */

export const REPORT = graphql(`
  query AssemblyReport($id: ID!) {
    node(id: $id) {
      ... on GeneralAssembly {
        title
        reportPublishedAt
        minutesDocument {
          id
          title
        }
        attendanceSheetDocument {
          id
          title
        }
        resolutions {
          number
          result {
            outcome
          }
        }
        report {
          publishedAt
          attendance {
            absent {
              count
              shares
            }
            present {
              count
              shares
            }
            remote {
              count
              shares
            }
            represented {
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
          remoteVoters
          absentees
          postalVoters {
            displayName
            postalFormReceivedOn
            postalFormValid
            attendanceText
          }
          represented {
            displayName
            proxyHolderName
            attendanceText
          }
          arrivals {
            displayName
            resolutionNumber
            time
            status
          }
          departures {
            displayName
            resolutionNumber
            time
          }
          resolutions {
            verdict
            articleLabel
            hasSecondVote
            resolution {
              number
            }
            result {
              decidingArticle
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
              defaillants
              secondVote {
                article
                adopted
              }
            }
          }
        }
      }
    }
  }
`);
export const PUBLISH = graphql(`
  mutation AssemblyPublishReport($id: ID!) {
    publishAssemblyReport(assemblyId: $id) {
      id
      reportPublishedAt
      minutesDocument {
        title
      }
    }
  }
`);
const SET_ATTENDANCE = graphql(`
  mutation AssemblyReportAttendance($input: SetAttendanceInput!) {
    setAttendance(input: $input) {
      id
    }
  }
`);
const POSTAL = graphql(`
  mutation AssemblyReportPostal($input: RecordPostalVoteInput!) {
    recordPostalVote(input: $input) {
      id
    }
  }
`);
export const VOTES = graphql(`
  mutation AssemblyReportVotes($input: RecordVotesInput!) {
    recordVotes(input: $input) {
      id
    }
  }
`);

export type ReportNode = { report: unknown; reportPublishedAt: string | null; resolutions: { result: unknown }[] } & Record<string, unknown>;

/**
 * An AG held on 13/07/2020: A present, B represented by A, C remote, D by post (form of
 * 06/07/2020), E absent. Resolution 1 (art. 24): A, B yes, C no, D yes by post → adopted 450 / 150.
 * Resolution 2 (art. 25): A, B, C yes, D no by post: 450 < 500 but ≥ a third → 25-1 second vote,
 * a copy of the first, adopted at art. 24.
 */
export async function holdAssembly(manager: Client, building: AssemblyBuilding) {
  const created = await manager.gql(CREATE_ASSEMBLY, {
    input: { buildingId: buildingGlobalId(building.building), title: 'AG du 13/07/2020', kind: 'ORDINARY', startsAt: '2020-07-13T08:00:00Z', place: 'Salle des fêtes' },
  });
  expect(created.errors).toBeUndefined();
  const assembly = created.data!.createGeneralAssembly;
  const p = (i: number) => assembly.participants.nodes.find((node) => node.displayName === building.coOwners[i].displayName)!.id;
  const add = async (number: string, majority: 'ARTICLE_24' | 'ARTICLE_25', title: string) =>
    (await manager.gql(ADD_RESOLUTION, { input: { assemblyId: assembly.id, number, title, majority, allocationKeyId: keyGlobalId(building.building) } })).data!.addResolution.id;
  const r1 = await add('1', 'ARTICLE_24', 'Approbation des comptes');
  const r2 = await add('2', 'ARTICLE_25', 'Désignation du syndic');
  const attendance = await manager.gql(SET_ATTENDANCE, {
    input: {
      assemblyId: assembly.id,
      entries: [
        { participantId: p(0), status: 'PRESENT' },
        { participantId: p(1), status: 'REPRESENTED', proxyHolderParticipantId: p(0) },
        { participantId: p(2), status: 'REMOTE' },
      ],
    },
  });
  expect(attendance.errors).toBeUndefined();
  const postal = await manager.gql(POSTAL, {
    input: {
      participantId: p(3),
      receivedOn: '2020-07-06',
      choices: [
        { resolutionId: r1, choice: 'YES' },
        { resolutionId: r2, choice: 'NO' },
      ],
    },
  });
  expect(postal.errors).toBeUndefined();
  const vote = (resolutionId: string, choices: string[]) =>
    manager.gql(VOTES, { input: { resolutionId, ballot: 'FIRST', votes: choices.map((choice, i) => ({ participantId: p(i), choice: choice as 'YES' | 'NO' })) } });
  expect((await vote(r1, ['YES', 'YES', 'NO'])).errors).toBeUndefined();
  expect((await vote(r2, ['YES', 'YES', 'YES'])).errors).toBeUndefined();
  return { id: assembly.id, p, r1, r2 };
}
