import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgency, buildBuilding, buildCoOwner, buildCouncilMember, buildLot, buildOwner, buildTenant } from '../test/builders';
import { binderId, createBinder, download, publishPdf, SET_PUBLISHED, tinyPdf } from '../test/documents';
import { graphql } from '../test/gql';
import { startTestApi, type Client, type TestApi } from '../test/harness';
import { toGlobalId } from '../graphql/node';

/**
 * The rights matrix of issue 9 ("Done means"): every role × every binder level × personal,
 * generic and agency-wide targets × published, unpublished, expired and not yet published, the
 * owner–tenant split, another building, another agency, forged ids, nested paths and downloads.
 * The expectation (`sees`) is written from DESIGN.md's three conditions, as a table of roles.
 */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const LIST = graphql(`
  query RightsList {
    viewer {
      documents(first: 100) {
        nodes {
          id
          title
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`);

const NODE = graphql(`
  query RightsNode($id: ID!) {
    node(id: $id) {
      id
      ... on Document {
        title
      }
    }
  }
`);

const BINDERS = graphql(`
  query RightsBinders($space: Space!) {
    viewer {
      binders(space: $space) {
        id
        name
        documentCount
        documents(first: 100) {
          nodes {
            title
            binder {
              name
            }
          }
        }
      }
    }
  }
`);

const NESTED = graphql(`
  query RightsNested($id: ID!) {
    node(id: $id) {
      ... on Document {
        binder {
          documents(first: 100) {
            nodes {
              title
            }
          }
        }
      }
    }
  }
`);

type Who = 'coOwner' | 'member' | 'president' | 'owner' | 'tenant' | 'outsider';
type Level = 'PRESIDENT' | 'COUNCIL' | 'ALL_COOWNERS' | null;
type State = 'published' | 'running' | 'unpublished' | 'expired' | 'future';

/** Each person's relations, building A unless said: the table the expectation reads. */
const ROLES: Record<Who, { coOwner?: string; council?: string; president?: string; owner?: string; tenant?: string }> = {
  coOwner: { coOwner: 'A' },
  member: { coOwner: 'A', council: 'A' },
  president: { coOwner: 'A', council: 'A', president: 'A' },
  owner: { owner: 'A' },
  tenant: { tenant: 'A' },
  outsider: { coOwner: 'B' },
};

function holds(who: Who, level: Level, building: string): boolean {
  const r = ROLES[who];
  if (level === 'PRESIDENT') return r.president === building;
  if (level === 'COUNCIL') return r.council === building;
  if (level === 'ALL_COOWNERS') return r.council === building || r.coOwner === building;
  return false;
}

interface Doc {
  title: string;
  id: string;
  downloadUrl: string;
  binder: string;
  /** Who sees it, from the table (before any state). */
  seenBy: (who: Who) => boolean;
  state: State;
}

const docs: Doc[] = [];
const clients = {} as Record<Who, Client>;
let manager: Client;
let otherManager: Client;
let otherCoOwner: Client;

const SYNDIC_LEVELS: [string, Level][] = [
  ['S-PRESIDENT', 'PRESIDENT'],
  ['S-COUNCIL', 'COUNCIL'],
  ['S-ALL', 'ALL_COOWNERS'],
  ['S-NONE', null],
];
const GERANCE_RIGHTS: [string, boolean, boolean][] = [
  ['G-OT', true, true],
  ['G-O', true, false],
  ['G-T', false, true],
  ['G-NONE', false, false],
];

beforeAll(async () => {
  const { db } = api.database;
  const agency = await buildAgency(db);
  const a = await buildBuilding(db, agency, { code: 'MATRIXA' });
  const b = await buildBuilding(db, agency, { code: 'MATRIXB' });
  const [a1, a2, a3, a4, b1] = [
    await buildLot(db, agency, a),
    await buildLot(db, agency, a),
    await buildLot(db, agency, a),
    await buildLot(db, agency, a),
    await buildLot(db, agency, b),
  ];
  const coOwner = await buildCoOwner(db, agency, { lot: a1 });
  const member = await buildCoOwner(db, agency, { lot: a2 });
  await buildCouncilMember(db, agency, { building: a, person: member.person });
  const president = await buildCoOwner(db, agency, { lot: a3 });
  await buildCouncilMember(db, agency, { building: a, person: president.person, role: 'PRESIDENT' });
  const owner = await buildOwner(db, agency, { lots: [a4] });
  const tenant = await buildTenant(db, agency, { lot: a4 });
  const outsider = await buildCoOwner(db, agency, { lot: b1 });
  const people = { coOwner, member, president, owner, tenant, outsider };
  for (const who of Object.keys(people) as Who[]) clients[who] = await api.as(people[who].person.signIn);
  manager = await api.as(agency.manager.signIn);

  const other = await buildAgency(db);
  otherManager = await api.as(other.manager.signIn);
  const otherBuilding = await buildBuilding(db, other);
  otherCoOwner = await api.as((await buildCoOwner(db, other, { lot: await buildLot(db, other, otherBuilding) })).person.signIn);
  const otherDoc = await publishPdf(otherManager, {
    title: 'OTHER agency rules',
    binderId: await binderId(otherManager, 'SYNDIC', 'Règlement de copropriété'),
    target: { buildingId: toGlobalId('Building', otherBuilding.id) },
  });
  docs.push({ title: 'OTHER agency rules', id: otherDoc.id, downloadUrl: otherDoc.downloadUrl, binder: 'Règlement de copropriété', seenBy: () => false, state: 'published' });

  const add = async (binder: string, binderGlobalId: string, title: string, target: Record<string, string>, seenBy: (who: Who) => boolean, state: State = 'published') => {
    const period = {
      published: {},
      running: { publishOn: '2020-01-01', durationMonths: 600 },
      unpublished: {},
      expired: { publishOn: '2020-01-01', durationMonths: 12 },
      future: { publishOn: '2099-01-01' },
    }[state];
    const doc = await publishPdf(manager, { title, binderId: binderGlobalId, target, ...period });
    if (state === 'unpublished') await manager.gql(SET_PUBLISHED, { ids: [doc.id], isPublished: false });
    docs.push({ title, id: doc.id, downloadUrl: doc.downloadUrl, binder, seenBy, state });
  };
  const id = (type: 'Building' | 'Account' | 'Lot' | 'Person' | 'Lease', uuid: string) => toGlobalId(type, uuid);

  for (const [name, level] of SYNDIC_LEVELS) {
    const binder = await createBinder(manager, { module: 'SYNDIC', name, syndicLevel: level });
    const own = (who: Who) => (w: Who) => w === who && holds(w, level, 'A');
    await add(name, binder, `${name} building A`, { buildingId: id('Building', a.id) }, (w) => holds(w, level, 'A'));
    await add(name, binder, `${name} building B`, { buildingId: id('Building', b.id) }, (w) => holds(w, level, 'B'));
    await add(name, binder, `${name} co-owner account`, { accountId: id('Account', coOwner.account.id) }, own('coOwner'));
    await add(name, binder, `${name} co-owner lot`, { lotId: id('Lot', a1.id) }, own('coOwner'));
    await add(name, binder, `${name} co-owner person`, { personId: id('Person', coOwner.person.id) }, own('coOwner'));
    await add(name, binder, `${name} member account`, { accountId: id('Account', member.account.id) }, own('member'));
    await add(name, binder, `${name} president person`, { personId: id('Person', president.person.id) }, own('president'));
    await add(name, binder, `${name} president lot`, { lotId: id('Lot', a3.id) }, own('president'));
    if (level === 'ALL_COOWNERS') {
      for (const state of ['running', 'unpublished', 'expired', 'future'] as const) {
        await add(name, binder, `${name} building A ${state}`, { buildingId: id('Building', a.id) }, (w) => holds(w, level, 'A'), state);
      }
    }
  }
  for (const [name, o, t] of GERANCE_RIGHTS) {
    const binder = await createBinder(manager, { module: 'GERANCE', name, owner: o, tenant: t });
    const ownerSees = (w: Who) => o && w === 'owner';
    const tenantSees = (w: Who) => t && w === 'tenant';
    await add(name, binder, `${name} building A`, { buildingId: id('Building', a.id) }, (w) => ownerSees(w) || tenantSees(w));
    await add(name, binder, `${name} building B`, { buildingId: id('Building', b.id) }, () => false);
    await add(name, binder, `${name} owner account`, { accountId: id('Account', owner.account.id) }, ownerSees);
    await add(name, binder, `${name} owner person`, { personId: id('Person', owner.person.id) }, ownerSees);
    await add(name, binder, `${name} rented lot`, { lotId: id('Lot', a4.id) }, (w) => ownerSees(w) || tenantSees(w));
    await add(name, binder, `${name} tenant account`, { accountId: id('Account', tenant.account.id) }, tenantSees);
    await add(name, binder, `${name} tenant lease`, { leaseId: id('Lease', tenant.leaseId) }, tenantSees);
    await add(name, binder, `${name} tenant person`, { personId: id('Person', tenant.person.id) }, tenantSees);
    if (o && t) {
      for (const state of ['running', 'unpublished', 'expired', 'future'] as const) {
        await add(name, binder, `${name} tenant lease ${state}`, { leaseId: id('Lease', tenant.leaseId) }, tenantSees, state);
      }
    }
  }
  const syndicDocs = await binderId(manager, 'SYNDIC', 'Documents du syndic');
  const anyCouncil = (w: Who) => Boolean(ROLES[w].council);
  const anyCoOwner = (w: Who) => Boolean(ROLES[w].council || ROLES[w].coOwner);
  await add('Documents du syndic', syndicDocs, 'agency-wide councils', { agencyWide: 'COUNCILS' }, anyCouncil);
  await add('Documents du syndic', syndicDocs, 'agency-wide co-owners', { agencyWide: 'ALL_COOWNERS' }, anyCoOwner);
  for (const state of ['unpublished', 'expired', 'future'] as const)
    await add('Documents du syndic', syndicDocs, `agency-wide co-owners ${state}`, { agencyWide: 'ALL_COOWNERS' }, anyCoOwner, state);
}, 300_000);

const shown = (doc: Doc) => doc.state === 'published' || doc.state === 'running';
const expectedFor = (who: Who) =>
  docs
    .filter((doc) => shown(doc) && doc.seenBy(who))
    .map((doc) => doc.title)
    .sort();
const WHO: Who[] = ['coOwner', 'member', 'president', 'owner', 'tenant', 'outsider'];

describe('the documents rights matrix', () => {
  it('gives every role, in its list, exactly the documents the three conditions allow', async () => {
    for (const who of WHO) {
      const result = await clients[who].gql(LIST);
      expect(result.data?.viewer?.documents.pageInfo.hasNextPage, who).toBe(false);
      expect(result.data?.viewer?.documents.nodes.map((d) => d.title).sort(), who).toEqual(expectedFor(who));
      expect(expectedFor(who).length, `${who} sees something, so the test can fail`).toBeGreaterThan(0);
    }
  });

  it('answers node(id:) with the document exactly when the list shows it, for every role and every document', { timeout: 120_000 }, async () => {
    for (const who of WHO) {
      for (const doc of docs) {
        const result = await clients[who].gql(NODE, { id: doc.id });
        expect(result.errors, `${who} ${doc.title}`).toBeUndefined();
        expect(result.data?.node ? (result.data.node as { title?: string }).title : null, `${who} ${doc.title}`).toBe(shown(doc) && doc.seenBy(who) ? doc.title : null);
      }
    }
  });

  it('serves every download to those who may see it and answers 404 to everyone else', { timeout: 120_000 }, async () => {
    for (const who of WHO) {
      for (const doc of docs) {
        const { status, body } = await download(api, clients[who], doc.downloadUrl);
        if (shown(doc) && doc.seenBy(who)) {
          expect(status, `${who} ${doc.title}`).toBe(200);
          expect(body.equals(tinyPdf(doc.title)), doc.title).toBe(true);
        } else expect(status, `${who} ${doc.title}`).toBe(404);
      }
    }
  });

  it('counts per binder what the viewer may see, and a binder’s nested documents are the same ones', async () => {
    for (const who of WHO) {
      for (const space of ['SYNDIC', 'GERANCE'] as const) {
        const binders = (await clients[who].gql(BINDERS, { space })).data!.viewer!.binders;
        for (const binder of binders) {
          const expected = docs.filter((doc) => doc.binder === binder.name && shown(doc) && doc.seenBy(who)).map((doc) => doc.title);
          expect(binder.documentCount, `${who} ${binder.name}`).toBe(expected.length);
          expect(binder.documents.nodes.map((d) => d.title).sort(), `${who} ${binder.name}`).toEqual(expected.sort());
          expect(binder.documentCount, `${who} ${binder.name}: empty binders are not listed`).toBeGreaterThan(0);
        }
        const listed = binders.map((b) => b.name).sort();
        const inSpace = (name: string) => (space === 'GERANCE' ? name.startsWith('G-') : !name.startsWith('G-'));
        const withDocs = [...new Set(docs.filter((doc) => shown(doc) && doc.seenBy(who) && inSpace(doc.binder)).map((d) => d.binder))].sort();
        expect(listed, `${who} ${space}`).toEqual(withDocs);
      }
    }
  });

  it('never reveals through a document’s binder what the binder alone would not', async () => {
    for (const who of WHO) {
      for (const doc of docs.filter((d) => shown(d) && d.seenBy(who))) {
        const result = await clients[who].gql(NESTED, { id: doc.id });
        const nested = (result.data?.node as { binder?: { documents: { nodes: { title: string }[] } } } | null)?.binder?.documents.nodes.map((d) => d.title) ?? [];
        const allowed = new Set(expectedFor(who));
        expect(
          nested.every((title) => allowed.has(title)),
          `${who} via ${doc.title}`,
        ).toBe(true);
        expect(nested).toContain(doc.title);
      }
    }
  });

  it('shows the manager every document of the agency, unpublished, expired and future ones included, and no other agency’s', async () => {
    const own = docs.filter((doc) => doc.title !== 'OTHER agency rules');
    for (let page = 0, after: string | null = null, seen: string[] = []; ; page++) {
      const result = await manager.raw(`query($after: String) { viewer { documents(first: 100, after: $after) { nodes { title } pageInfo { hasNextPage endCursor } } } }`, {
        after,
      });
      const connection = (result.data as { viewer: { documents: { nodes: { title: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } }).viewer.documents;
      seen = [...seen, ...connection.nodes.map((n) => n.title)];
      if (!connection.pageInfo.hasNextPage) {
        expect(seen.sort()).toEqual(own.map((doc) => doc.title).sort());
        break;
      }
      after = connection.pageInfo.endCursor;
    }
    for (const doc of own.slice(0, 5)) expect((await download(api, manager, doc.downloadUrl)).status).toBe(200);
  });

  it('refuses every document of this agency to another agency’s manager and co-owner', async () => {
    for (const client of [otherManager, otherCoOwner]) {
      for (const doc of docs.filter((d) => d.title !== 'OTHER agency rules')) {
        expect((await client.gql(NODE, { id: doc.id })).data?.node ?? null).toBeNull();
        expect((await download(api, client, doc.downloadUrl)).status).toBe(404);
      }
    }
  });

  it('answers a forged id with null or a clean error, never a document', async () => {
    const forged = toGlobalId('Document', '00000000-0000-4000-8000-000000000000');
    expect((await manager.gql(NODE, { id: forged })).data?.node).toBeNull();
    expect((await download(api, manager, `/files/documents/${forged}`)).status).toBe(404);
    const aBuildingAsDocument = docs[1].id.replace(/=+$/, '');
    expect((await download(api, manager, `/files/documents/${aBuildingAsDocument}x`)).status).toBe(400);
    const binderAsDocument = toGlobalId('Binder', Buffer.from(docs[1].id, 'base64url').toString().split(':')[1]);
    expect((await download(api, manager, `/files/documents/${binderAsDocument}`)).status).toBe(404);
  });

  it('answers 401 to a signed-out download', async () => {
    expect((await download(api, null, docs[1].downloadUrl)).status).toBe(401);
  });

  it('withdraws a document from its client at once when unpublished, and serves it again when republished', async () => {
    const doc = docs.find((d) => d.title === 'S-ALL building A')!;
    expect((await download(api, clients.coOwner, doc.downloadUrl)).status).toBe(200);
    await manager.gql(SET_PUBLISHED, { ids: [doc.id], isPublished: false });
    expect((await download(api, clients.coOwner, doc.downloadUrl)).status).toBe(404);
    expect((await clients.coOwner.gql(NODE, { id: doc.id })).data?.node).toBeNull();
    expect((await download(api, manager, doc.downloadUrl)).status).toBe(200);
    await manager.gql(SET_PUBLISHED, { ids: [doc.id], isPublished: true });
    expect((await download(api, clients.coOwner, doc.downloadUrl)).status).toBe(200);
  });
});
