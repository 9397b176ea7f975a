import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiError, renderRoute, type Script } from '../../../test/render';
import { EMPTY_PERSON, PersonForm, type PersonValues } from './PersonForm';

function renderForm(script: Script, initial: PersonValues = EMPTY_PERSON, isExisting = false) {
  const onSaved = vi.fn();
  const rendered = renderRoute(<PersonForm initial={initial} isExisting={isExisting} cancelTo="/gestion/portefeuille" onSaved={onSaved} />, {
    path: '/gestion/portefeuille/nouveau',
    script,
  });
  return { ...rendered, onSaved };
}

const existing: PersonValues = {
  externalId: 'DUPONTMARIE',
  civility: 'Madame',
  displayName: 'DUPONT Marie',
  emails: [{ id: 'a', value: 'marie@exemple.fr' }],
  phones: [],
  address: { line1: '1 rue Haute', line2: '', postalCode: '75001', city: 'Paris' },
};

describe('PersonForm', () => {
  it('suggests the Code tiers from the name until the manager types one', async () => {
    renderForm({});
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Nom affiché'), 'DUPONT Marie');
    const code = screen.getByLabelText<HTMLInputElement>('Code tiers');
    expect(code.value).toBe('DUPONTMARIE');
    await user.clear(code);
    await user.type(code, 'T123');
    await user.type(screen.getByLabelText('Nom affiché'), 'e');
    expect(code.value).toBe('T123');
  });

  it('refuses an empty name and a half address on their fields, focuses the first, and sends nothing', async () => {
    const { calls } = renderForm({});
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Ville'), 'Paris');
    await user.click(screen.getByRole('button', { name: 'Créer le tiers' }));
    const name = screen.getByLabelText('Nom affiché');
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Adresse').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Ville').getAttribute('aria-invalid')).toBeNull();
    expect(calls).toEqual([]);
  });

  it('refuses a Code tiers already used instead of overwriting that person', async () => {
    const { calls } = renderForm({ RecordsPersonByExternalId: () => ({ data: { personByExternalId: { __typename: 'Person', id: 'UGVyc29uOjE=', displayName: 'AUTRE' } } }) });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Nom affiché'), 'DUPONT Marie');
    await user.click(screen.getByRole('button', { name: 'Créer le tiers' }));
    await waitFor(() => expect(screen.getByLabelText('Code tiers').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText("Ce code tiers est déjà celui d'un autre tiers : choisissez-en un autre.")).toBeTruthy();
    expect(calls.map((call) => call.operationName)).toEqual(['RecordsPersonByExternalId']);
  });

  it('sends the full row when editing, and puts the API error on e-mail 2', async () => {
    const { calls, onSaved } = renderForm(
      { RecordsUpsertPerson: () => ({ errors: [apiError('BAD_USER_INPUT', { field: 'persons[0].emails[1]', reason: 'INVALID_VALUE' })] }) },
      existing,
      true,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Ajouter une adresse e-mail' }));
    await user.type(screen.getByLabelText('E-mail 2'), 'autre@exemple.fr');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const second = screen.getByLabelText('E-mail 2');
    await waitFor(() => expect(second.getAttribute('aria-invalid')).toBe('true'));
    await waitFor(() => expect(document.activeElement).toBe(second));
    expect(calls[0].variables).toEqual({
      persons: [
        {
          externalId: 'DUPONTMARIE',
          civility: 'Madame',
          displayName: 'DUPONT Marie',
          emails: ['marie@exemple.fr', 'autre@exemple.fr'],
          phones: [],
          postalAddress: { line1: '1 rue Haute', line2: null, postalCode: '75001', city: 'Paris' },
        },
      ],
    });
    expect(onSaved).not.toHaveBeenCalled();
  });
});
