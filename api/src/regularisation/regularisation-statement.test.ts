import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../graphql/node';
import { buildAgency, buildBuilding, buildLot, buildTenant, type BuiltAgency } from '../test/builders';
import { binderId, download } from '../test/documents';
import { graphql } from '../test/gql';
import { startTestApi, type Client, type TestApi } from '../test/harness';
import { pdfText } from '../test/pdf-text';
import { CREATE, MANUAL_CHARGES, MANUAL_WATER, UPDATE, VALIDATE } from '../test/regularisation';

let api: TestApi;
let agency: BuiltAgency;
let manager: Client;

const BILL_WITH_STATEMENT = graphql(`
  mutation RegularisationTestBillStatement($ids: [ID!]!) {
    billTenantRegularisations(recordIds: $ids) {
      id
      status
      statementPdfUrl
      isStatementPublished
    }
  }
`);

const PREVIEW = graphql(`
  query RegularisationTestPreview($id: ID!) {
    node(id: $id) {
      ... on TenantRegularisation {
        statementPdfUrl
        isStatementPublished
      }
    }
  }
`);

const MY_DOCUMENTS = graphql(`
  query RegularisationTestMyDocuments {
    viewer {
      documents(first: 100) {
        nodes {
          title
          downloadUrl
        }
      }
    }
  }
`);

const SET_RIGHTS = graphql(`
  mutation RegularisationTestBinderRights($input: SetBinderRightsInput!) {
    setBinderRights(input: $input) {
      id
    }
  }
`);

beforeAll(async () => {
  api = await startTestApi();
  agency = await buildAgency(api.database.db);
  manager = await api.as(agency.manager.signIn);
  // The agency opens "Relevés de gérance" to tenants (its default is owners only): the statements are filed there.
  await manager.gql(SET_RIGHTS, { input: { binderId: await binderId(manager, 'GERANCE', 'Relevés de gérance'), owner: true, tenant: true } });
});
afterAll(() => api.close());

/** French figures drawn with a no-break space as the group separator (never U+202F, which the PDF fonts draw as "/"). */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('the statement ("DECOMPTE CHARGES LOCATIVES")', () => {
  it("prints the manual's statement, previews it before billing and publishes it to the tenant alone at billing", async () => {
    const db = api.database.db;
    const building = await buildBuilding(db, agency, { code: 'LAFAYETTE' });
    const lot = await buildLot(db, agency, building, { code: 'LAFAYETTE/002' });
    const tenant = await buildTenant(db, agency, { lot, startDate: '2020-01-01', displayName: 'LOCATAIRE Elsa' });
    const neighbour = await buildTenant(db, agency, { lot: await buildLot(db, agency, building), startDate: '2020-01-01' });
    const created = await manager.gql(CREATE, {
      input: { lotId: toGlobalId('Lot', lot.id), periodStart: '2020-01-01', periodEnd: '2020-12-31', charges: [...MANUAL_CHARGES, { label: 'Taxe vide', amount: '0.00' }] },
    });
    const [record] = created.data!.createChargeRegularisation.records;
    await manager.gql(UPDATE, {
      input: {
        recordId: record.id,
        water: [...MANUAL_WATER, { label: 'Eau non relevée', indexStart: '0', indexEnd: '0', unitPrice: '0' }],
        provisions: '5000.00',
        retained: '300.00',
        instalments: 3,
      },
    });

    const preview = (await manager.gql(PREVIEW, { id: record.id })).data?.node;
    expect(preview).toMatchObject({ isStatementPublished: false });
    const previewUrl = (preview as { statementPdfUrl: string }).statementPdfUrl;
    const tenantClient = await api.as(tenant.person.signIn);
    expect((await download(api, tenantClient, previewUrl)).status).toBe(403);
    const file = await download(api, manager, previewUrl);
    expect(file.status).toBe(200);
    const text = plain(pdfText(file.body));
    for (const expected of [
      'DECOMPTE CHARGES LOCATIVES',
      `N° compte : ${tenant.account.number}`,
      'Réf. du lot : LAFAYETTE/002',
      'Période : du 01/01/2020 au 31/12/2020',
      'Charges établies par le syndic',
      '366/366',
      '5 000,00',
      '1 000,00',
      '225,50',
      '-300,00',
      '6 406,50',
      '- 5 000,00',
      '- 300,00',
      '= 1 106,50',
      'Ce montant sera étalé sur les 3 prochains appels de loyer.',
      // The euro sign is WinAnsi 0x80, which pdfText reads as Latin-1.
      'Le montant des futures provisions sur charges est fixé à 533,88',
    ]) {
      expect(text).toContain(expected);
    }
    // Only lines with amounts are printed.
    expect(text).not.toContain('Taxe vide');
    expect(text).not.toContain('Eau non relevée');
    expect(pdfText(file.body)).not.toContain('\u202f');

    await manager.gql(VALIDATE, { ids: [record.id] });
    const [billed] = (await manager.gql(BILL_WITH_STATEMENT, { ids: [record.id] })).data!.billTenantRegularisations;
    expect(billed).toMatchObject({ status: 'BILLED', isStatementPublished: true });
    expect(billed.statementPdfUrl).toMatch(/^\/files\/documents\//);

    const title = 'Décompte de charges locatives LAFAYETTE/002 du 01/01/2020 au 31/12/2020';
    const mine = (await tenantClient.gql(MY_DOCUMENTS)).data!.viewer!.documents.nodes;
    expect(mine.map((d) => d.title)).toContain(title);
    const published = await download(api, tenantClient, mine.find((d) => d.title === title)!.downloadUrl);
    expect(published.status).toBe(200);
    expect(plain(pdfText(published.body))).toContain('= 1 106,50');

    // Another tenant of the building sees neither the statement nor its file.
    const other = await api.as(neighbour.person.signIn);
    expect((await other.gql(MY_DOCUMENTS)).data!.viewer!.documents.nodes.map((d) => d.title)).not.toContain(title);
    expect((await download(api, other, billed.statementPdfUrl!)).status).toBe(404);

    // Billing again publishes nothing more.
    await manager.gql(BILL_WITH_STATEMENT, { ids: [record.id] });
    expect((await tenantClient.gql(MY_DOCUMENTS)).data!.viewer!.documents.nodes.filter((d) => d.title === title)).toHaveLength(1);
  });

  it('prints neither the instalments nor the future provisions for a departed tenant', async () => {
    const db = api.database.db;
    const lot = await buildLot(db, agency, await buildBuilding(db, agency));
    await buildTenant(db, agency, { lot, startDate: '2019-01-01', departureDate: '2020-06-30' });
    const created = await manager.gql(CREATE, {
      input: { lotId: toGlobalId('Lot', lot.id), periodStart: '2020-01-01', periodEnd: '2020-12-31', charges: [{ label: 'Charges établies par le syndic', amount: '1500.00' }] },
    });
    const [record] = created.data!.createChargeRegularisation.records;
    const url = ((await manager.gql(PREVIEW, { id: record.id })).data?.node as { statementPdfUrl: string }).statementPdfUrl;
    const text = plain(pdfText((await download(api, manager, url)).body));
    // January to June 2020: 182 days; 1 500,00 × 182 / 366 = 745,90.
    expect(text).toContain('182/366');
    expect(text).toContain('745,90');
    expect(text).not.toContain('prochains appels');
    expect(text).not.toContain('futures provisions');
  });
});
