import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../../gql';
import { renderRoute } from '../../../test/render';
import { PersonAccounts, PersonAccounts_person } from './PersonAccounts';
import { frenchTypography } from '../../../app/i18n/format';

const account = (id: string, number: string, isPublished: boolean) => ({
  __typename: 'Account' as const,
  id,
  number,
  label: 'BROUILLY Alfred',
  kind: 'COOWNER' as const,
  isPublished,
  balance: '-983.10',
});

const person = makeFragmentData(
  {
    __typename: 'Person',
    id: 'UGVyc29uOjc',
    displayName: 'BROUILLY Alfred',
    accounts: { __typename: 'AccountConnection', nodes: [account('QWNjOjE', '450BROU-01', true), account('QWNjOjI', '450BROU-02', false)] },
  },
  PersonAccounts_person,
);

const answer = (variables: Record<string, unknown>) => ({
  data: {
    setAccountsPublished: (variables.accountIds as string[]).map((id) => ({ __typename: 'Account', id, isPublished: variables.isPublished })),
  },
});

describe('PersonAccounts', () => {
  it('lists the accounts with their kind, balance and publication, and links the statement', async () => {
    renderRoute(<PersonAccounts person={person} />, { path: '/' });
    const first = await screen.findByRole('listitem', { name: '450BROU-01' });
    expect(first.textContent).toContain('Copropriétaire');
    expect(first.textContent?.replace(/[\u00a0\u202f]/g, ' ')).toContain('-983,10 €');
    expect(within(first).getByText('Publié')).toBeTruthy();
    expect(within(screen.getByRole('listitem', { name: '450BROU-02' })).getByText('Non publié')).toBeTruthy();
    expect(within(first).getByRole('link', { name: 'Situation du compte 450BROU-01' }).getAttribute('href')).toBe('/gestion/portefeuille/UGVyc29uOjc/comptes/QWNjOjE');
  });

  it('unpublishes one account after confirmation', async () => {
    const { calls } = renderRoute(<PersonAccounts person={person} />, { path: '/', script: { SetAccountsPublished: answer } });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Dépublier le compte 450BROU-01' }));
    const dialog = await screen.findByRole('dialog', { name: frenchTypography('Dépublier le compte 450BROU-01 ?') });
    expect(calls).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Dépublier' }));
    await screen.findByText('Compte 450BROU-01 dépublié : le client ne le voit plus.');
    expect(calls.map((call) => call.variables)).toEqual([{ accountIds: ['QWNjOjE'], isPublished: false }]);
  });

  it('publishes a selection at once ("activation par salve")', async () => {
    const { calls } = renderRoute(<PersonAccounts person={person} />, { path: '/', script: { SetAccountsPublished: answer } });
    const user = userEvent.setup();
    const publish = await screen.findByRole('button', { name: 'Publier la sélection' });
    expect((publish as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: 'Tout sélectionner' }));
    expect(screen.getByText('2 comptes sélectionnés')).toBeTruthy();
    await user.click(publish);
    await screen.findByText('2 comptes publiés : 450BROU-01, 450BROU-02.');
    expect(calls.map((call) => call.variables)).toEqual([{ accountIds: ['QWNjOjE', 'QWNjOjI'], isPublished: true }]);
    await waitFor(() => expect(screen.getByText('Aucun compte sélectionné')).toBeTruthy());
  });
});
