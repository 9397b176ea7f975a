import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, renderRoute, type Script } from '../../../test/render';
import { AgencyProfilePage } from './AgencyProfilePage';

const PROFILE = {
  __typename: 'AgencyProfile',
  name: 'Palier Immobilier Nancy',
  legalName: null,
  legalForm: null,
  siret: null,
  apeCode: null,
  representativeName: null,
  professionalCardNumber: null,
  professionalCardIssuer: null,
  financialGuarantee: null,
  address: '10, place Stanislas, 54000 NANCY',
  phone: '03 83 00 10 10',
  email: 'contact.nancy@example.org',
};

function renderPage(script: Script = {}) {
  return renderRoute(<AgencyProfilePage />, {
    path: '/gestion/profil-agence',
    script: { AgencyProfilePage: () => ({ data: { agencyProfile: PROFILE } }), ...script },
  });
}

describe('AgencyProfilePage', () => {
  it('fills the form from the profile, every field with its label', async () => {
    renderPage();
    expect((await screen.findByLabelText<HTMLInputElement>('Nom commercial')).value).toBe('Palier Immobilier Nancy');
    expect(screen.getByLabelText<HTMLInputElement>('Adresse').value).toBe('10, place Stanislas, 54000 NANCY');
    expect(screen.getByLabelText<HTMLInputElement>('SIRET').value).toBe('');
    for (const label of [
      'Dénomination sociale',
      'Forme juridique et capital',
      'Numéro de carte professionnelle',
      'Carte délivrée par',
      'Garantie financière',
      'Téléphone',
      'E-mail',
    ]) {
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
  });

  it('refuses an empty name and a short SIRET on their fields, focusing the first, before asking the server', async () => {
    const { calls } = renderPage();
    const user = userEvent.setup();
    await user.clear(await screen.findByLabelText('Nom commercial'));
    await user.type(screen.getByLabelText('SIRET'), '1234');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le profil' }));
    const name = screen.getByLabelText('Nom commercial');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText("Indiquez le nom de l'agence.")).toBeTruthy();
    expect(screen.getByLabelText('SIRET').getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect(calls.map((call) => call.operationName)).toEqual(['AgencyProfilePage']);
  });

  it("shows the API's refusal on the field it names (extensions.field) and focuses it", async () => {
    renderPage({ UpdateAgencyProfile: () => ({ errors: [apiError('BAD_USER_INPUT', { field: 'siret', reason: 'INVALID_SIRET' })] }) });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('SIRET'), '912 345 678 00012');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le profil' }));
    expect(await screen.findByText('Le SIRET doit comporter 14 chiffres valides (clé de contrôle).')).toBeTruthy();
    const siret = screen.getByLabelText('SIRET');
    expect(siret.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(siret));
  });

  it('sends every field and says the profile is saved', async () => {
    const { calls } = renderPage({
      UpdateAgencyProfile: (variables) => ({ data: { updateAgencyProfile: { ...PROFILE, ...(variables.input as object), __typename: 'AgencyProfile' } } }),
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Dénomination sociale'), 'Palier Nancy SAS');
    await user.type(screen.getByLabelText('SIRET'), '912 345 678 00011');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le profil' }));
    expect(await screen.findByText(/Profil enregistré/)).toBeTruthy();
    expect(calls.at(-1)?.variables).toEqual({
      input: {
        name: 'Palier Immobilier Nancy',
        legalName: 'Palier Nancy SAS',
        legalForm: '',
        siret: '912 345 678 00011',
        apeCode: '',
        representativeName: '',
        professionalCardNumber: '',
        professionalCardIssuer: '',
        financialGuarantee: '',
        address: '10, place Stanislas, 54000 NANCY',
        phone: '03 83 00 10 10',
        email: 'contact.nancy@example.org',
      },
    });
  });
});
