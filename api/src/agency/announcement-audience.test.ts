import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../graphql/node';
import { buildAgency, buildBuilding, buildCoOwner, buildCouncilMember, buildLot, buildOwner, buildTenant, setAgencySettings, type BuiltAgency } from '../test/builders';
import { graphql } from '../test/gql';
import type { AnnouncementAudience } from '../test/gql/graphql';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';
import { integrator } from '../test/relation-batches';
import { agencyToday, shiftDay } from '../db/calendar';

/**
 * Who reads which announcement (issue 12, "Mes informations"; manual: "Donne accès aux
 * publications que vous établissez"): its audience — every client, co-owners with the council,
 * owners under mandate, tenants — of the whole agency or of its one building, from its publication
 * day; managers see all of their agency's, scheduled ones too; nobody of another agency, whatever
 * the path (Viewer.announcements, the root list, node(id:)).
 */

let api: TestApi;
let agency: BuiltAgency;
type Who = 'coOwnerA' | 'memberA' | 'ownerA' | 'tenantA' | 'coOwnerB' | 'tenantB';
const clients = {} as Record<Who, Client>;
let manager: Client;
let otherManager: Client;
const ids: Record<string, string> = {};
let buildingA: string;

const PUBLISH = graphql(`
  mutation AnnouncementPublish($input: PublishAnnouncementInput!) {
    publishAnnouncement(input: $input) {
      id
      title
      audience
      publishOn
      building {
        code
      }
    }
  }
`);

const VIEWER_ANNOUNCEMENTS = graphql(`
  query AnnouncementViewerList($first: Int, $after: String) {
    viewer {
      can {
        readAnnouncements
        manageAnnouncements
      }
      announcements(first: $first, after: $after) {
        totalCount
        nodes {
          id
          title
          body
          building {
            code
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

const ROOT_ANNOUNCEMENTS = graphql(`
  query AnnouncementRootList {
    announcements(first: 100) {
      nodes {
        title
      }
    }
  }
`);

const NODE = graphql(`
  query AnnouncementNode($id: ID!) {
    node(id: $id) {
      id
      ... on Announcement {
        title
      }
    }
  }
`);

const DELETE = graphql(`
  mutation AnnouncementDelete($id: ID!) {
    deleteAnnouncement(announcementId: $id)
  }
`);

/** The titles the viewer lists ("Mes informations"), sorted. */
async function titles(client: Client): Promise<string[]> {
  const result = await client.gql(VIEWER_ANNOUNCEMENTS, { first: 100 });
  if (!result.data?.viewer) throw new Error(JSON.stringify(result.errors));
  return result.data.viewer.announcements.nodes.map((n) => n.title).sort();
}

async function publish(client: Client, title: string, audience: AnnouncementAudience, options: { buildingId?: string; publishOn?: string } = {}): Promise<string> {
  const result = await client.gql(PUBLISH, { input: { title, body: `Texte de ${title}`, audience, ...options } });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.publishAnnouncement.id;
}

const inDays = (days: number) => shiftDay(agencyToday(), days);

beforeAll(async () => {
  api = await startTestApi();
  const { db } = api.database;
  agency = await buildAgency(db);
  const a = await buildBuilding(db, agency, { code: 'NEWSA' });
  const b = await buildBuilding(db, agency, { code: 'NEWSB' });
  const [a1, a2, a3, b1, b2] = [
    await buildLot(db, agency, a),
    await buildLot(db, agency, a),
    await buildLot(db, agency, a),
    await buildLot(db, agency, b),
    await buildLot(db, agency, b),
  ];
  const coOwnerA = await buildCoOwner(db, agency, { lot: a1 });
  const memberA = await buildCoOwner(db, agency, { lot: a2 });
  await buildCouncilMember(db, agency, { building: a, person: memberA.person });
  const ownerA = await buildOwner(db, agency, { lots: [a3] });
  const tenantA = await buildTenant(db, agency, { lot: a3 });
  const coOwnerB = await buildCoOwner(db, agency, { lot: b1 });
  const tenantB = await buildTenant(db, agency, { lot: b2 });
  const people = { coOwnerA, memberA, ownerA, tenantA, coOwnerB, tenantB };
  for (const who of Object.keys(people) as Who[]) clients[who] = await api.as(people[who].person.signIn);
  manager = await api.as(agency.manager.signIn);
  const other = await buildAgency(db);
  otherManager = await api.as(other.manager.signIn);

  buildingA = toGlobalId('Building', a.id);
  const buildingB = toGlobalId('Building', b.id);
  ids.all = await publish(manager, 'all', 'ALL_CLIENTS');
  ids.allA = await publish(manager, 'all-A', 'ALL_CLIENTS', { buildingId: buildingA });
  ids.coowners = await publish(manager, 'coowners', 'COOWNERS');
  ids.coownersA = await publish(manager, 'coowners-A', 'COOWNERS', { buildingId: buildingA });
  ids.owners = await publish(manager, 'owners', 'OWNERS');
  ids.tenantsA = await publish(manager, 'tenants-A', 'TENANTS', { buildingId: buildingA });
  ids.tenantsB = await publish(manager, 'tenants-B', 'TENANTS', { buildingId: buildingB });
  ids.future = await publish(manager, 'future', 'ALL_CLIENTS', { publishOn: inDays(7) });
  ids.otherAgency = await publish(otherManager, 'other-agency', 'ALL_CLIENTS');
});

afterAll(async () => {
  await api?.close();
});

describe('announcement audiences', () => {
  it('shows each client the announcements of their audience, agency-wide or of their building', async () => {
    expect(await titles(clients.coOwnerA)).toEqual(['all', 'all-A', 'coowners', 'coowners-A']);
    expect(await titles(clients.ownerA)).toEqual(['all', 'all-A', 'owners']);
    expect(await titles(clients.tenantA)).toEqual(['all', 'all-A', 'tenants-A']);
    expect(await titles(clients.coOwnerB)).toEqual(['all', 'coowners']);
    expect(await titles(clients.tenantB)).toEqual(['all', 'tenants-B']);
  });

  it('counts council members among the co-owners', async () => {
    expect(await titles(clients.memberA)).toEqual(['all', 'all-A', 'coowners', 'coowners-A']);
  });

  it('shows managers every announcement of their agency, scheduled ones included, and none of another', async () => {
    expect(await titles(manager)).toEqual(['all', 'all-A', 'coowners', 'coowners-A', 'future', 'owners', 'tenants-A', 'tenants-B']);
    expect(await titles(otherManager)).toEqual(['other-agency']);
    const root = await otherManager.gql(ROOT_ANNOUNCEMENTS);
    expect(root.data?.announcements.nodes.map((n) => n.title)).toEqual(['other-agency']);
  });

  it('keeps a scheduled announcement from clients until its publication day', async () => {
    for (const who of Object.keys(clients) as Who[]) expect(await titles(clients[who])).not.toContain('future');
    const result = await clients.coOwnerA.gql(NODE, { id: ids.future });
    expect(result.data?.node).toBeNull();
  });

  it('answers node(id:) with null for an announcement outside the viewer audience, building or agency', async () => {
    expect((await clients.tenantA.gql(NODE, { id: ids.coownersA })).data?.node).toBeNull();
    expect((await clients.coOwnerB.gql(NODE, { id: ids.coownersA })).data?.node).toBeNull();
    expect((await clients.ownerA.gql(NODE, { id: ids.tenantsA })).data?.node).toBeNull();
    expect((await otherManager.gql(NODE, { id: ids.all })).data?.node).toBeNull();
    expect((await clients.coOwnerA.gql(NODE, { id: ids.otherAgency })).data?.node).toBeNull();
    const allowed = await clients.coOwnerA.gql(NODE, { id: ids.coownersA });
    expect(allowed.data?.node).toMatchObject({ id: ids.coownersA, title: 'coowners-A' });
  });

  it('pages newest first with a cursor and counts the whole list', async () => {
    const first = await manager.gql(VIEWER_ANNOUNCEMENTS, { first: 3 });
    const page = first.data!.viewer!.announcements;
    expect(page.totalCount).toBe(8);
    expect(page.nodes[0].title).toBe('future');
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await manager.gql(VIEWER_ANNOUNCEMENTS, { first: 100, after: page.pageInfo.endCursor });
    expect(next.data!.viewer!.announcements.nodes).toHaveLength(5);
    const forged = await manager.gql(VIEWER_ANNOUNCEMENTS, { first: 3, after: 'bm90LWEtY3Vyc29y' });
    expect(errorCode(forged)).toBe('BAD_USER_INPUT');
  });

  it('tells clients they may read but not publish', async () => {
    const result = await clients.tenantA.gql(VIEWER_ANNOUNCEMENTS);
    expect(result.data?.viewer?.can).toEqual({ readAnnouncements: true, manageAnnouncements: false });
    const staff = await manager.gql(VIEWER_ANNOUNCEMENTS);
    expect(staff.data?.viewer?.can).toEqual({ readAnnouncements: true, manageAnnouncements: true });
  });
});

describe('publishing announcements', () => {
  it('refuses clients and anonymous callers', async () => {
    const byClient = await clients.coOwnerA.gql(PUBLISH, { input: { title: 'x', body: 'y', audience: 'ALL_CLIENTS' } });
    expect(errorCode(byClient)).toBe('FORBIDDEN');
    const anonymous = await api.client().gql(PUBLISH, { input: { title: 'x', body: 'y', audience: 'ALL_CLIENTS' } });
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.client().gql(ROOT_ANNOUNCEMENTS))).toBe('UNAUTHENTICATED');
  });

  it("refuses another agency's building, a forged id and empty texts, writing nothing", async () => {
    const foreign = await otherManager.gql(PUBLISH, { input: { title: 'x', body: 'y', audience: 'ALL_CLIENTS', buildingId: buildingA } });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'buildingId', reason: 'UNKNOWN_REFERENCE' });
    const forged = await manager.gql(PUBLISH, { input: { title: 'x', body: 'y', audience: 'ALL_CLIENTS', buildingId: ids.all } });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'buildingId', reason: 'INVALID_ID' });
    const empty = await manager.gql(PUBLISH, { input: { title: '  ', body: 'y', audience: 'ALL_CLIENTS' } });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title', reason: 'INVALID_VALUE' });
    const long = await manager.gql(PUBLISH, { input: { title: 'x', body: 'y'.repeat(10_001), audience: 'ALL_CLIENTS' } });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body', reason: 'TEXT_TOO_LONG' });
    expect(await titles(otherManager)).toEqual(['other-agency']);
    expect(await titles(manager)).toHaveLength(8);
  });

  it('publishes today by default, limited to its building', async () => {
    const result = await manager.gql(PUBLISH, { input: { title: ' Ascenseur ', body: 'Maintenance mardi.', audience: 'ALL_CLIENTS', buildingId: buildingA } });
    expect(result.data?.publishAnnouncement).toMatchObject({ title: 'Ascenseur', audience: 'ALL_CLIENTS', publishOn: inDays(0), building: { code: 'NEWSA' } });
    expect(await titles(clients.tenantA)).toContain('Ascenseur');
    expect(await titles(clients.tenantB)).not.toContain('Ascenseur');
    await manager.gql(DELETE, { id: result.data!.publishAnnouncement.id });
  });

  it('lets integrators holding documents:write publish, and documents:read list', async () => {
    const writer = await integrator(api, manager, ['DOCUMENTS_WRITE' as never]);
    const published = await writer.gql(PUBLISH, { input: { title: 'from-app', body: 'y', audience: 'OWNERS' } });
    expect(published.data?.publishAnnouncement.title).toBe('from-app');
    const reader = await integrator(api, manager, ['DOCUMENTS_READ' as never]);
    expect((await reader.gql(ROOT_ANNOUNCEMENTS)).data?.announcements.nodes.map((n) => n.title)).toContain('from-app');
    const portfolio = await integrator(api, manager, ['PORTFOLIO_READ']);
    expect(errorCode(await portfolio.gql(ROOT_ANNOUNCEMENTS))).toBe('FORBIDDEN');
    await manager.gql(DELETE, { id: published.data!.publishAnnouncement.id });
  });

  it("withdraws an announcement; clients and other agencies' managers may not", async () => {
    const id = await publish(manager, 'to-withdraw', 'ALL_CLIENTS');
    expect(errorCode(await clients.coOwnerA.gql(DELETE, { id }))).toBe('FORBIDDEN');
    expect(errorCode(await otherManager.gql(DELETE, { id }))).toBe('NOT_FOUND');
    expect(await titles(clients.coOwnerA)).toContain('to-withdraw');
    expect((await manager.gql(DELETE, { id })).data?.deleteAnnouncement).toBe(true);
    expect(await titles(clients.coOwnerA)).not.toContain('to-withdraw');
  });
});

describe('the "Mes informations" switch', () => {
  it('refuses clients with MODULE_DISABLED when the agency switches it off; managers keep their list', async () => {
    await setAgencySettings(api.database.db, agency.id, { announcementsEnabled: false });
    try {
      const result = await clients.coOwnerA.gql(VIEWER_ANNOUNCEMENTS);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MODULE_DISABLED' });
      expect((await clients.coOwnerA.gql(NODE, { id: ids.all })).data?.node).toBeNull();
      expect(errorCode(await clients.coOwnerA.gql(ROOT_ANNOUNCEMENTS))).toBe('FORBIDDEN');
      expect(await titles(manager)).toHaveLength(8);
    } finally {
      await setAgencySettings(api.database.db, agency.id, { announcementsEnabled: true });
    }
    expect(await titles(clients.coOwnerA)).toContain('all');
  });
});

describe('statement counts', () => {
  it("lists a client's announcements, with their buildings, in as many statements at 9 as at 29 announcements", async () => {
    const before = await clients.coOwnerA.gql(VIEWER_ANNOUNCEMENTS, { first: 100 });
    const added: string[] = [];
    for (let i = 0; i < 20; i++) added.push(await publish(manager, `extra-${i}`, 'COOWNERS', { buildingId: buildingA }));
    const after = await clients.coOwnerA.gql(VIEWER_ANNOUNCEMENTS, { first: 100 });
    expect(after.data?.viewer?.announcements.nodes).toHaveLength(before.data!.viewer!.announcements.nodes.length + 20);
    expect(after.statements).toBe(before.statements);
    expect(after.statements).toBeLessThanOrEqual(5);
    for (const id of added) await manager.gql(DELETE, { id });
  });
});
