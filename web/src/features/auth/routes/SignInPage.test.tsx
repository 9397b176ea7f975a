import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, renderRoute, type Script } from '../../../test/render';
import { SignInPage } from './SignInPage';

const signedOut: Script = { SessionViewer: () => ({ data: { viewer: null } }) };

function renderSignIn(login: Script['Login']) {
  return renderRoute(<SignInPage />, { path: '/connexion', script: { ...signedOut, Login: login } });
}

async function signIn(identifier: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Identifiant'), identifier);
  await user.type(screen.getByLabelText('Mot de passe'), password);
  await user.click(screen.getByRole('button', { name: 'Valider' }));
}

describe('SignInPage', () => {
  it('shows the manual fields and links', async () => {
    renderSignIn(() => ({ data: null }));
    expect(await screen.findByRole('heading', { name: 'Connexion' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Mot de passe oublié' }).getAttribute('href')).toBe('/mot-de-passe-oublie');
    expect(screen.getByRole('link', { name: 'Mentions légales' }).getAttribute('href')).toBe('/mentions-legales');
  });

  it('asks for the identifier first when nothing is typed', async () => {
    const { calls } = renderSignIn(() => ({ data: null }));
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Valider' }));
    const identifier = screen.getByLabelText('Identifiant');
    expect(identifier.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(identifier);
    expect(screen.getByText('Saisissez votre identifiant.')).toBeTruthy();
    expect(calls.some((call) => call.operationName === 'Login')).toBe(false);
  });

  it('maps a wrong password to the password field, in French', async () => {
    renderSignIn(() => ({ data: null, errors: [apiError('BAD_USER_INPUT', { field: 'password', reason: 'INVALID_CREDENTIALS' })] }));
    await signIn('BPETRUSPIERRE', 'wrong');
    const message = await screen.findByText('Identifiant ou mot de passe incorrect.');
    const password = screen.getByLabelText('Mot de passe');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(password.getAttribute('aria-describedby')).toContain(message.closest('p')?.id);
    expect(document.activeElement).toBe(password);
  });

  it('explains a lockout with the time to wait', async () => {
    renderSignIn(() => ({ data: null, errors: [apiError('TOO_MANY_ATTEMPTS', { retryAfterSeconds: 900 })] }));
    await signIn('BPETRUSPIERRE', 'wrong');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Connexion temporairement bloquée');
    expect(alert.textContent).toContain('réessayez dans 15 minutes');
  });

  it('reports a disabled access on the identifier', async () => {
    renderSignIn(() => ({ data: null, errors: [apiError('BAD_USER_INPUT', { field: 'identifier', reason: 'ACCESS_DISABLED' })] }));
    await signIn('ANCIENCLIENT', 'Demo-Palier-1');
    expect(await screen.findByText(/Votre accès à l'extranet est désactivé/)).toBeTruthy();
    expect(screen.getByLabelText('Identifiant').getAttribute('aria-invalid')).toBe('true');
  });

  it('sends a temporary password to the forced change', async () => {
    renderSignIn(() => ({
      data: { login: { __typename: 'LoginPayload', viewer: { __typename: 'Viewer', identifier: 'NOUVEAUCLIENT', displayName: 'NOUVEAU Client', mustChangePassword: true } } },
    }));
    await signIn('NOUVEAUCLIENT', 'Temp-Palier-1');
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/changer-mot-de-passe'));
  });
});
