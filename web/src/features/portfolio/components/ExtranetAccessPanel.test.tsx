import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../../gql';
import { renderRoute } from '../../../test/render';
import { ExtranetAccessPanel, ExtranetAccessPanel_person } from './ExtranetAccessPanel';

const access = (mustChangePassword: boolean) => ({ __typename: 'ExtranetAccess' as const, identifier: 'CLIQUOTMATHILDE', isEnabled: true, mustChangePassword });
const person = makeFragmentData({ __typename: 'Person', id: 'UGVyc29uOjE', displayName: 'CLIQUOT Mathilde', extranetAccess: access(false) }, ExtranetAccessPanel_person);

describe('ExtranetAccessPanel', () => {
  it('re-generates a password after confirmation and shows it only until "Valider"', async () => {
    const { calls } = renderRoute(<ExtranetAccessPanel person={person} />, {
      path: '/',
      script: {
        IssueTemporaryPassword: () => ({
          data: {
            issueTemporaryPassword: {
              __typename: 'AccessGrant',
              identifier: 'CLIQUOTMATHILDE',
              temporaryPassword: 'yg+sSq8f',
              person: { __typename: 'Person', id: 'UGVyc29uOjE', extranetAccess: access(true) },
            },
          },
        }),
      },
    });
    const user = userEvent.setup();
    expect(screen.getByText('Connexion autorisée')).toBeTruthy();
    expect(screen.getByText('CLIQUOTMATHILDE')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Re-générer le mot de passe' }));
    const confirm = await screen.findByRole('dialog', { name: 'Re-générer le mot de passe ?' });
    expect(calls).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Re-générer' }));

    const grant = await screen.findByRole('dialog', { name: 'Mot de passe temporaire' });
    expect(within(grant).getByLabelText<HTMLInputElement>('Identifiant').value).toBe('CLIQUOTMATHILDE');
    expect(within(grant).getByLabelText<HTMLInputElement>('Mot de passe temporaire').value).toBe('yg+sSq8f');
    expect(calls.map((call) => call.variables)).toEqual([{ personId: 'UGVyc29uOjE' }]);

    await user.click(within(grant).getByRole('button', { name: 'Valider' }));
    await waitFor(() => expect(screen.queryByDisplayValue('yg+sSq8f')).toBeNull());
    expect(screen.getByText(/Un nouveau mot de passe temporaire a été généré/)).toBeTruthy();
  });

  it('offers to switch access on for a client without one', async () => {
    const withoutAccess = makeFragmentData({ __typename: 'Person', id: 'UGVyc29uOjI', displayName: 'CLATOUR', extranetAccess: null }, ExtranetAccessPanel_person);
    renderRoute(<ExtranetAccessPanel person={withoutAccess} />, { path: '/' });
    expect(screen.getByText('Aucun accès')).toBeTruthy();
    expect(screen.getByRole('button', { name: "Activer l'accès extranet" })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Re-générer le mot de passe' })).toBeNull();
  });
});
