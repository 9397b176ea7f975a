import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgency, buildBuilding, buildLot, buildTenant, setAgencySettings, type BuiltAgency } from '../test/builders';
import { graphql } from '../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';

/**
 * The agency's offices (issue 12; manual "Agence" → "Bureaux": "forme juridique, SIRET, code APE,
 * email professionnel, téléphone…", "visible par vos clients, dans la zone « Contacts »"): edited
 * by managers, read by every client of the agency while "Contact agence" is on, never across agencies.
 */

let api: TestApi;
let agency: BuiltAgency;
let manager: Client;
let tenant: Client;
let otherManager: Client;
let otherTenant: Client;

const CREATE = graphql(`
  mutation OfficeCreate($input: AgencyOfficeInput!) {
    createAgencyOffice(input: $input) {
      id
      name
      address
      phone
      email
      openingHours
      legalForm
      siret
      apeCode
    }
  }
`);
const UPDATE = graphql(`
  mutation OfficeUpdate($id: ID!, $input: AgencyOfficeInput!) {
    updateAgencyOffice(officeId: $id, input: $input) {
      name
      phone
      siret
    }
  }
`);
const DELETE = graphql(`
  mutation OfficeDelete($id: ID!) {
    deleteAgencyOffice(officeId: $id)
  }
`);
const LIST = graphql(`
  query OfficeList {
    agencyOffices(first: 50) {
      nodes {
        id
        name
        phone
        siret
      }
    }
  }
`);
const NODE = graphql(`
  query OfficeNode($id: ID!) {
    node(id: $id) {
      id
      ... on AgencyOffice {
        name
      }
    }
  }
`);
const PROFILE = graphql(`
  mutation OfficeProfileUpdate($input: AgencyProfileInput!) {
    updateAgencyProfile(input: $input) {
      apeCode
      representativeName
    }
  }
`);

const names = async (client: Client) => {
  const result = await client.gql(LIST);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.agencyOffices.nodes.map((office) => office.name);
};

let headOffice: string;

beforeAll(async () => {
  api = await startTestApi();
  const { db } = api.database;
  agency = await buildAgency(db);
  const lot = await buildLot(db, agency, await buildBuilding(db, agency));
  tenant = await api.as((await buildTenant(db, agency, { lot })).person.signIn);
  manager = await api.as(agency.manager.signIn);
  const other = await buildAgency(db);
  otherManager = await api.as(other.manager.signIn);
  otherTenant = await api.as((await buildTenant(db, other, { lot: await buildLot(db, other, await buildBuilding(db, other)) })).person.signIn);
  const created = await manager.gql(CREATE, {
    input: {
      name: ' Siège ',
      address: '10, place Stanislas, 54000 NANCY',
      phone: '03 83 00 10 10',
      email: 'siege@example.org',
      openingHours: 'Du lundi au vendredi',
      legalForm: 'SAS',
      siret: '912 345 678 00011',
      apeCode: '6832a',
    },
  });
  headOffice = created.data!.createAgencyOffice.id;
  expect(created.data?.createAgencyOffice).toEqual({
    id: headOffice,
    name: 'Siège',
    address: '10, place Stanislas, 54000 NANCY',
    phone: '03 83 00 10 10',
    email: 'siege@example.org',
    openingHours: 'Du lundi au vendredi',
    legalForm: 'SAS',
    siret: '91234567800011',
    apeCode: '68.32A',
  });
  await otherManager.gql(CREATE, { input: { name: 'Bureau ailleurs' } });
});

afterAll(async () => {
  await api?.close();
});

describe('agency offices', () => {
  it("shows the agency's offices to its clients and managers, and nobody else's", async () => {
    expect(await names(tenant)).toEqual(['Siège']);
    expect(await names(manager)).toEqual(['Siège']);
    expect(await names(otherTenant)).toEqual(['Bureau ailleurs']);
    expect((await otherTenant.gql(NODE, { id: headOffice })).data?.node).toBeNull();
    expect((await otherManager.gql(NODE, { id: headOffice })).data?.node).toBeNull();
    expect((await tenant.gql(NODE, { id: headOffice })).data?.node).toMatchObject({ name: 'Siège' });
    expect(errorCode(await api.client().gql(LIST))).toBe('UNAUTHENTICATED');
  });

  it('leaves an office unfilled detail null', async () => {
    const created = await manager.gql(CREATE, { input: { name: 'Antenne' } });
    expect(created.data?.createAgencyOffice).toMatchObject({ name: 'Antenne', address: null, phone: null, siret: null, apeCode: null });
    expect(await names(tenant)).toEqual(['Antenne', 'Siège']);
    expect((await manager.gql(DELETE, { id: created.data!.createAgencyOffice.id })).data?.deleteAgencyOffice).toBe(true);
    expect(await names(tenant)).toEqual(['Siège']);
  });

  it('replaces the details on a change', async () => {
    const updated = await manager.gql(UPDATE, { id: headOffice, input: { name: 'Siège social', phone: '03 83 00 10 11' } });
    expect(updated.data?.updateAgencyOffice).toEqual({ name: 'Siège social', phone: '03 83 00 10 11', siret: null });
    await manager.gql(UPDATE, { id: headOffice, input: { name: 'Siège', phone: '03 83 00 10 10', siret: '91234567800011' } });
  });

  it('refuses clients, other agencies and forged ids, changing nothing', async () => {
    expect(errorCode(await tenant.gql(CREATE, { input: { name: 'x' } }))).toBe('FORBIDDEN');
    expect(errorCode(await tenant.gql(UPDATE, { id: headOffice, input: { name: 'x' } }))).toBe('FORBIDDEN');
    expect(errorCode(await tenant.gql(DELETE, { id: headOffice }))).toBe('FORBIDDEN');
    expect(errorCode(await otherManager.gql(UPDATE, { id: headOffice, input: { name: 'x' } }))).toBe('NOT_FOUND');
    expect(errorCode(await otherManager.gql(DELETE, { id: headOffice }))).toBe('NOT_FOUND');
    const forged = await manager.gql(DELETE, { id: Buffer.from('Lot:00000000-0000-4000-8000-000000000000').toString('base64url') });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'officeId', reason: 'INVALID_ID' });
    expect(await names(manager)).toEqual(['Siège']);
  });

  it.each([
    ['siret', '91234567800012', 'INVALID_SIRET'],
    ['apeCode', '683A', 'INVALID_VALUE'],
    ['email', 'siege@', 'INVALID_EMAIL'],
    ['phone', 'standard', 'INVALID_VALUE'],
    ['name', ' ', 'INVALID_VALUE'],
    ['address', 'x'.repeat(301), 'TEXT_TOO_LONG'],
  ])('refuses a bad %s with its reason and writes nothing', async (field, value, reason) => {
    const result = await manager.gql(UPDATE, { id: headOffice, input: { name: 'Changé', [field]: value } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    const list = await manager.gql(LIST);
    expect(list.data?.agencyOffices.nodes[0]).toMatchObject({ name: 'Siège', siret: '91234567800011' });
  });

  it('follows "Contact agence": off, clients are refused with MODULE_DISABLED and node(id:) answers null; managers keep it', async () => {
    await setAgencySettings(api.database.db, agency.id, { agencyContactEnabled: false });
    try {
      expect((await tenant.gql(LIST)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MODULE_DISABLED' });
      expect((await tenant.gql(NODE, { id: headOffice })).data?.node).toBeNull();
      expect(await names(manager)).toEqual(['Siège']);
    } finally {
      await setAgencySettings(api.database.db, agency.id, { agencyContactEnabled: true });
    }
  });
});

describe('the agency profile\'s "Mandataire" and code APE', () => {
  it('stores the code APE in INSEE print and the representative; refuses a malformed code', async () => {
    const updated = await manager.gql(PROFILE, { input: { apeCode: '68 32 a', representativeName: 'Madame Claire STANISLAS' } });
    expect(updated.data?.updateAgencyProfile).toEqual({ apeCode: '68.32A', representativeName: 'Madame Claire STANISLAS' });
    const refused = await manager.gql(PROFILE, { input: { apeCode: 'APE' } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'apeCode', reason: 'INVALID_VALUE' });
    expect(errorCode(await tenant.gql(PROFILE, { input: { apeCode: '6832A' } }))).toBe('FORBIDDEN');
  });
});
