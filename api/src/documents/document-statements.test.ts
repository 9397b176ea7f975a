import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../graphql/node';
import { buildAgency, buildBuilding, buildCoOwner, buildCouncilMember, buildLot, type BuiltAgency, type BuiltBuilding } from '../test/builders';
import { binderId, publishPdf } from '../test/documents';
import { graphql } from '../test/gql';
import { startTestApi, type Client, type TestApi } from '../test/harness';

let api: TestApi;
let agency: BuiltAgency;
let building: BuiltBuilding;
let manager: Client;
let member: Client;
let account: string;

beforeAll(async () => {
  api = await startTestApi();
  agency = await buildAgency(api.database.db);
  building = await buildBuilding(api.database.db, agency);
  manager = await api.as(agency.manager.signIn);
  const coOwner = await buildCoOwner(api.database.db, agency, { lot: await buildLot(api.database.db, agency, building) });
  await buildCouncilMember(api.database.db, agency, { building, person: coOwner.person });
  member = await api.as(coOwner.person.signIn);
  account = toGlobalId('Account', coOwner.account.id);
});
afterAll(() => api.close());

const PAGE = graphql(`
  query StatementsDocuments {
    viewer {
      documents(first: 20) {
        nodes {
          id
          title
          fileName
          byteSize
          publishedOn
          expiresOn
          downloadUrl
          path
          binder {
            id
            name
          }
        }
      }
    }
  }
`);

const BINDERS = graphql(`
  query StatementsBinders {
    viewer {
      binders(space: SYNDIC) {
        id
        name
        folders
        documentCount
      }
    }
  }
`);

const MANAGER_PAGE = graphql(`
  query StatementsManagerDocuments {
    viewer {
      documents(first: 50) {
        nodes {
          title
          concerns
          binder {
            name
            rights {
              syndicLevel
            }
          }
        }
      }
    }
  }
`);

let published = 0;
/** Publishes documents up to `total`, spread over four binders, half generic and half personal. */
async function publishUpTo(total: number) {
  const binders = await Promise.all(['Règlement de copropriété', 'Conseil syndical', 'Courriers', 'C.R.'].map((name) => binderId(manager, 'SYNDIC', name)));
  for (; published < total; published++) {
    const target = published % 2 ? { accountId: account } : { buildingId: toGlobalId('Building', building.id) };
    await publishPdf(manager, { title: `Document ${published}`, binderId: binders[published % binders.length], target });
  }
}

describe('statements per request of the documents pages', () => {
  it('stay the same for 4 and for 40 documents: the page, the binder counts and the manager’s list with Concerne', { timeout: 120_000 }, async () => {
    const counts: number[][] = [];
    for (const size of [4, 40]) {
      await publishUpTo(size);
      const page = await member.gql(PAGE);
      const binders = await member.gql(BINDERS);
      const managed = await manager.gql(MANAGER_PAGE);
      expect(page.data?.viewer?.documents.nodes).toHaveLength(Math.min(size, 20));
      expect(binders.data?.viewer?.binders.reduce((sum, b) => sum + b.documentCount, 0)).toBe(size);
      expect(managed.data?.viewer?.documents.nodes.every((n) => n.concerns)).toBe(true);
      counts.push([page.statements, binders.statements, managed.statements]);
    }
    expect(counts[1]).toEqual(counts[0]);
    // Session, page, binders; session and binders with their counts (one statement); the manager's adds the targets' loaders.
    expect(counts[0][0]).toBeLessThanOrEqual(3);
    expect(counts[0][1]).toBeLessThanOrEqual(2);
    expect(counts[0][2]).toBeLessThanOrEqual(6);
  });
});
