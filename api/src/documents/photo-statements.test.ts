import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../graphql/node';
import { buildAgency, buildBuilding, buildCoOwner, buildLot, type BuiltBuilding } from '../test/builders';
import { graphql } from '../test/gql';
import type { PagedPhotosQuery } from '../test/gql/graphql';
import { startTestApi, type Client, type TestApi } from '../test/harness';
import { publishPhoto, testJpeg } from '../test/photos';

let api: TestApi;
let manager: Client;
let coOwner: Client;
let buildings: BuiltBuilding[];

beforeAll(async () => {
  api = await startTestApi();
  const { db } = api.database;
  const agency = await buildAgency(db);
  buildings = [await buildBuilding(db, agency), await buildBuilding(db, agency)];
  manager = await api.as(agency.manager.signIn);
  const person = await buildCoOwner(db, agency, { lot: await buildLot(db, agency, buildings[0]) });
  await buildCoOwner(db, agency, { lot: await buildLot(db, agency, buildings[1]), person: person.person });
  coOwner = await api.as(person.person.signIn);
});
afterAll(() => api.close());

const GALLERY = graphql(`
  query StatementsPhotos {
    viewer {
      photos(first: 20) {
        nodes {
          id
          caption
          takenOn
          width
          height
          url
          thumbnailUrl
          building {
            id
            name
          }
        }
      }
    }
  }
`);

const BY_BUILDING = graphql(`
  query StatementsBuildingPhotos {
    viewer {
      person {
        ownerships(first: 10) {
          nodes {
            lot {
              building {
                photos(first: 10) {
                  nodes {
                    caption
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

const PAGED = graphql(`
  query PagedPhotos($buildingId: ID, $after: String) {
    viewer {
      photos(buildingId: $buildingId, first: 5, after: $after) {
        totalCount
        edges {
          node {
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
`);

/** Typed by hand: the loop's cursor would otherwise make the result's type circular. */
type PhotoPage = NonNullable<PagedPhotosQuery['viewer']>['photos'];

let published = 0;
async function publishUpTo(total: number) {
  for (; published < total; published++) {
    const building = buildings[published % 2];
    await publishPhoto(manager, toGlobalId('Building', building.id), `Photo ${published}`, await testJpeg(`statements ${published}`, 40, 30));
  }
}

describe('statements per request of the photo pages', () => {
  it('stay the same for 2 and for 24 photos: the gallery and the photos of each of the viewer’s buildings', { timeout: 120_000 }, async () => {
    const counts: number[][] = [];
    for (const size of [2, 24]) {
      await publishUpTo(size);
      const gallery = await coOwner.gql(GALLERY);
      const byBuilding = await coOwner.gql(BY_BUILDING);
      expect(gallery.data?.viewer?.photos.nodes).toHaveLength(Math.min(size, 20));
      expect(gallery.data?.viewer?.photos.nodes.every((n) => n.building?.name)).toBe(true);
      const perBuilding = byBuilding.data?.viewer?.person?.ownerships.nodes.map((n) => n.lot?.building?.photos.nodes.length);
      expect(perBuilding).toEqual([Math.min(size / 2, 10), Math.min(size / 2, 10)]);
      counts.push([gallery.statements, byBuilding.statements]);
    }
    expect(counts[1]).toEqual(counts[0]);
    // Session, the page, the buildings in one batch.
    expect(counts[0][0]).toBeLessThanOrEqual(3);
  });

  it('page a gallery (Afficher plus) without repeating or skipping a photo, with the whole count', { timeout: 120_000 }, async () => {
    await publishUpTo(24);
    const building = toGlobalId('Building', buildings[0].id);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const result = await coOwner.gql(PAGED, { buildingId: building, after });
      const page: PhotoPage = result.data!.viewer!.photos;
      expect(page.totalCount).toBe(12);
      seen.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(12);
    const all = await coOwner.gql(PAGED, {});
    expect(all.data?.viewer?.photos.totalCount).toBe(24);
  });

  it('refuse a forged cursor in the gallery as bad input', async () => {
    const forged = Buffer.from(JSON.stringify(['2020-13-45x', 'nope'])).toString('base64url');
    const gallery = await coOwner.gql(PAGED, { after: forged });
    expect(gallery.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
