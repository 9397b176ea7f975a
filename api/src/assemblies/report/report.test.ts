import fs from 'node:fs';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../db/schema';
import { DEMO_PAST_ASSEMBLY_TITLE } from '../../demo/demo-assemblies';
import { expectGlobalId, toGlobalId } from '../../graphql/node';
import { ADD_RESOLUTION, buildAssemblyBuilding, buildingGlobalId, CREATE_ASSEMBLY, keyGlobalId, type AssemblyBuilding } from '../../test/assemblies';
import { buildAgency, type BuiltAgency } from '../../test/builders';
import { graphql } from '../../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../../test/harness';
import { pdfText } from '../../test/pdf-text';

let api: TestApi;
let agency: BuiltAgency;
let home: AssemblyBuilding;
let manager: Client;

beforeAll(async () => {
  api = await startTestApi();
  agency = await buildAgency(api.database.db);
  // A, B, C, D hold 150 each, E 400: 1 000 shares.
  home = await buildAssemblyBuilding(api.database.db, agency, ['150.00000', '150.00000', '150.00000', '150.00000', '400.00000']);
  manager = await api.as(agency.manager.signIn);
});
afterAll(() => api.close());

const REPORT = graphql(`
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
const LIST = graphql(`
  query AssemblyReportList {
    generalAssemblies(first: 20) {
      nodes {
        id
        title
      }
    }
  }
`);
const PUBLISH = graphql(`
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
const VOTES = graphql(`
  mutation AssemblyReportVotes($input: RecordVotesInput!) {
    recordVotes(input: $input) {
      id
    }
  }
`);

type ReportNode = { report: unknown; reportPublishedAt: string | null; resolutions: { result: unknown }[] } & Record<string, unknown>;

/**
 * An AG held on 13/07/2020: A present, B represented by A, C remote, D by post (form of
 * 06/07/2020), E absent. Resolution 1 (art. 24): A, B yes, C no, D yes by post → adopted 450 / 150.
 * Resolution 2 (art. 25): A, B, C yes, D no by post: 450 < 500 but ≥ a third → 25-1 second vote,
 * a copy of the first, adopted at art. 24.
 */
async function heldAssembly(building = home) {
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

const name = (i: number, building = home) => building.coOwners[i].displayName;

describe('the report of the demo AG of 13/07/2020', () => {
  it("recaps the manual's attendance, the postal forms with their dates, the arrival and the departure, and every verdict", async () => {
    const gestionnaire = await api.as('GESTIONNAIRE');
    const list = await gestionnaire.gql(LIST);
    const past = list.data!.generalAssemblies.nodes.find((node) => node.title === DEMO_PAST_ASSEMBLY_TITLE)!;
    const read = await gestionnaire.gql(REPORT, { id: past.id });
    expect(read.errors?.map((e) => e.message)).toBeUndefined();
    const report = (read.data!.node as { report: Record<string, unknown> & { resolutions: { verdict: string; articleLabel: string; resolution: { number: string } }[] } }).report;
    expect(report.attendance).toEqual({
      absent: { count: 4, shares: '288.90096' },
      present: { count: 3, shares: '293.00000' },
      remote: { count: 1, shares: '65.00000' },
      represented: { count: 2, shares: '223.00000' },
      postal: { count: 2, shares: '131.01420' },
      total: { count: 12, shares: '1000.91516' },
    });
    expect(report.remoteVoters).toEqual(['MEURSAULT Jeannine']);
    expect(report.absentees).toEqual(['BROUILLY Alfred', 'CLIQUOT Mathilde', 'INDIVISION BOURNAC', 'YALOXE CORTON Denise']);
    expect(report.postalVoters).toEqual([
      { displayName: 'LEPITRE Abel', postalFormReceivedOn: '2020-07-06', postalFormValid: true, attendanceText: 'VOTE PAR CORRESPONDANCE enregistré le 06/07/2020' },
      { displayName: 'Pierre PROPRIETAIRE', postalFormReceivedOn: '2020-07-01', postalFormValid: true, attendanceText: 'VOTE PAR CORRESPONDANCE enregistré le 01/07/2020' },
    ]);
    expect(report.represented).toEqual([
      { displayName: 'ATRILLON Bernard', proxyHolderName: 'Casper', attendanceText: 'REPRÉSENTÉ par Casper' },
      { displayName: 'M. LE COPROPRIETAIRE', proxyHolderName: 'Girardot', attendanceText: 'REPRÉSENTÉ par Girardot' },
    ]);
    expect(report.arrivals).toEqual([{ displayName: 'YALOXE CORTON Denise', resolutionNumber: '6', time: '11:51', status: 'PRESENT' }]);
    expect(report.departures).toEqual([{ displayName: 'MORGON Charles', resolutionNumber: '7', time: '12:10' }]);
    expect(report.resolutions.map((r) => `${r.resolution.number} ${r.verdict} ${r.articleLabel}`)).toEqual([
      '1 ACCEPTÉE Article 24',
      '2 ACCEPTÉE Article 25',
      '3 ACCEPTÉE Article 25-1',
      '4 REJETÉE Article 25',
      '5 ACCEPTÉE Article 26-1',
      '5.1 ACCEPTÉE Article 24',
      '6 ACCEPTÉE Article 24',
      '7 REJETÉE Unanimité',
    ]);
  });
});

describe('publishing the minutes', () => {
  it('gives managers a draft report with exact figures before publication', async () => {
    const { id } = await heldAssembly();
    const read = await manager.gql(REPORT, { id });
    const report = (read.data!.node as { report: { publishedAt: unknown; resolutions: unknown[]; postalVoters: unknown[]; represented: unknown[] } }).report;
    expect(report.publishedAt).toBeNull();
    expect(report.postalVoters).toEqual([
      { displayName: name(3), postalFormReceivedOn: '2020-07-06', postalFormValid: true, attendanceText: 'VOTE PAR CORRESPONDANCE enregistré le 06/07/2020' },
    ]);
    expect(report.represented).toEqual([{ displayName: name(1), proxyHolderName: name(0), attendanceText: `REPRÉSENTÉ par ${name(0)}` }]);
    expect(report.resolutions).toEqual([
      {
        verdict: 'ACCEPTÉE',
        articleLabel: 'Article 24',
        hasSecondVote: false,
        resolution: { number: '1' },
        result: {
          decidingArticle: 'ARTICLE_24',
          yes: { count: 3, shares: '450.00000' },
          no: { count: 1, shares: '150.00000' },
          absent: { count: 1, shares: '400.00000' },
          opponents: [name(2)],
          defaillants: [],
          secondVote: null,
        },
      },
      {
        verdict: 'ACCEPTÉE',
        articleLabel: 'Article 25-1',
        hasSecondVote: true,
        resolution: { number: '2' },
        result: {
          decidingArticle: 'ARTICLE_25_1',
          yes: { count: 3, shares: '450.00000' },
          no: { count: 1, shares: '150.00000' },
          absent: { count: 1, shares: '400.00000' },
          opponents: [name(3)],
          defaillants: [],
          secondVote: { article: 'ARTICLE_24', adopted: true },
        },
      },
    ]);
  });

  it('freezes the AG, files both PDFs in "Assemblées Générales" and notifies the absent and opposing co-owners only', async () => {
    const { id, p, r1 } = await heldAssembly();
    const published = await manager.gql(PUBLISH, { id });
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishAssemblyReport.reportPublishedAt).toBeTruthy();
    expect(published.data!.publishAssemblyReport.minutesDocument?.title).toBe('Procès-verbal de l’AG du 13/07/2020');

    const assemblyId = expectGlobalId(id, 'GeneralAssembly');
    const [row] = await api.database.db.select().from(t.generalAssemblies).where(eq(t.generalAssemblies.id, assemblyId));
    const documents = await api.database.db
      .select({ id: t.documents.id, title: t.documents.title, storageKey: t.documents.storageKey, buildingId: t.documents.buildingId, binder: t.binders.name })
      .from(t.documents)
      .innerJoin(t.binders, and(eq(t.binders.agencyId, t.documents.agencyId), eq(t.binders.id, t.documents.binderId)))
      .where(inArray(t.documents.id, [row.minutesDocumentId!, row.attendanceSheetDocumentId!]));
    expect(documents.map((d) => [d.title, d.binder, d.buildingId]).sort()).toEqual([
      ['Feuille de présence de l’AG du 13/07/2020', 'Assemblées Générales', home.building.id],
      ['Procès-verbal de l’AG du 13/07/2020', 'Assemblées Générales', home.building.id],
    ]);
    const text = (title: string) => pdfText(fs.readFileSync(path.join(api.filesDir, documents.find((d) => d.title.startsWith(title))!.storageKey)));
    const minutes = text('Procès-verbal');
    expect(minutes).toContain("PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE");
    expect(minutes).toContain('Résolution 1 : Approbation des comptes');
    expect(minutes).toContain('Pour : 3 copropriétaires, 450,00000 tantièmes');
    expect(minutes).toContain(`Ont voté contre : ${name(2)}`);
    expect(minutes).toContain('Résolution ACCEPTÉE (Article 24)');
    expect(minutes).toContain('Second vote immédiat (Article 24) :');
    expect(minutes).toContain('Résolution ACCEPTÉE (Article 25-1)');
    expect(minutes).toContain('Absents : 1 copropriétaire, 400,00000 tantièmes');
    const sheet = text('Feuille de présence').replace(/[ \n]+/g, ' ');
    expect(sheet).toContain('FEUILLE DE PRÉSENCE');
    expect(sheet).toContain('VOTE PAR CORRESPONDANCE enregistré le 06/07/2020');
    expect(sheet).toContain(`REPRÉSENTÉ par ${name(0)}`);
    expect(sheet).toContain('PRÉSENT À DISTANCE');
    expect(sheet).toContain('1\u00a0000,00000');

    // Art. 42: C opposed resolution 1, D resolution 2 (by post), E was absent; A and B voted yes throughout.
    const persons = await api.database.db
      .select()
      .from(t.persons)
      .where(
        inArray(
          t.persons.id,
          home.coOwners.map((c) => c.id),
        ),
      );
    const emailOf = (i: number) => persons.find((person) => person.id === home.coOwners[i].id)!.emails[0];
    const mails = await api.database.db
      .select()
      .from(t.outboxEmails)
      .where(and(eq(t.outboxEmails.agencyId, agency.id), inArray(t.outboxEmails.recipient, [0, 1, 2, 3, 4].map(emailOf))));
    const minutesMails = mails.filter((mail) => mail.subject.includes('procès-verbal'));
    expect(minutesMails.map((mail) => mail.recipient).sort()).toEqual([emailOf(2), emailOf(3), emailOf(4)].sort());
    expect(minutesMails[0].body).toContain('article 42');
    expect(mails.filter((mail) => !mail.subject.includes('procès-verbal'))).toEqual([]);

    // Once published: refused a second time, and no vote changes.
    const again = await manager.gql(PUBLISH, { id });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REPORT_PUBLISHED' });
    const late = await manager.gql(VOTES, { input: { resolutionId: r1, ballot: 'FIRST', votes: [{ participantId: p(2), choice: 'YES' }] } });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REPORT_PUBLISHED' });
    const total = await api.database.db.$count(t.documents, and(eq(t.documents.agencyId, agency.id), eq(t.documents.buildingId, home.building.id)));
    expect(total).toBe(2);

    // The building's co-owners read the report and the documents from now on.
    const coOwner = await api.as(home.coOwners[0].signIn);
    const read = await coOwner.gql(REPORT, { id });
    const node = read.data!.node as ReportNode & { minutesDocument: unknown; attendanceSheetDocument: unknown };
    expect(node.report).not.toBeNull();
    expect(node.resolutions.map((r) => r.result)).toEqual([{ outcome: 'ADOPTED' }, { outcome: 'ADOPTED' }]);
    expect(node.minutesDocument).not.toBeNull();
    expect(node.attendanceSheetDocument).not.toBeNull();
  });

  it('refuses an AG that has not started yet, and writes nothing', async () => {
    const created = await manager.gql(CREATE_ASSEMBLY, {
      input: { buildingId: buildingGlobalId(home.building), title: 'AG 2099', kind: 'ORDINARY', startsAt: '2099-07-13T08:00:00Z' },
    });
    const id = created.data!.createGeneralAssembly.id;
    const refused = await manager.gql(PUBLISH, { id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ASSEMBLY_NOT_HELD' });
    const [row] = await api.database.db
      .select()
      .from(t.generalAssemblies)
      .where(eq(t.generalAssemblies.id, expectGlobalId(id, 'GeneralAssembly')));
    expect(row.reportPublishedAt).toBeNull();
  });
});

describe('who may read and publish the minutes', () => {
  it("hides the report and the results from the building's co-owners before publication", async () => {
    const { id } = await heldAssembly();
    const coOwner = await api.as(home.coOwners[2].signIn);
    const read = await coOwner.gql(REPORT, { id });
    expect(read.errors).toBeUndefined();
    const node = read.data!.node as ReportNode;
    expect(node.report).toBeNull();
    expect(node.resolutions.map((r) => r.result)).toEqual([null, null]);
    expect(errorCode(await coOwner.gql(PUBLISH, { id }))).toBe('FORBIDDEN');
  });

  it('refuses another building, another agency, a forged id and a reading integrator, writing nothing', async () => {
    const { id, r1 } = await heldAssembly();
    const elsewhere = await buildAssemblyBuilding(api.database.db, agency, ['100']);
    const neighbour = await api.as(elsewhere.coOwners[0].signIn);
    expect((await neighbour.gql(REPORT, { id })).data?.node).toBeNull();
    expect(errorCode(await neighbour.gql(PUBLISH, { id }))).toBe('FORBIDDEN');

    const other = await buildAgency(api.database.db);
    const otherManager = await api.as(other.manager.signIn);
    expect((await otherManager.gql(REPORT, { id })).data?.node).toBeNull();
    expect(errorCode(await otherManager.gql(PUBLISH, { id }))).toBe('NOT_FOUND');

    // A resolution's id where an assembly's is expected, and an assembly id that does not exist.
    expect(errorCode(await manager.gql(PUBLISH, { id: r1 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await manager.gql(PUBLISH, { id: toGlobalId('GeneralAssembly', '00000000-0000-4000-8000-000000000000') }))).toBe('NOT_FOUND');

    const [row] = await api.database.db
      .select()
      .from(t.generalAssemblies)
      .where(eq(t.generalAssemblies.id, expectGlobalId(id, 'GeneralAssembly')));
    expect(row.reportPublishedAt).toBeNull();
  });
});
