import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgency, buildBuilding, buildCoOwner, buildCouncilMember, buildLot, buildWorksFundLine, setAgencySettings } from '../test/builders';
import { graphql } from '../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';

let api: TestApi;
let manager: Client;
beforeAll(async () => {
  api = await startTestApi();
  manager = await api.as('GESTIONNAIRE');
});
afterAll(() => api.close());

const FUNDS = graphql(`
  query ReportsWorksFunds {
    viewer {
      person {
        worksFunds {
          building {
            code
          }
          total
          lots {
            lot {
              code
            }
            total
            lines {
              accountNumber
              label
              amount
            }
          }
        }
      }
    }
  }
`);

describe('works funds (manual: "Fonds travaux", "Publier les comptes 102xxx")', () => {
  it('gives GILBERT/069 105999 Fonds de travaux 19,64 and a building total of 19,64', async () => {
    const denise = await api.as('ALOXECORTONDENISE');
    expect((await denise.gql(FUNDS)).data?.viewer?.person?.worksFunds).toEqual([
      {
        building: { code: 'GILBERT' },
        total: '19.64',
        lots: [
          { lot: { code: 'GILBERT/016' }, total: '0.00', lines: [] },
          { lot: { code: 'GILBERT/069' }, total: '19.64', lines: [{ accountNumber: '105999', label: 'Fonds de travaux', amount: '19.64' }] },
        ],
      },
    ]);
  });

  it('hides lines at zero and shows 102xxx only when the agency enables it', async () => {
    const { db } = api.database;
    const agency = await buildAgency(db);
    const building = await buildBuilding(db, agency);
    const lot = await buildLot(db, agency, building);
    await buildWorksFundLine(db, agency, { lot, accountNumber: '105999', amount: '28.67' });
    await buildWorksFundLine(db, agency, { lot, accountNumber: '105002', label: 'Fonds toiture', amount: '0.00' });
    await buildWorksFundLine(db, agency, { lot, accountNumber: '102001', label: 'Provisions travaux', amount: '12.50' });
    const { person } = await buildCoOwner(db, agency, { lot });
    const coOwner = await api.as(person.signIn);
    const funds = async () => (await coOwner.gql(FUNDS)).data?.viewer?.person?.worksFunds?.[0];
    expect(await funds()).toEqual({
      building: { code: building.code },
      total: '28.67',
      lots: [{ lot: { code: lot.code }, total: '28.67', lines: [{ accountNumber: '105999', label: 'Fonds de travaux', amount: '28.67' }] }],
    });
    await setAgencySettings(db, agency.id, { worksFundIncludes102: true });
    const with102 = await funds();
    expect(with102?.total).toBe('41.17');
    expect(with102?.lots[0].lines.map((l) => l.accountNumber)).toEqual(['102001', '105999']);
  });

  it("are the person's and managers' only", async () => {
    const brouilly = await api.as('BROUILLYALFRED');
    const mathildeId = (
      await manager.gql(
        graphql(`
          query ReportsPeople {
            people(search: "CLIQUOT") {
              nodes {
                id
              }
            }
          }
        `),
      )
    ).data?.people.nodes[0].id;
    const fromManager = await manager.gql(
      graphql(`
        query ReportsPersonFunds($id: ID!) {
          node(id: $id) {
            ... on Person {
              worksFunds {
                total
              }
            }
          }
        }
      `),
      { id: mathildeId! },
    );
    expect(fromManager.data?.node).toEqual({ __typename: 'Person', worksFunds: [{ total: '28.67' }] });
    // The council sees its fellow members, never their works funds.
    const council = (
      await brouilly.gql(
        graphql(`
          query ReportsCouncilFunds {
            viewer {
              person {
                councilMemberships {
                  nodes {
                    building {
                      council {
                        nodes {
                          person {
                            displayName
                            worksFunds {
                              total
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        `),
      )
    ).data;
    const members = council?.viewer?.person?.councilMemberships.nodes[0].building?.council.nodes;
    const petrus = members?.find((m) => m.person?.displayName === 'BPETRUS Pierre');
    expect(petrus?.person).toEqual({ displayName: 'BPETRUS Pierre', worksFunds: null });
  });
});

const LIST = graphql(`
  query ReportsExpenseList($fy: ID) {
    viewer {
      person {
        councilMemberships {
          nodes {
            building {
              code
              canReadExpenseList
              expenseList(fiscalYearId: $fy) {
                fiscalYears {
                  id
                  code
                }
                fiscalYear {
                  code
                }
                total
                groups {
                  allocationKey {
                    code
                  }
                  accountNumber
                  accountLabel
                  count
                  amount
                  vat
                  recoverable
                }
                expenses(first: 100) {
                  nodes {
                    id
                    date
                    label
                    amount
                    invoiceUrl
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

describe('expense list (manual: "Liste des dépenses (syndic)")', () => {
  it('shows the council the open fiscal years, latest first, grouped by key then account, with totals', async () => {
    const brouilly = await api.as('BROUILLYALFRED');
    const building = (await brouilly.gql(LIST)).data?.viewer?.person?.councilMemberships.nodes[0].building;
    expect(building?.canReadExpenseList).toBe(true);
    const list = building?.expenseList;
    expect(list?.fiscalYears.map((y) => y.code)).toEqual(['2026', '2025']);
    expect(list?.fiscalYear).toEqual({ code: '2026' });
    expect(list?.groups.map((g) => [g.accountNumber, g.count, g.amount])).toEqual([
      ['60200000', 1, '868.90'],
      ['60600000', 1, '331.07'],
      ['61400000', 1, '2220.00'],
      ['61500000', 2, '876.40'],
      ['61600000', 1, '3245.10'],
      ['62100000', 1, '4300.00'],
    ]);
    expect(list?.groups[0].allocationKey).toEqual({ code: '010' });
    expect(list?.total).toBe('11841.47');
    expect(list?.expenses.nodes).toHaveLength(7);

    const y2025 = list?.fiscalYears[1].id;
    const previous = (await brouilly.gql(LIST, { fy: y2025 })).data?.viewer?.person?.councilMemberships.nodes[0].building?.expenseList;
    expect([previous?.fiscalYear?.code, previous?.total]).toEqual(['2025', '12042.53']);
  });

  it('answers FORBIDDEN to a plain co-owner', async () => {
    const mathilde = await api.as('CLIQUOTMATHILDE');
    const result = await mathilde.gql(
      graphql(`
        query ReportsCoOwnerList {
          viewer {
            person {
              ownerships {
                nodes {
                  lot {
                    building {
                      canReadExpenseList
                      expenseList {
                        total
                      }
                    }
                  }
                }
              }
            }
          }
        }
      `),
    );
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(JSON.stringify(result.data)).not.toMatch(/total/);
    const canRead = await mathilde.gql(
      graphql(`
        query ReportsCoOwnerCanRead {
          viewer {
            person {
              ownerships {
                nodes {
                  lot {
                    building {
                      canReadExpenseList
                    }
                  }
                }
              }
            }
          }
        }
      `),
    );
    expect(canRead.data?.viewer?.person?.ownerships.nodes[0].lot?.building?.canReadExpenseList).toBe(false);
  });

  it('answers FORBIDDEN to the council too once the agency switches the module off', async () => {
    const { db } = api.database;
    const agency = await buildAgency(db);
    const building = await buildBuilding(db, agency);
    const { person } = await buildCoOwner(db, agency, { lot: await buildLot(db, agency, building) });
    await buildCouncilMember(db, agency, { building, person });
    const member = await api.as(person.signIn);
    const on = await member.gql(LIST);
    expect(on.errors).toBeUndefined();
    expect(on.data?.viewer?.person?.councilMemberships.nodes[0].building).toMatchObject({
      code: building.code,
      canReadExpenseList: true,
      expenseList: { total: '0.00', fiscalYear: null },
    });
    await setAgencySettings(db, agency.id, { expenseListEnabled: false });
    const off = await member.gql(LIST);
    expect(errorCode(off)).toBe('FORBIDDEN');
  });

  it('serves an invoice to the council only', async () => {
    const pdf = Buffer.from('%PDF-1.4\n% facture Otis\n%%EOF\n');
    await manager.gql(
      graphql(`
        mutation ReportsUpsertExpense($e: [ExpenseInput!]!) {
          upsertExpenses(expenses: $e) {
            created
          }
        }
      `),
      {
        e: [
          {
            externalId: 'INV-1',
            buildingCode: 'GILBERT',
            fiscalYearCode: '2026',
            allocationKeyCode: '010',
            accountNumber: '61400000',
            accountLabel: 'Contrat ascenseur',
            date: '2026-11-02',
            label: 'Otis – dépannage',
            amount: '180.00',
            invoicePdfBase64: pdf.toString('base64'),
          },
        ],
      },
    );
    const petrus = await api.as('BPETRUSPIERRE');
    const expenses = (await petrus.gql(LIST)).data?.viewer?.person?.councilMemberships.nodes[0].building?.expenseList.expenses.nodes;
    const url = expenses?.find((e) => e.label === 'Otis – dépannage')?.invoiceUrl;
    expect(url).toBeTruthy();
    const ok = await fetch(`${api.url}${url}`, { headers: { cookie: petrus.sessionCookie } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-disposition')).toBe(
      `attachment; filename=Facture-2026-11-02-Otis-depannage.pdf; filename*=UTF-8''Facture-2026-11-02-Otis-%E2%80%93-d%C3%A9pannage.pdf`,
    );
    expect(Buffer.from(await ok.arrayBuffer())).toEqual(pdf);
    const mathilde = await api.as('CLIQUOTMATHILDE');
    expect((await fetch(`${api.url}${url}`, { headers: { cookie: mathilde.sessionCookie } })).status).toBe(404);
    expect((await fetch(`${api.url}${url}`)).status).toBe(401);
  });
});

describe('statement exports', () => {
  it("downloads the manual's statement as CSV and PDF for its holder, and for nobody else", async () => {
    const denise = await api.as('ALOXECORTONDENISE');
    const account = (
      await denise.gql(
        graphql(`
          query ReportsExportUrls {
            viewer {
              person {
                mandates {
                  nodes {
                    account {
                      id
                      statementCsvUrl(from: "2020-01-01", to: "2020-12-31")
                      statementPdfUrl(from: "2020-01-01", to: "2020-12-31")
                    }
                  }
                }
              }
            }
          }
        `),
      )
    ).data?.viewer?.person?.mandates.nodes[0].account;
    if (!account) throw new Error('Denise reads her owner account');
    const csv = await fetch(`${api.url}${account.statementCsvUrl}`, { headers: { cookie: denise.sessionCookie } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(
      (await csv.text())
        .replace(/^\ufeff/, '')
        .trim()
        .split(/\r?\n/),
    ).toEqual([
      'Date;Libellé;Débit;Crédit;Solde',
      ';Solde antérieur;;;-10299,97',
      '30/01/2020;Règlement TESTS 605 du 30/01/2020;3000,00;0,00;-13299,97',
      '11/02/2020;Règlement du 11/02/2020;0,00;3314,41;-9985,56',
      ';Total de la période;3000,00;3314,41;',
      ';Solde fin de période;;;-9985,56',
    ]);
    const pdf = await fetch(`${api.url}${account.statementPdfUrl}`, { headers: { cookie: denise.sessionCookie } });
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    const elsa = await api.as('ELSALOCATAIRE');
    expect((await fetch(`${api.url}${account.statementPdfUrl}`, { headers: { cookie: elsa.sessionCookie } })).status).toBe(404);
    expect((await fetch(`${api.url}${account.statementCsvUrl}`)).status).toBe(401);
    const other = await api.as('GESTIONNAIRE2');
    expect((await fetch(`${api.url}${account.statementCsvUrl}`, { headers: { cookie: other.sessionCookie } })).status).toBe(404);
    expect((await fetch(`${api.url}${account.statementCsvUrl.replace('2020-12-31', '2020-13-45')}`, { headers: { cookie: denise.sessionCookie } })).status).toBe(400);
  });
});
