import { like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxEmails } from '../db/schema';
import { DEMO_PAST_ASSEMBLY_TITLE, DEMO_UPCOMING_ASSEMBLY_TITLE } from '../demo/demo-assemblies';
import { graphql } from '../test/gql';
import { startTestApi, type TestApi } from '../test/harness';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const LIST = graphql(`
  query DemoAssemblies {
    generalAssemblies(first: 10) {
      nodes {
        id
        title
        postalVoteDeadline
        isPostalVoteOpen
        reportPublishedAt
        minutesDocument {
          title
          fileName
          contentType
          downloadUrl
          publishedOn
          binder {
            name
          }
        }
        attendanceSheetDocument {
          title
          contentType
          publishedOn
        }
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
        resolutions {
          number
          amended
          result {
            outcome
            decidingArticle
            yes {
              count
              shares
            }
            defaillants
            absentees
            secondVote {
              article
              adopted
            }
          }
        }
      }
    }
  }
`);

describe("the demo's general assemblies of GILBERT", () => {
  it("holds the past AG of 13/07/2020 with the manual's attendance and its results", async () => {
    const manager = await api.as('GESTIONNAIRE');
    const list = await manager.gql(LIST);
    expect(list.errors).toBeUndefined();
    const past = list.data!.generalAssemblies.nodes.find((node) => node.title === DEMO_PAST_ASSEMBLY_TITLE)!;
    expect(past.postalVoteDeadline).toBe('2020-07-09');
    expect(past.attendance).toEqual({
      absent: { count: 4, shares: '288.90096' },
      present: { count: 3, shares: '293.00000' },
      remote: { count: 1, shares: '65.00000' },
      represented: { count: 2, shares: '223.00000' },
      postal: { count: 2, shares: '131.01420' },
      total: { count: 12, shares: '1000.91516' },
    });
    const outcome = Object.fromEntries(past.resolutions.map((r) => [r.number, `${r.result?.outcome} ${r.result?.decidingArticle}`]));
    expect(outcome).toEqual({
      '1': 'ADOPTED ARTICLE_24',
      '2': 'ADOPTED ARTICLE_25',
      '3': 'ADOPTED ARTICLE_25_1',
      '4': 'REJECTED ARTICLE_25',
      '5': 'ADOPTED ARTICLE_26_1',
      '5.1': 'ADOPTED ARTICLE_24',
      '6': 'ADOPTED ARTICLE_24',
      '7': 'REJECTED UNANIMITY',
    });
    const amended = past.resolutions.find((r) => r.number === '6')!;
    expect(amended.result?.defaillants).toEqual(['LEPITRE Abel']);
    // YALOXE CORTON Denise arrived from resolution 6: absent before, voting from then on.
    expect(past.resolutions.find((r) => r.number === '5')!.result?.absentees).toContain('YALOXE CORTON Denise');
    expect(amended.result?.absentees).not.toContain('YALOXE CORTON Denise');
  });

  it('holds an upcoming AG open for postal votes, readable by a co-owner of GILBERT', async () => {
    const coOwner = await api.as('BPETRUSPIERRE');
    const list = await coOwner.gql(LIST);
    const upcoming = list.data!.generalAssemblies.nodes.find((node) => node.title === DEMO_UPCOMING_ASSEMBLY_TITLE)!;
    expect(upcoming).toMatchObject({ isPostalVoteOpen: true, reportPublishedAt: null, attendance: null });
    expect(upcoming.resolutions.map((r) => r.number)).toEqual(['1', '2', '3', '3.1', '4']);
    // The published minutes of the past AG are readable by co-owners.
    const past = list.data!.generalAssemblies.nodes.find((node) => node.title === DEMO_PAST_ASSEMBLY_TITLE)!;
    expect(past.resolutions[0].result?.outcome).toBe('ADOPTED');
  });

  it('files the minutes of 13/07/2020 through the real publication: both PDFs in "Assemblées Générales", dated 20/07/2020, readable by a co-owner', async () => {
    const coOwner = await api.as('BPETRUSPIERRE');
    const list = await coOwner.gql(LIST);
    expect(list.errors).toBeUndefined();
    const past = list.data!.generalAssemblies.nodes.find((node) => node.title === DEMO_PAST_ASSEMBLY_TITLE)!;
    expect(past.reportPublishedAt).toBe('2020-07-20T08:00:00.000Z');
    expect(past.minutesDocument).toMatchObject({
      title: 'Procès-verbal de l’AG du 13/07/2020',
      contentType: 'application/pdf',
      publishedOn: '2020-07-20',
      binder: { name: 'Assemblées Générales' },
    });
    expect(past.attendanceSheetDocument).toMatchObject({ title: 'Feuille de présence de l’AG du 13/07/2020', contentType: 'application/pdf', publishedOn: '2020-07-20' });
    // The seed sends nothing and leaves nothing in the outbox to send later (the 2020 notification is history).
    const queued = await api.database.db.select().from(outboxEmails).where(like(outboxEmails.subject, '%procès-verbal%'));
    expect(queued).toEqual([]);
  });
});
