import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../db/schema';
import { toGlobalId } from '../graphql/node';
import { buildAgency, buildBuilding, buildCoOwner, buildCouncilMember, buildLot, buildOwner, setAgencySettings, type BuiltAgency, type BuiltBuilding } from '../test/builders';
import { binderId, createBinder, publishPdf } from '../test/documents';
import { graphql } from '../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';
import { integrator } from '../test/relation-batches';
import { DEFAULT_BINDERS } from './default-binders';

let api: TestApi;
let agency: BuiltAgency;
let building: BuiltBuilding;
let manager: Client;

beforeAll(async () => {
  api = await startTestApi();
  agency = await buildAgency(api.database.db);
  building = await buildBuilding(api.database.db, agency);
  manager = await api.as(agency.manager.signIn);
});
afterAll(() => api.close());

const RENAME = graphql(`
  mutation BinderRename($id: ID!, $name: String!) {
    renameBinder(binderId: $id, name: $name) {
      name
      folders
    }
  }
`);
const DELETE = graphql(`
  mutation BinderDelete($id: ID!) {
    deleteBinder(binderId: $id)
  }
`);
const DELETE_DOCUMENTS = graphql(`
  mutation BinderDeleteDocuments($ids: [ID!]!) {
    deleteDocuments(documentIds: $ids)
  }
`);
const SET_RIGHTS = graphql(`
  mutation BinderSetRights($input: SetBinderRightsInput!) {
    setBinderRights(input: $input) {
      rights {
        syndicLevel
        owner
        tenant
      }
    }
  }
`);
const CLIENT_DOCUMENTS = graphql(`
  query BinderClientDocuments {
    viewer {
      documents {
        nodes {
          title
        }
      }
    }
  }
`);
const EXPENSES = graphql(`
  query BinderExpenseList($id: ID!) {
    node(id: $id) {
      ... on Building {
        canReadExpenseList
      }
    }
  }
`);
const INTEGRATOR_LIST = graphql(`
  query BinderIntegratorList($space: Space!) {
    binders(space: $space) {
      name
      documentCount
    }
    documents(first: 5) {
      nodes {
        title
      }
    }
  }
`);

describe('binders', () => {
  it('are created for every new agency with the manual’s default list and rights', async () => {
    const rows = await api.database.db.select().from(t.binders).where(eq(t.binders.agencyId, agency.id));
    const stored = rows.map((r) => ({ module: r.module, name: r.name, key: r.key, syndicLevel: r.syndicLevel, ownerAccess: r.ownerAccess, tenantAccess: r.tenantAccess }));
    const expected = DEFAULT_BINDERS.map((b) => ({ key: null, syndicLevel: null, ownerAccess: false, tenantAccess: false, ...b }));
    expect(stored.sort((a, b) => a.name.localeCompare(b.name))).toEqual(expected.sort((a, b) => a.name.localeCompare(b.name)));
    expect(rows.filter((r) => r.module === 'GERANCE')).toHaveLength(16);
    expect(
      rows
        .filter((r) => r.module === 'SYNDIC' && r.syndicLevel !== 'ALL_COOWNERS')
        .map((r) => r.name)
        .sort(),
    ).toEqual(['Conseil syndical', 'Factures']);
  });

  it('show their sub-folders, are renamed, and a name taken in the module is a conflict', async () => {
    const id = await createBinder(manager, { module: 'GERANCE', name: 'Sinistres', owner: true });
    expect((await manager.gql(RENAME, { id, name: ' Courriers  /  Sinistres ' })).data?.renameBinder).toEqual({
      name: 'Courriers / Sinistres',
      folders: ['Courriers', 'Sinistres'],
    });
    const taken = await manager.gql(RENAME, { id, name: 'Baux' });
    expect(errorCode(taken)).toBe('CONFLICT');
    expect(errorCode(await manager.gql(RENAME, { id, name: '   ' }))).toBe('BAD_USER_INPUT');
  });

  it('are deleted only when empty, and never the binders the rules name', async () => {
    const id = await createBinder(manager, { module: 'SYNDIC', name: 'À supprimer', syndicLevel: 'COUNCIL' });
    const doc = await publishPdf(manager, { title: 'Dedans', binderId: id, target: { buildingId: toGlobalId('Building', building.id) } });
    const full = await manager.gql(DELETE, { id });
    expect(full.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'BINDER_NOT_EMPTY' });
    expect((await manager.gql(DELETE_DOCUMENTS, { ids: [doc.id] })).data?.deleteDocuments).toBe(1);
    expect((await manager.gql(DELETE, { id })).data?.deleteBinder).toBe(true);
    const invoices = await manager.gql(DELETE, { id: await binderId(manager, 'SYNDIC', 'Factures') });
    expect(invoices.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'BINDER_RESERVED' });
  });

  it('change their rights, which a client sees at the next request', async () => {
    const lot = await buildLot(api.database.db, agency, building);
    const owner = await api.as((await buildOwner(api.database.db, agency, { lots: [lot] })).person.signIn);
    const baux = await binderId(manager, 'GERANCE', 'Baux');
    await publishPdf(manager, { title: 'Bail type', binderId: baux, target: { buildingId: toGlobalId('Building', building.id) } });
    expect((await owner.gql(CLIENT_DOCUMENTS)).data?.viewer?.documents.nodes).toEqual([{ title: 'Bail type' }]);
    const changed = await manager.gql(SET_RIGHTS, { input: { binderId: baux, owner: false, tenant: true } });
    expect(changed.data?.setBinderRights.rights).toEqual({ syndicLevel: null, owner: false, tenant: true });
    expect((await owner.gql(CLIENT_DOCUMENTS)).data?.viewer?.documents.nodes).toEqual([]);
  });

  it('are managed by managers and documents:write integrators only', async () => {
    const lot = await buildLot(api.database.db, agency, building);
    const client = await api.as((await buildCoOwner(api.database.db, agency, { lot })).person.signIn);
    const input = { module: 'SYNDIC' as const, name: 'Refusé' };
    const create = graphql(`
      mutation BinderCreateAs($input: CreateBinderInput!) {
        createBinder(input: $input) {
          name
        }
      }
    `);
    expect(errorCode(await client.gql(create, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await (await integrator(api, manager, ['DOCUMENTS_READ' as never])).gql(create, { input }))).toBe('FORBIDDEN');
    expect((await (await integrator(api, manager, ['DOCUMENTS_WRITE' as never])).gql(create, { input: { ...input, name: 'Par intégrateur' } })).data?.createBinder.name).toBe(
      'Par intégrateur',
    );
  });

  it('list every binder and document to a documents:read integrator, and nothing to one without the scope', async () => {
    const reader = await integrator(api, manager, ['DOCUMENTS_READ' as never]);
    const listed = await reader.gql(INTEGRATOR_LIST, { space: 'SYNDIC' });
    expect(listed.data?.binders.length).toBeGreaterThanOrEqual(14);
    expect(listed.data?.documents.nodes.length).toBeGreaterThan(0);
    const other = await integrator(api, manager, ['LEDGER_READ']);
    expect(errorCode(await other.gql(INTEGRATOR_LIST, { space: 'SYNDIC' }))).toBe('FORBIDDEN');
  });
});

describe('"Afficher les classeurs vides"', () => {
  const MY_BINDERS = graphql(`
    query BinderEmptyOnes {
      viewer {
        binders(space: SYNDIC) {
          name
          documentCount
        }
      }
    }
  `);

  it('lists the binders a co-owner may open that hold nothing for them only when the agency enables it, never the council’s', async () => {
    const fresh = await buildAgency(api.database.db);
    const home = await buildBuilding(api.database.db, fresh);
    const client = await api.as((await buildCoOwner(api.database.db, fresh, { lot: await buildLot(api.database.db, fresh, home) })).person.signIn);
    expect((await client.gql(MY_BINDERS)).data?.viewer?.binders).toEqual([]);
    await setAgencySettings(api.database.db, fresh.id, { showEmptyBinders: true });
    const listed = (await client.gql(MY_BINDERS)).data!.viewer!.binders;
    expect(listed).toHaveLength(12);
    expect(listed.every((b) => b.documentCount === 0)).toBe(true);
    expect(listed.map((b) => b.name)).not.toContain('Conseil syndical');
    expect(listed.map((b) => b.name)).not.toContain('Factures');
    await setAgencySettings(api.database.db, fresh.id, { documentsEnabled: false });
    expect((await client.gql(MY_BINDERS)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MODULE_DISABLED' });
  });
});

describe('the expense list follows the rights of the "Factures" binder', () => {
  it('opens to the council by default, to every co-owner when the binder says so, and to nobody at no level', async () => {
    const lot = await buildLot(api.database.db, agency, building);
    const member = await buildCoOwner(api.database.db, agency, { lot });
    await buildCouncilMember(api.database.db, agency, { building, person: member.person });
    const memberClient = await api.as(member.person.signIn);
    const plainClient = await api.as((await buildCoOwner(api.database.db, agency, { lot: await buildLot(api.database.db, agency, building) })).person.signIn);
    const id = toGlobalId('Building', building.id);
    const canRead = async (client: Client) => ((await client.gql(EXPENSES, { id })).data?.node as { canReadExpenseList?: boolean } | null)?.canReadExpenseList;
    expect([await canRead(memberClient), await canRead(plainClient)]).toEqual([true, false]);
    const factures = await binderId(manager, 'SYNDIC', 'Factures');
    await manager.gql(SET_RIGHTS, { input: { binderId: factures, syndicLevel: 'ALL_COOWNERS' } });
    // The level is read with the actor: a new request sees it.
    expect([await canRead(memberClient), await canRead(plainClient)]).toEqual([true, true]);
    await manager.gql(SET_RIGHTS, { input: { binderId: factures, syndicLevel: null } });
    expect([await canRead(memberClient), await canRead(plainClient)]).toEqual([false, false]);
    const [row] = await api.database.db
      .select({ level: t.binders.syndicLevel })
      .from(t.binders)
      .where(and(eq(t.binders.agencyId, agency.id), eq(t.binders.key, 'INVOICES')));
    expect(row.level).toBeNull();
  });
});
