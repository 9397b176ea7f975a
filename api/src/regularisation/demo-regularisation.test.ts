import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test/gql';
import { startTestApi, type TestApi } from '../test/harness';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const DEMO = graphql(`
  query RegularisationTestDemo {
    chargeRegularisations(first: 10) {
      nodes {
        periodStart
        periodEnd
        periodDays
        status
        lot {
          code
        }
        records {
          tenant {
            displayName
          }
          days
          total
          provisions
          regularisation
          instalments
          currentMonthlyProvision
          newMonthlyProvision
          status
        }
      }
    }
  }
`);

describe('the demo', () => {
  it("holds LAFAYETTE/002's 2020 regularisation pending: the manual's 1 500,00 in one instalment, new provisions 125,00", async () => {
    const manager = await api.as('GESTIONNAIRE');
    const nodes = (await manager.gql(DEMO)).data!.chargeRegularisations.nodes;
    expect(nodes).toEqual([
      {
        periodStart: '2020-01-01',
        periodEnd: '2020-12-31',
        periodDays: 366,
        status: 'PENDING',
        lot: { code: 'LAFAYETTE/002' },
        records: [
          {
            tenant: { displayName: 'LOCATAIRE Elsa' },
            days: 366,
            total: '1500.00',
            provisions: '0.00',
            regularisation: '1500.00',
            instalments: 1,
            currentMonthlyProvision: '130.00',
            newMonthlyProvision: '125.00',
            status: 'PENDING',
          },
        ],
      },
    ]);
  });

  it('shows the second agency nothing of it', async () => {
    expect((await (await api.as('GESTIONNAIRE2')).gql(DEMO)).data!.chargeRegularisations.nodes).toEqual([]);
  });
});
