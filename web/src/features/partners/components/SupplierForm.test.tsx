import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiError, renderRoute, type Script } from '../../../test/render';
import { SupplierForm } from './SupplierForm';

const CREATED = {
  createSupplier: {
    __typename: 'Supplier',
    id: 'U3VwcGxpZXI6MQ',
    name: 'Plomberie Stanislas',
    trade: 'Plomberie',
    email: null,
    phone: null,
    addressLine: '',
    website: 'https://plomberie.example.org',
    isPartner: true,
  },
};

function renderForm(script: Script = {}, onDone = vi.fn()) {
  const rendered = renderRoute(<SupplierForm editing={null} onDone={onDone} />, {
    path: '/gestion/fournisseurs',
    script: { CreateSupplierFromPage: () => ({ data: CREATED }), ...script },
  });
  return { ...rendered, onDone };
}

describe('SupplierForm', () => {
  it('refuses an empty name and a website that is not http(s) before asking the server, focusing the name', async () => {
    const { calls } = renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Site internet (https://…)'), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Ajouter' }));
    const name = screen.getByLabelText('Raison sociale');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText("L'adresse du site commence par https:// ou http://.")).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect(calls).toEqual([]);
  });

  it('sends the details with the partner choice', async () => {
    const { calls, onDone } = renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Raison sociale'), 'Plomberie Stanislas');
    await user.type(screen.getByLabelText('Métier (ex. Plomberie)'), 'Plomberie');
    await user.type(screen.getByLabelText('Site internet (https://…)'), 'https://plomberie.example.org');
    await user.click(screen.getByLabelText('Partenaire : visible des clients dans « Nos partenaires »'));
    await user.click(screen.getByRole('button', { name: 'Ajouter' }));
    expect(await screen.findByText('Fournisseur enregistré.')).toBeTruthy();
    expect(calls.at(-1)?.variables).toEqual({
      input: { name: 'Plomberie Stanislas', trade: 'Plomberie', phone: '', email: '', addressLine: '', website: 'https://plomberie.example.org', isPartner: true },
    });
    expect(onDone).toHaveBeenCalled();
  });

  it("shows the API's refusal on the field it names", async () => {
    renderForm({ CreateSupplierFromPage: () => ({ errors: [apiError('BAD_USER_INPUT', { field: 'email', reason: 'INVALID_EMAIL' })] }) });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Raison sociale'), 'Plomberie Stanislas');
    await user.type(screen.getByLabelText('E-mail'), 'pas-un-mail@');
    await user.click(screen.getByRole('button', { name: 'Ajouter' }));
    await waitFor(() => expect(screen.getByLabelText('E-mail').getAttribute('aria-invalid')).toBe('true'));
  });
});
