import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute, type Script } from '../../../test/render';
import { AccountPage } from './AccountPage';

const account = (id: string, number: string, kind: string) => ({ __typename: 'Account', id, number, label: 'YALOXE CORTON Denise', kind });

function accountsScript(accounts: ReturnType<typeof account>[]): Script {
  return {
    ClientAccounts: () => ({
      data: {
        viewer: {
          __typename: 'Viewer',
          identifier: 'ALOXECORTONDENISE',
          person: { __typename: 'Person', id: 'UGVyc29uOjE', accounts: { __typename: 'AccountConnection', nodes: accounts } },
        },
      },
    }),
    AccountStatement: () => ({ data: { node: null } }),
  };
}

describe('AccountPage', () => {
  it('shows only the accounts of the space, without a chooser for a single one', async () => {
    const { calls } = renderRoute(<AccountPage space="GERANCE" />, {
      path: '/gerance/compte',
      initialPath: '/gerance/compte?du=2020-01-01&au=2020-12-31',
      script: accountsScript([account('QWNjb3VudDo0NTA', '450ALOXECO', 'COOWNER'), account('QWNjb3VudDo0MTE', '411ALOXECO', 'OWNER')]),
    });
    await screen.findByRole('heading', { level: 1, name: 'Mon compte' });
    expect(screen.queryByLabelText('Compte')).toBeNull();
    await screen.findByText('Compte inaccessible');
    expect(calls.find((call) => call.operationName === 'AccountStatement')?.variables).toEqual({ accountId: 'QWNjb3VudDo0MTE', from: '2020-01-01', to: '2020-12-31' });
  });

  it('offers a chooser when the space holds several accounts, and keeps the choice in the address', async () => {
    const { calls, router } = renderRoute(<AccountPage space="SYNDIC" />, {
      path: '/copropriete/compte',
      script: accountsScript([account('QWNjb3VudDox', '450BROU-01', 'COOWNER'), account('QWNjb3VudDoy', '450BROU-02', 'COOWNER')]),
    });
    const chooser = await screen.findByLabelText('Compte');
    expect(
      within(chooser)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['450BROU-01 – YALOXE CORTON Denise', '450BROU-02 – YALOXE CORTON Denise']);
    await userEvent.setup().selectOptions(chooser, 'QWNjb3VudDoy');
    expect(router.state.location.search).toContain('compte=QWNjb3VudDoy');
    expect(calls.filter((call) => call.operationName === 'AccountStatement').at(-1)?.variables.accountId).toBe('QWNjb3VudDoy');
    // Unpublished in the meantime: the API answers null for the account.
    expect(await screen.findByText('Compte inaccessible')).toBeTruthy();
  });

  it('says when no account is published in the space', async () => {
    renderRoute(<AccountPage space="SYNDIC" />, { path: '/', script: accountsScript([account('QWNjb3VudDo0MTE', '411ALOXECO', 'OWNER')]) });
    expect(await screen.findByText('Aucun compte à consulter')).toBeTruthy();
  });
});
