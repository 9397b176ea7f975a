import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAST_ASSEMBLY_TITLE } from '../../demo/demo-assemblies';
import { REPORT } from '../../test/assembly-report';
import { graphql } from '../../test/gql';
import { startTestApi, type TestApi } from '../../test/harness';

/** The report of the demo's past AG, with the figures of the manual's worked example. */

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

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
