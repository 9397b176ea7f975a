import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, renderRoute, type Script } from '../../../test/render';
import { ResetPasswordPage } from './ResetPasswordPage';

const VALID: Script = { ResetLinkStatus: () => ({ data: { passwordResetLinkStatus: 'VALID' } }) };

function renderReset(script: Script, search = '?token=abc123') {
  return renderRoute(<ResetPasswordPage />, { path: '/reinitialiser-mot-de-passe', initialPath: `/reinitialiser-mot-de-passe${search}`, script });
}

async function choose(password: string) {
  const user = userEvent.setup();
  await screen.findByLabelText('Nouveau mot de passe');
  await user.type(screen.getByLabelText('Nouveau mot de passe'), password);
  await user.type(screen.getByLabelText('Confirmation'), password);
  await user.click(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));
}

describe('ResetPasswordPage', () => {
  it('sends the token of the e-mailed link with the new password, then asks to sign in', async () => {
    const { calls } = renderReset({ ...VALID, ResetPassword: () => ({ data: { resetPassword: true } }) });
    await choose('Nouveau-Palier-7');
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/connexion'));
    expect(calls.find((call) => call.operationName === 'ResetPassword')?.variables).toEqual({ input: { token: 'abc123', newPassword: 'Nouveau-Palier-7' } });
  });

  it('explains a used or expired link and offers a new one', async () => {
    renderReset({ ...VALID, ResetPassword: () => ({ data: null, errors: [apiError('BAD_USER_INPUT', { field: 'token', reason: 'INVALID_RESET_TOKEN' })] }) });
    await choose('Nouveau-Palier-7');
    expect((await screen.findByRole('alert')).textContent).toContain("Ce lien de réinitialisation n'est plus valable");
    expect(screen.getByRole('link', { name: 'Demander un nouveau lien' }).getAttribute('href')).toBe('/mot-de-passe-oublie');
  });

  it('says when the page opens that a link already served, before anything is typed', async () => {
    const { calls } = renderReset({ ResetLinkStatus: () => ({ data: { passwordResetLinkStatus: 'USED' } }) });
    expect((await screen.findByRole('alert')).textContent).toContain('Ce lien a déjà servi');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Lien de réinitialisation inutilisable');
    expect(screen.queryByLabelText('Nouveau mot de passe')).toBeNull();
    expect(calls.find((call) => call.operationName === 'ResetLinkStatus')?.variables).toEqual({ token: 'abc123' });
    expect(calls.some((call) => call.operationName === 'ResetPassword')).toBe(false);
  });

  it('says when the page opens that a link expired', async () => {
    renderReset({ ResetLinkStatus: () => ({ data: { passwordResetLinkStatus: 'EXPIRED' } }) });
    expect((await screen.findByRole('alert')).textContent).toContain('Ce lien a expiré');
    expect(screen.getByRole('link', { name: 'Demander un nouveau lien' }).getAttribute('href')).toBe('/mot-de-passe-oublie');
  });

  it('says at once that a link without a token cannot work', () => {
    renderReset({}, '');
    expect(screen.getByRole('alert').textContent).toContain("Ce lien de réinitialisation n'est plus valable");
    expect(screen.queryByLabelText('Nouveau mot de passe')).toBeNull();
  });
});
