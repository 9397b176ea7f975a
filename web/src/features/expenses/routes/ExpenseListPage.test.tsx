import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, renderRoute } from '../../../test/render';
import { ExpenseListPage } from './ExpenseListPage';

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const BUILDING = 'QnVpbGRpbmc6MQ';
const YEARS = [
  { __typename: 'FiscalYear', id: 'RlkyMDI2', code: '2026', startDate: '2026-01-01', endDate: '2026-12-31' },
  { __typename: 'FiscalYear', id: 'RlkyMDI1', code: '2025', startDate: '2025-01-01', endDate: '2025-12-31' },
];

function buildings(canReadExpenseList: boolean) {
  return () => ({
    data: {
      viewer: {
        __typename: 'Viewer',
        identifier: 'BROUILLYALFRED',
        person: {
          __typename: 'Person',
          id: 'UGVyc29uOjE',
          councilMemberships: {
            __typename: 'CouncilMembershipConnection',
            nodes: [{ __typename: 'CouncilMembership', id: 'Q006MQ', building: { __typename: 'Building', id: BUILDING, code: 'GILBERT', name: 'GILBERT', canReadExpenseList } }],
          },
        },
      },
    },
  });
}

function expenseList(variables: Record<string, unknown>) {
  const year = YEARS.find((candidate) => candidate.id === variables.fiscalYearId) ?? YEARS[0];
  return {
    data: {
      node: {
        __typename: 'Building',
        id: BUILDING,
        expenseList: {
          __typename: 'ExpenseList',
          fiscalYears: YEARS,
          fiscalYear: year,
          total: year.code === '2026' ? '11841.47' : '12042.53',
          groups: [],
          expenses: { __typename: 'ExpenseConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } },
        },
      },
    },
  };
}

describe('ExpenseListPage', () => {
  it('opens the latest open fiscal year and switches to another from the chooser', async () => {
    const { calls, router } = renderRoute(<ExpenseListPage />, { path: '/copropriete/depenses', script: { ExpenseBuildings: buildings(true), ExpenseList: expenseList } });
    const status = (await screen.findByText("Total des dépenses de l'exercice 2026")).parentElement;
    expect(status?.getAttribute('role')).toBe('status');
    expect(plain(status?.textContent)).toContain('11 841,47 €');
    expect(calls.find((call) => call.operationName === 'ExpenseList')?.variables).toEqual({ buildingId: BUILDING, fiscalYearId: null });

    await userEvent.setup().selectOptions(screen.getByLabelText('Exercice comptable'), 'RlkyMDI1');
    await screen.findByText(/12 042,53/);
    expect(router.state.location.search).toBe('?exercice=RlkyMDI1');
    expect(calls.filter((call) => call.operationName === 'ExpenseList').at(-1)?.variables).toEqual({ buildingId: BUILDING, fiscalYearId: 'RlkyMDI1' });
  });

  it('is reserved to council members whose building opens the list', async () => {
    const { calls } = renderRoute(<ExpenseListPage />, { path: '/', script: { ExpenseBuildings: buildings(false) } });
    expect(await screen.findByText('Liste des dépenses non disponible')).toBeTruthy();
    expect(calls.map((call) => call.operationName)).toEqual(['ExpenseBuildings']);
  });

  it('says the agency has not enabled the list when the API gives MODULE_DISABLED', async () => {
    const refused = () => ({ data: null, errors: [apiError('FORBIDDEN', { action: 'expense.list', reason: 'MODULE_DISABLED' })] });
    renderRoute(<ExpenseListPage />, { path: '/', script: { ExpenseBuildings: buildings(true), ExpenseList: refused } });
    expect(await screen.findByText("La liste des dépenses n'est pas activée par votre agence.")).toBeTruthy();
  });
});
