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

const BINDER_PAGES = graphql(`
  query StatementsBinderPages($after: String) {
    viewer {
      binders(space: SYNDIC) {
        id
        documentCount
        documents(first: 3, after: $after) {
          nodes {
            id
            title
            binder {
              id
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`);

const BINDER_FILTERED = graphql(`
  query StatementsBinderFiltered($binderId: ID!) {
    viewer {
      documents(binderId: $binderId, first: 3) {
        nodes {
          id
        }
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

  it('reads Binder.documents of every binder in one statement, for 4 and for 40 documents, each page the same as the binder’s own list', { timeout: 120_000 }, async () => {
    const counts: number[] = [];
    for (const size of [4, 40]) {
      await publishUpTo(size);
      const result = await member.gql(BINDER_PAGES);
      const listed = result.data!.viewer!.binders;
      expect(listed.length).toBeGreaterThanOrEqual(4);
      for (const binder of listed) {
        const own = await member.gql(BINDER_FILTERED, { binderId: binder.id });
        expect(binder.documents.nodes.map((n) => n.id)).toEqual(own.data!.viewer!.documents.nodes.map((n) => n.id));
        expect(binder.documents.nodes.every((n) => n.binder.id === binder.id)).toBe(true);
        expect(binder.documents.pageInfo.hasNextPage).toBe(binder.documentCount > 3);
      }
      counts.push(result.statements);
    }
    // Session, the binders with their counts, every binder's page (Document.binder answered by the primed binders).
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(3);
  });

  it('pages a binder’s documents with its cursor, and refuses a forged one', async () => {
    const first = await member.gql(BINDER_PAGES);
    const binder = first.data!.viewer!.binders.find((b) => b.documentCount > 3)!;
    const seen = new Set(binder.documents.nodes.map((n) => n.id));
    let after = binder.documents.pageInfo.endCursor;
    while (after) {
      const next = await member.gql(BINDER_PAGES, { after });
      const page = next.data!.viewer!.binders.find((b) => b.id === binder.id)!.documents;
      for (const node of page.nodes) {
        expect(seen.has(node.id)).toBe(false);
        seen.add(node.id);
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    }
    expect(seen.size).toBe(binder.documentCount);
    const forged = Buffer.from(JSON.stringify(['not-a-date', 'x'])).toString('base64url');
    const refused = await member.gql(BINDER_PAGES, { after: forged });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
