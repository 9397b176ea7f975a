import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../../gql';
import { renderRoute } from '../../../test/render';
import { ExtranetAccessPanel, ExtranetAccessPanel_person } from './ExtranetAccessPanel';
import { frenchTypography } from '../../../app/i18n/format';

const access = (mustChangePassword: boolean) => ({ __typename: 'ExtranetAccess' as const, identifier: 'CLIQUOTMATHILDE', isEnabled: true, mustChangePassword });
const person = makeFragmentData(
  { __typename: 'Person', id: 'UGVyc29uOjE', displayName: 'CLIQUOT Mathilde', emails: ['mathilde@example.org'], extranetAccess: access(false) },
  ExtranetAccessPanel_person,
);

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
              emailedTo: null,
              letterPdfBase64: 'JVBERi0=',
              person: { __typename: 'Person', id: 'UGVyc29uOjE', extranetAccess: access(true) },
            },
          },
        }),
      },
    });
    const user = userEvent.setup();
    expect(screen.getByText('Connexion autorisée')).toBeTruthy();
    expect(screen.getByText('CLIQUOTMATHILDE')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Régénérer le mot de passe' }));
    const confirm = await screen.findByRole('dialog', { name: frenchTypography('Régénérer le mot de passe ?') });
    expect(calls).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Régénérer' }));

    const grant = await screen.findByRole('dialog', { name: 'Mot de passe temporaire' });
    expect(within(grant).getByLabelText<HTMLInputElement>('Identifiant').value).toBe('CLIQUOTMATHILDE');
    expect(within(grant).getByLabelText<HTMLInputElement>('Mot de passe temporaire').value).toBe('yg+sSq8f');
    expect(calls.map((call) => call.variables)).toEqual([{ personId: 'UGVyc29uOjE', delivery: { sendByEmail: false } }]);
    expect(within(grant).getByRole('button', { name: 'Télécharger le courrier à imprimer (PDF)' })).toBeTruthy();

    await user.click(within(grant).getByRole('button', { name: 'Valider' }));
    await waitFor(() => expect(screen.queryByDisplayValue('yg+sSq8f')).toBeNull());
    expect(screen.getByText(/Un nouveau mot de passe temporaire a été généré/)).toBeTruthy();
  });

  it('e-mails the new password when the manager ticks the box, and says where it went', async () => {
    const { calls } = renderRoute(<ExtranetAccessPanel person={person} />, {
      path: '/',
      script: {
        IssueTemporaryPassword: () => ({
          data: {
            issueTemporaryPassword: {
              __typename: 'AccessGrant',
              identifier: 'CLIQUOTMATHILDE',
              temporaryPassword: 'yg+sSq8f',
              emailedTo: 'mathilde@example.org',
              letterPdfBase64: 'JVBERi0=',
              person: { __typename: 'Person', id: 'UGVyc29uOjE', extranetAccess: access(true) },
            },
          },
        }),
      },
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Régénérer le mot de passe' }));
    const confirm = await screen.findByRole('dialog', { name: frenchTypography('Régénérer le mot de passe ?') });
    await user.click(within(confirm).getByLabelText('Envoyer aussi le mot de passe par e-mail à mathilde@example.org'));
    await user.click(within(confirm).getByRole('button', { name: 'Régénérer' }));
    const grant = await screen.findByRole('dialog', { name: 'Mot de passe temporaire' });
    expect(within(grant).getByText('Identifiant et mot de passe envoyés par e-mail à mathilde@example.org.')).toBeTruthy();
    expect(calls.map((call) => call.variables)).toEqual([{ personId: 'UGVyc29uOjE', delivery: { sendByEmail: true } }]);
  });

  it('offers to switch access on for a client without one', async () => {
    const withoutAccess = makeFragmentData({ __typename: 'Person', id: 'UGVyc29uOjI', displayName: 'CLATOUR', emails: [], extranetAccess: null }, ExtranetAccessPanel_person);
    renderRoute(<ExtranetAccessPanel person={withoutAccess} />, { path: '/' });
    expect(screen.getByText('Aucun accès')).toBeTruthy();
    expect(screen.getByRole('button', { name: "Activer l'accès extranet" })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Régénérer le mot de passe' })).toBeNull();
  });
});
