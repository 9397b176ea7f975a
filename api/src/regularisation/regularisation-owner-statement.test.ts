import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../graphql/node';
import { buildAgency, buildBuilding, buildLot, buildOwner, buildTenant, setAgencySettings, type BuiltAgency } from '../test/builders';
import { binderId, download } from '../test/documents';
import { graphql } from '../test/gql';
import { startTestApi, type Client, type TestApi } from '../test/harness';
import { CREATE, VALIDATE } from '../test/regularisation';

/**
 * Who reads a published statement besides its tenant (DESIGN.md: "An owner sees their tenants'
 * accounts and documents only where the agency enables each option"): the owner of the lot, when
 * the agency's `ownerSeesTenantDocuments` is on and the binder opens to owners; never the owner of
 * another lot, never by default.
 */
let api: TestApi;
let agency: BuiltAgency;
let manager: Client;

const BILL = graphql(`
  mutation RegularisationTestOwnerBill($ids: [ID!]!) {
    billTenantRegularisations(recordIds: $ids) {
      id
      statementPdfUrl
      isStatementPublished
    }
  }
`);

const TITLES = graphql(`
  query RegularisationTestOwnerDocuments {
    viewer {
      documents(first: 100) {
        nodes {
          id
          title
        }
      }
    }
  }
`);

const NODE_TITLE = graphql(`
  query RegularisationTestOwnerNode($id: ID!) {
    node(id: $id) {
      ... on Document {
        title
      }
    }
  }
`);

const SET_RIGHTS = graphql(`
  mutation RegularisationTestOwnerBinderRights($input: SetBinderRightsInput!) {
    setBinderRights(input: $input) {
      id
    }
  }
`);

const TITLE = 'Décompte de charges locatives LAFAYETTE/002 du 01/01/2020 au 31/12/2020';
let statementUrl: string;
let documentId: string;
let owner: Client;
let otherOwner: Client;
let tenant: Client;

beforeAll(async () => {
  api = await startTestApi();
  agency = await buildAgency(api.database.db);
  manager = await api.as(agency.manager.signIn);
  const db = api.database.db;
  // Tenants and owners both read "Relevés de gérance" (the default opens it to owners only).
  await manager.gql(SET_RIGHTS, { input: { binderId: await binderId(manager, 'GERANCE', 'Relevés de gérance'), owner: true, tenant: true } });
  const building = await buildBuilding(db, agency, { code: 'LAFAYETTE' });
  const lot = await buildLot(db, agency, building, { code: 'LAFAYETTE/002' });
  const neighbourLot = await buildLot(db, agency, building, { code: 'LAFAYETTE/003' });
  const ownerOfLot = await buildOwner(db, agency, { lots: [lot] });
  const ownerOfNeighbour = await buildOwner(db, agency, { lots: [neighbourLot] });
  await buildTenant(db, agency, { lot: neighbourLot, startDate: '2020-01-01' });
  const elsa = await buildTenant(db, agency, { lot, startDate: '2020-01-01', displayName: 'LOCATAIRE Elsa' });
  const created = await manager.gql(CREATE, {
    input: { lotId: toGlobalId('Lot', lot.id), periodStart: '2020-01-01', periodEnd: '2020-12-31', charges: [{ label: 'Charges établies par le syndic', amount: '1500.00' }] },
  });
  const [record] = created.data!.createChargeRegularisation.records;
  await manager.gql(VALIDATE, { ids: [record.id] });
  const [billed] = (await manager.gql(BILL, { ids: [record.id] })).data!.billTenantRegularisations;
  expect(billed.isStatementPublished).toBe(true);
  statementUrl = billed.statementPdfUrl!;
  owner = await api.as(ownerOfLot.person.signIn);
  otherOwner = await api.as(ownerOfNeighbour.person.signIn);
  tenant = await api.as(elsa.person.signIn);
  documentId = (await tenant.gql(TITLES)).data!.viewer!.documents.nodes.find((d) => d.title === TITLE)!.id;
});
afterAll(() => api.close());

const titlesOf = async (client: Client) => (await client.gql(TITLES)).data!.viewer!.documents.nodes.map((d) => d.title);

describe("the owner and their tenant's statement", () => {
  it('hides the statement from the owner of the lot by default: no list, no node, no file', async () => {
    expect(await titlesOf(tenant)).toContain(TITLE);
    expect(await titlesOf(owner)).not.toContain(TITLE);
    expect((await owner.gql(NODE_TITLE, { id: documentId })).data?.node ?? null).toBeNull();
    expect((await download(api, owner, statementUrl)).status).toBe(404);
  });

  it("shows it to the owner of the lot once the agency lets owners see their tenants' documents, and never to the owner of another lot", async () => {
    await setAgencySettings(api.database.db, agency.id, { ownerSeesTenantDocuments: true });
    try {
      expect(await titlesOf(owner)).toContain(TITLE);
      expect((await owner.gql(NODE_TITLE, { id: documentId })).data?.node).toMatchObject({ title: TITLE });
      expect((await download(api, owner, statementUrl)).status).toBe(200);
      expect(await titlesOf(otherOwner)).not.toContain(TITLE);
      expect((await otherOwner.gql(NODE_TITLE, { id: documentId })).data?.node ?? null).toBeNull();
      expect((await download(api, otherOwner, statementUrl)).status).toBe(404);
    } finally {
      await setAgencySettings(api.database.db, agency.id, { ownerSeesTenantDocuments: false });
    }
  });

  it('still needs the binder to open to owners, whatever the setting', async () => {
    await setAgencySettings(api.database.db, agency.id, { ownerSeesTenantDocuments: true });
    await manager.gql(SET_RIGHTS, { input: { binderId: await binderId(manager, 'GERANCE', 'Relevés de gérance'), owner: false, tenant: true } });
    try {
      expect(await titlesOf(owner)).not.toContain(TITLE);
      expect((await download(api, owner, statementUrl)).status).toBe(404);
      expect(await titlesOf(tenant)).toContain(TITLE);
    } finally {
      await manager.gql(SET_RIGHTS, { input: { binderId: await binderId(manager, 'GERANCE', 'Relevés de gérance'), owner: true, tenant: true } });
      await setAgencySettings(api.database.db, agency.id, { ownerSeesTenantDocuments: false });
    }
  });
});
