import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiError, renderRoute, type Script } from '../../../test/render';
import { ChangePasswordForm } from './ChangePasswordForm';

function renderForm(script: Script, knownCurrentPassword: string | null = 'Temp-Palier-1') {
  const onChanged = vi.fn();
  const rendered = renderRoute(<ChangePasswordForm knownCurrentPassword={knownCurrentPassword} isCurrentTemporary submitLabel="Valider" onChanged={onChanged} />, {
    path: '/changer-mot-de-passe',
    script,
  });
  return { ...rendered, onChanged };
}

const ruleState = (text: string) => screen.getByText(text).closest('li')?.getAttribute('data-met');

describe('ChangePasswordForm', () => {
  it('ticks the policy rules as the password is typed', async () => {
    renderForm({});
    const user = userEvent.setup();
    const field = screen.getByLabelText('Nouveau mot de passe');
    expect(ruleState("Être constitué d'au moins huit caractères")).toBe('false');

    await user.type(field, 'abcdefgh');
    expect(ruleState("Être constitué d'au moins huit caractères")).toBe('true');
    expect(ruleState('Contenir au moins un caractère en minuscule')).toBe('true');
    expect(ruleState('Contenir au moins un chiffre')).toBe('false');

    await user.type(field, 'A1!');
    expect(ruleState('Contenir au moins un chiffre')).toBe('true');
    expect(ruleState('Contenir au moins un caractère en majuscule')).toBe('true');
    expect(ruleState('Contenir au moins un caractère spécial')).toBe('true');
  });

  it('refuses a password that breaks a rule, on the field, before asking the server', async () => {
    const { calls } = renderForm({});
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Nouveau mot de passe'), 'abcdefgh');
    await user.type(screen.getByLabelText('Confirmation'), 'abcdefgh');
    await user.click(screen.getByRole('button', { name: 'Valider' }));
    const field = screen.getByLabelText('Nouveau mot de passe');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Le mot de passe doit contenir au moins un chiffre.')).toBeTruthy();
    expect(document.activeElement).toBe(field);
    expect(calls).toEqual([]);
  });

  it('sends the remembered temporary password and reports success', async () => {
    const { calls, onChanged } = renderForm({
      ChangePassword: () => ({ data: { changePassword: { __typename: 'Viewer', identifier: 'NOUVEAUCLIENT', displayName: 'NOUVEAU Client', mustChangePassword: false } } }),
    });
    const user = userEvent.setup();
    expect(screen.queryByLabelText('Mot de passe temporaire')).toBeNull();
    await user.type(screen.getByLabelText('Nouveau mot de passe'), 'Nouveau-Palier-7');
    await user.type(screen.getByLabelText('Confirmation'), 'Nouveau-Palier-7');
    await user.click(screen.getByRole('button', { name: 'Valider' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(calls[0].variables).toEqual({ input: { currentPassword: 'Temp-Palier-1', newPassword: 'Nouveau-Palier-7' } });
  });

  it('maps the server reasons to their fields', async () => {
    renderForm({ ChangePassword: () => ({ data: null, errors: [apiError('BAD_USER_INPUT', { field: 'newPassword', reason: 'PASSWORD_UNCHANGED' })] }) });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Nouveau mot de passe'), 'Temp-Palier-1');
    await user.type(screen.getByLabelText('Confirmation'), 'Temp-Palier-1');
    await user.click(screen.getByRole('button', { name: 'Valider' }));
    expect(await screen.findByText("Choisissez un mot de passe différent de l'actuel.")).toBeTruthy();
    expect(screen.getByLabelText('Nouveau mot de passe').getAttribute('aria-invalid')).toBe('true');
  });

  it('asks for the temporary password when the remembered one is refused', async () => {
    renderForm({ ChangePassword: () => ({ data: null, errors: [apiError('BAD_USER_INPUT', { field: 'currentPassword', reason: 'WRONG_CURRENT_PASSWORD' })] }) });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Nouveau mot de passe'), 'Nouveau-Palier-7');
    await user.type(screen.getByLabelText('Confirmation'), 'Nouveau-Palier-7');
    await user.click(screen.getByRole('button', { name: 'Valider' }));
    const current = await screen.findByLabelText('Mot de passe temporaire');
    expect(current.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Le mot de passe actuel est incorrect.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(current));
  });
});
