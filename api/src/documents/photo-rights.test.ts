import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../graphql/node';
import { buildAgency, buildBuilding, buildCoOwner, buildCouncilMember, buildLot, buildOwner, buildTenant, setAgencySettings, type BuiltAgency } from '../test/builders';
import { download } from '../test/documents';
import { graphql } from '../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';
import { DELETE_PHOTOS, publishPhoto, testJpeg } from '../test/photos';
import { integrator } from '../test/relation-batches';

/**
 * Who sees which building's photos (issue 9, "Photos"; manual "Mes photos": "classées par
 * immeuble"): the people of the building — co-owners, council members, owners under mandate and
 * tenants of its lots — and managers; nobody of another building or agency, whatever the path
 * (Viewer.photos, node(id:), Building.photos through a lot, downloads of the image and thumbnail).
 */

let api: TestApi;
let agency: BuiltAgency;
type Who = 'coOwner' | 'member' | 'owner' | 'tenant' | 'outsider';
const clients = {} as Record<Who, Client>;
let manager: Client;
let otherManager: Client;
let otherCoOwner: Client;
const photo = {} as Record<'a' | 'b' | 'other', { id: string; url: string; thumbnailUrl: string }>;
let buildingA: string;

const VIEWER_PHOTOS = graphql(`
  query PhotoRightsViewer {
    viewer {
      photos(first: 100) {
        nodes {
          id
          caption
        }
      }
    }
  }
`);

const NODE = graphql(`
  query PhotoRightsNode($id: ID!) {
    node(id: $id) {
      id
      ... on Photo {
        caption
      }
    }
  }
`);

const THROUGH_LOTS = graphql(`
  query PhotoRightsThroughLots {
    viewer {
      person {
        ownerships(first: 5) {
          nodes {
            lot {
              building {
                code
                photos(first: 5) {
                  nodes {
                    caption
                  }
                }
              }
            }
          }
        }
        leases(first: 5) {
          nodes {
            lot {
              building {
                code
                photos(first: 5) {
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

const NESTED = graphql(`
  query PhotoRightsNested($id: ID!) {
    node(id: $id) {
      ... on Photo {
        building {
          photos(first: 20) {
            nodes {
              caption
            }
          }
        }
      }
    }
  }
`);

const PHOTOS_ROOT = graphql(`
  query PhotoRightsRoot {
    photos(first: 100) {
      nodes {
        caption
      }
    }
  }
`);

/** The captions the viewer lists. */
async function captions(client: Client): Promise<string[]> {
  const result = await client.gql(VIEWER_PHOTOS);
  if (!result.data?.viewer) throw new Error(JSON.stringify(result.errors));
  return result.data.viewer.photos.nodes.map((n) => n.caption).sort();
}

beforeAll(async () => {
  api = await startTestApi();
  const { db } = api.database;
  agency = await buildAgency(db);
  const a = await buildBuilding(db, agency, { code: 'PHOTOA' });
  const b = await buildBuilding(db, agency, { code: 'PHOTOB' });
  const [a1, a2, a3, b1] = [await buildLot(db, agency, a), await buildLot(db, agency, a), await buildLot(db, agency, a), await buildLot(db, agency, b)];
  const coOwner = await buildCoOwner(db, agency, { lot: a1 });
  const member = await buildCoOwner(db, agency, { lot: a2 });
  await buildCouncilMember(db, agency, { building: a, person: member.person });
  const owner = await buildOwner(db, agency, { lots: [a3] });
  const tenant = await buildTenant(db, agency, { lot: a3 });
  const outsider = await buildCoOwner(db, agency, { lot: b1 });
  const people = { coOwner, member, owner, tenant, outsider };
  for (const who of Object.keys(people) as Who[]) clients[who] = await api.as(people[who].person.signIn);
  manager = await api.as(agency.manager.signIn);
  buildingA = toGlobalId('Building', a.id);
  photo.a = await publishPhoto(manager, buildingA, 'A facade');
  photo.b = await publishPhoto(manager, toGlobalId('Building', b.id), 'B facade');

  const other = await buildAgency(db);
  otherManager = await api.as(other.manager.signIn);
  const otherBuilding = await buildBuilding(db, other);
  otherCoOwner = await api.as((await buildCoOwner(db, other, { lot: await buildLot(db, other, otherBuilding) })).person.signIn);
  photo.other = await publishPhoto(otherManager, toGlobalId('Building', otherBuilding.id), 'Other agency facade');
}, 120_000);
afterAll(() => api.close());

const SEES_A: Record<Who, boolean> = { coOwner: true, member: true, owner: true, tenant: true, outsider: false };

describe('photos per building', () => {
  it('are listed to each person of the building (co-owner, council member, owner, tenant) and to nobody of another building', async () => {
    for (const who of Object.keys(SEES_A) as Who[]) {
      expect({ who, captions: await captions(clients[who]) }).toEqual({ who, captions: SEES_A[who] ? ['A facade'] : ['B facade'] });
    }
    expect(await captions(manager)).toEqual(['A facade', 'B facade']);
    expect(await captions(otherCoOwner)).toEqual(['Other agency facade']);
  });

  it('open through node(id:) only for those who list them; a forged id or another type answers null', async () => {
    for (const who of Object.keys(SEES_A) as Who[]) {
      const result = await clients[who].gql(NODE, { id: photo.a.id });
      const node = result.data?.node;
      expect({ who, node: node && 'caption' in node ? { id: node.id, caption: node.caption } : null }).toEqual({
        who,
        node: SEES_A[who] ? { id: photo.a.id, caption: 'A facade' } : null,
      });
    }
    expect((await otherManager.gql(NODE, { id: photo.a.id })).data?.node).toBeNull();
    const uuid = Buffer.from(photo.a.id, 'base64url').toString().split(':')[1] ?? '';
    expect((await clients.coOwner.gql(NODE, { id: toGlobalId('Document', uuid) })).data?.node ?? null).toBeNull();
    expect((await clients.coOwner.gql(NODE, { id: toGlobalId('Photo', '00000000-0000-4000-8000-000000000000') })).data?.node).toBeNull();
  });

  it('reach no one of another building through nested paths (lot → building → photos, photo → building → photos)', async () => {
    const through = await clients.outsider.gql(THROUGH_LOTS);
    const building = (node: { lot?: { building?: { code: string; photos: { nodes: { caption: string }[] } } | null } | null }) => [
      node.lot?.building?.code,
      node.lot?.building?.photos.nodes.map((n) => n.caption),
    ];
    expect(through.data?.viewer?.person?.ownerships.nodes.map(building)).toEqual([['PHOTOB', ['B facade']]]);
    const tenant = await clients.tenant.gql(THROUGH_LOTS);
    expect(tenant.data?.viewer?.person?.leases.nodes.map(building)).toEqual([['PHOTOA', ['A facade']]]);
    expect((await clients.outsider.gql(NESTED, { id: photo.a.id })).data?.node ?? null).toBeNull();
    expect((await clients.coOwner.gql(NESTED, { id: photo.a.id })).data?.node).toMatchObject({ building: { photos: { nodes: [{ caption: 'A facade' }] } } });
  });

  it('download, image and thumbnail, to those who see them and answer 404 to everyone else, 401 signed out', async () => {
    for (const path of [photo.a.url, photo.a.thumbnailUrl]) {
      for (const who of Object.keys(SEES_A) as Who[]) {
        const { status, body } = await download(api, clients[who], path);
        expect({ who, path, status }).toEqual({ who, path, status: SEES_A[who] ? 200 : 404 });
        if (SEES_A[who]) expect(body.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
        else expect(body.subarray(0, 2)).not.toEqual(Buffer.from([0xff, 0xd8]));
      }
      expect((await download(api, otherManager, path)).status).toBe(404);
      expect((await download(api, otherCoOwner, path)).status).toBe(404);
      expect((await download(api, null, path)).status).toBe(401);
    }
    expect((await download(api, manager, photo.b.thumbnailUrl)).status).toBe(200);
    // A forged link: another type's id with the photo's uuid, or garbage.
    const uuid = Buffer.from(photo.a.id, 'base64url').toString().split(':')[1] ?? '';
    expect((await download(api, clients.coOwner, `/files/photos/${toGlobalId('Document', uuid)}`)).status).toBe(404);
    expect((await download(api, clients.coOwner, '/files/photos/not-an-id/thumbnail')).status).toBe(400);
  });

  it('are written by managers and documents:write integrators only, each in its own agency', async () => {
    const caption = 'Written by whom';
    const bytes = (await testJpeg('written')).toString('base64');
    const publish = (client: Client) =>
      client.raw(`mutation($input: PublishPhotoInput!) { publishPhoto(input: $input) { id } }`, {
        input: { buildingId: buildingA, caption, fileName: 'x.jpg', contentBase64: bytes },
      });
    expect(errorCode(await publish(clients.member))).toBe('FORBIDDEN');
    expect(errorCode(await publish(await integrator(api, manager, ['DOCUMENTS_READ' as never])))).toBe('FORBIDDEN');
    const refused = await publish(otherManager);
    expect(refused.errors?.[0]?.extensions?.reason).toBe('UNKNOWN_REFERENCE');
    const writer = await integrator(api, manager, ['DOCUMENTS_WRITE' as never]);
    const written = (await publish(writer)).data as { publishPhoto: { id: string } };
    expect(written.publishPhoto.id).toBeTruthy();
    expect(errorCode(await clients.member.gql(DELETE_PHOTOS, { ids: [written.publishPhoto.id] }))).toBe('FORBIDDEN');
    expect((await otherManager.gql(DELETE_PHOTOS, { ids: [written.publishPhoto.id] })).errors?.[0]?.extensions?.reason).toBe('UNKNOWN_REFERENCE');
    expect((await writer.gql(DELETE_PHOTOS, { ids: [written.publishPhoto.id] })).data?.deletePhotos).toBe(1);
    expect(await captions(clients.member)).toEqual(['A facade']);
  });

  it('are listed to documents:read integrators and to no integrator without the scope', async () => {
    const reader = await integrator(api, manager, ['DOCUMENTS_READ' as never]);
    expect((await reader.gql(PHOTOS_ROOT)).data?.photos.nodes.map((n) => n.caption).sort()).toEqual(['A facade', 'B facade']);
    expect(errorCode(await (await integrator(api, manager, ['LEDGER_READ'])).gql(PHOTOS_ROOT))).toBe('FORBIDDEN');
  });
});

describe('the "Mes photos" switches', () => {
  it('hide every photo from clients when the module is off, and keep them for managers', async () => {
    await setAgencySettings(api.database.db, agency.id, { photosEnabled: false });
    try {
      const off = await clients.coOwner.gql(VIEWER_PHOTOS);
      expect(off.errors?.[0]?.extensions?.reason).toBe('MODULE_DISABLED');
      expect((await clients.coOwner.gql(NODE, { id: photo.a.id })).data?.node ?? null).toBeNull();
      expect((await download(api, clients.coOwner, photo.a.thumbnailUrl)).status).toBe(403);
      expect(await captions(manager)).toEqual(['A facade', 'B facade']);
    } finally {
      await setAgencySettings(api.database.db, agency.id, { photosEnabled: true });
    }
  });

  it('show the syndic side and the gérance side separately ("Photos métier syndic", "Photos métier gestion")', async () => {
    await setAgencySettings(api.database.db, agency.id, { photosForSyndic: false });
    try {
      expect(await captions(clients.coOwner)).toEqual([]);
      expect(await captions(clients.member)).toEqual([]);
      expect(await captions(clients.tenant)).toEqual(['A facade']);
      expect(await captions(clients.owner)).toEqual(['A facade']);
    } finally {
      await setAgencySettings(api.database.db, agency.id, { photosForSyndic: true });
    }
    await setAgencySettings(api.database.db, agency.id, { photosForGerance: false });
    try {
      expect(await captions(clients.coOwner)).toEqual(['A facade']);
      expect(await captions(clients.tenant)).toEqual([]);
      expect(await captions(clients.owner)).toEqual([]);
    } finally {
      await setAgencySettings(api.database.db, agency.id, { photosForGerance: true });
    }
  });
});
