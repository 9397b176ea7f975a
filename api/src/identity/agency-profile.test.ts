import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgency, buildBuilding, buildCoOwner, buildLot } from '../test/builders';
import { graphql } from '../test/gql';
import { errorCode, startTestApi, type TestApi } from '../test/harness';
import { pdfText } from '../test/pdf-text';
import { formatSiret, isValidSiret } from './agency-profile';

/** "Profil de l'agence": edited by managers, public in the legal notice, printed in the PDF headers. */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const PROFILE = graphql(`
  query ProfileRead($code: String) {
    agencyProfile(code: $code) {
      name
      legalName
      legalForm
      siret
      professionalCardNumber
      professionalCardIssuer
      financialGuarantee
      address
      phone
      email
    }
  }
`);
const UPDATE = graphql(`
  mutation ProfileUpdate($input: AgencyProfileInput!) {
    updateAgencyProfile(input: $input) {
      name
      legalName
      legalForm
      siret
      professionalCardNumber
      professionalCardIssuer
      financialGuarantee
      address
      phone
      email
    }
  }
`);
const STATEMENT_URL = graphql(`
  query ProfileStatementUrl {
    viewer {
      person {
        accounts {
          nodes {
            statementPdfUrl(from: "2026-01-01", to: "2026-12-31")
          }
        }
      }
    }
  }
`);

const FULL = {
  legalName: 'Gestion Lorraine SARL',
  legalForm: 'SARL au capital de 20 000 €',
  siret: '912 345 678 00011',
  professionalCardNumber: 'CPI 5401 2020 000 000 777',
  professionalCardIssuer: 'la CCI Grand Nancy',
  financialGuarantee: 'Galian, 89 rue La Boétie, 75008 PARIS',
  address: '3, rue des Dominicains, 54000 NANCY',
  phone: '03 83 11 22 33',
  email: 'contact@gestion-lorraine.example.org',
};

describe('isValidSiret', () => {
  it('accepts 14 digits passing the Luhn check, and La Poste by its own rule', () => {
    expect(isValidSiret('73282932000074')).toBe(true);
    expect(isValidSiret('91234567800011')).toBe(true);
    expect(isValidSiret('35600000000001')).toBe(true);
  });

  it('refuses a wrong checksum, a wrong length and letters', () => {
    expect(isValidSiret('73282932000075')).toBe(false);
    expect(isValidSiret('7328293200007')).toBe(false);
    expect(isValidSiret('7328293200007A')).toBe(false);
    expect(formatSiret('91234567800011')).toBe('912 345 678 00011');
  });
});

describe('updateAgencyProfile', () => {
  it("saves the manager's agency's profile, and a field left out is unchanged", async () => {
    const agency = await buildAgency(api.database.db, { name: 'Gestion Lorraine' });
    const manager = await api.as(agency.manager.signIn);
    const saved = (await manager.gql(UPDATE, { input: FULL })).data?.updateAgencyProfile;
    expect(saved).toEqual({ name: 'Gestion Lorraine', ...FULL, siret: '91234567800011' });
    const renamed = (await manager.gql(UPDATE, { input: { name: 'Gestion Lorraine Immobilier', phone: '' } })).data?.updateAgencyProfile;
    expect(renamed).toMatchObject({ name: 'Gestion Lorraine Immobilier', legalName: FULL.legalName, phone: null, email: FULL.email });
  });

  it.each([
    ['siret', '912 345 678 00012', 'INVALID_SIRET'],
    ['siret', '1234', 'INVALID_SIRET'],
    ['email', 'contact@', 'INVALID_EMAIL'],
    ['phone', 'standard', 'INVALID_VALUE'],
    ['name', '  ', 'INVALID_VALUE'],
    ['legalName', 'x'.repeat(201), 'TEXT_TOO_LONG'],
    ['financialGuarantee', 'x'.repeat(301), 'TEXT_TOO_LONG'],
  ])('refuses %s = %j with BAD_USER_INPUT %s and writes nothing', async (field, value, reason) => {
    const agency = await buildAgency(api.database.db);
    const manager = await api.as(agency.manager.signIn);
    const result = await manager.gql(UPDATE, { input: { legalForm: 'SAS', [field]: value } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect((await manager.gql(PROFILE, {})).data?.agencyProfile?.legalForm).toBeNull();
  });

  it('is refused to a client, an integrator and an anonymous caller', async () => {
    const agency = await buildAgency(api.database.db);
    const building = await buildBuilding(api.database.db, agency);
    const coOwner = await buildCoOwner(api.database.db, agency, { lot: await buildLot(api.database.db, agency, building) });
    const client = await api.as(coOwner.person.signIn);
    expect(errorCode(await client.gql(UPDATE, { input: { legalName: 'Pirate' } }))).toBe('FORBIDDEN');
    expect(errorCode(await api.client().gql(UPDATE, { input: { legalName: 'Pirate' } }))).toBe('UNAUTHENTICATED');
    const manager = await api.as(agency.manager.signIn);
    const token = (
      await manager.gql(
        graphql(`
          mutation ProfileToken {
            createApiToken(input: { name: "Profil", scopes: [PORTFOLIO_WRITE, PEOPLE_READ, PORTFOLIO_READ] }) {
              token
            }
          }
        `),
      )
    ).data?.createApiToken.token;
    expect(errorCode(await api.client({ authorization: `Bearer ${token}` }).gql(UPDATE, { input: { legalName: 'Pirate' } }))).toBe('FORBIDDEN');
    expect((await manager.gql(PROFILE, {})).data?.agencyProfile?.legalName).toBeNull();
  });

  it("lets the manager of agency B change B's profile and never A's", async () => {
    const a = await buildAgency(api.database.db, { name: 'Agence A' });
    const b = await buildAgency(api.database.db, { name: 'Agence B' });
    await (await api.as(b.manager.signIn)).gql(UPDATE, { input: { legalName: 'B SAS' } });
    expect((await api.client().gql(PROFILE, { code: a.code })).data?.agencyProfile).toMatchObject({ name: 'Agence A', legalName: null });
    expect((await api.client().gql(PROFILE, { code: b.code })).data?.agencyProfile).toMatchObject({ name: 'Agence B', legalName: 'B SAS' });
  });
});

describe('agencyProfile', () => {
  it("reads, without a session, the agency a code names, else the deployment's; signed in, one's own", async () => {
    const agency = await buildAgency(api.database.db, { name: 'Cabinet Stanislas' });
    await (await api.as(agency.manager.signIn)).gql(UPDATE, { input: FULL });
    expect((await api.client().gql(PROFILE, { code: agency.code })).data?.agencyProfile).toMatchObject({ name: 'Cabinet Stanislas', siret: '91234567800011' });
    // The demo agency is the first created: the deployment's when PUBLIC_AGENCY_CODE is unset.
    expect((await api.client().gql(PROFILE, {})).data?.agencyProfile?.name).toBe('Palier Immobilier Nancy');
    expect((await api.client().gql(PROFILE, { code: 'NOSUCHAGENCY' })).data?.agencyProfile).toBeNull();
    const building = await buildBuilding(api.database.db, agency);
    const coOwner = await buildCoOwner(api.database.db, agency, { lot: await buildLot(api.database.db, agency, building) });
    expect((await (await api.as(coOwner.person.signIn)).gql(PROFILE, {})).data?.agencyProfile?.name).toBe('Cabinet Stanislas');
  });
});

describe('the statement PDF header', () => {
  it("prints the agency's legal mentions from its profile, as edited", async () => {
    const agency = await buildAgency(api.database.db, { name: 'Gestion Lorraine' });
    const building = await buildBuilding(api.database.db, agency);
    const coOwner = await buildCoOwner(api.database.db, agency, { lot: await buildLot(api.database.db, agency, building) });
    await (await api.as(agency.manager.signIn)).gql(UPDATE, { input: FULL });
    const client = await api.as(coOwner.person.signIn);
    const url = (await client.gql(STATEMENT_URL)).data?.viewer?.person?.accounts.nodes[0]?.statementPdfUrl;
    const response = await fetch(`${api.url}${url}`, { headers: { cookie: client.sessionCookie } });
    expect(response.status).toBe(200);
    // The mentions wrap left of the holder's block: compared as one line of words.
    const text = pdfText(Buffer.from(await response.arrayBuffer())).replace(/\s+/g, ' ');
    expect(text).toContain('Gestion Lorraine SARL, SARL au capital de 20 000');
    expect(text).toContain('SIRET 912 345 678 00011');
    expect(text).toContain('Carte professionnelle n° CPI 5401 2020 000 000 777 délivrée par la CCI Grand Nancy');
    expect(text).toContain('Garantie financière : Galian, 89 rue La Boétie, 75008 PARIS');
    expect(text).toContain('3, rue des Dominicains, 54000 NANCY');
  });
});
