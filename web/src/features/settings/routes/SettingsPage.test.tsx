import fs from 'node:fs';
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../app/i18n/messages';
import { apiError, renderRoute, type Script } from '../../../test/render';
import { SECTIONS } from '../components/SettingsForm';
import { SettingsPage } from './SettingsPage';

const entry = (key: string, section: string, isEnabled: boolean | null, choice: string | null = null, choices: string[] = []) => ({
  __typename: 'AgencySettingEntry',
  key,
  section,
  isEnabled,
  choice,
  choices,
});
const ENTRIES = [
  entry('agencyContactEnabled', 'AGENCY_CONTACT', true),
  entry('accountModuleEnabled', 'ACCOUNT', true),
  entry('balancePresentation', 'ACCOUNT', null, 'CREDIT_MINUS_DEBIT', ['CREDIT_MINUS_DEBIT', 'DEBIT_MINUS_CREDIT']),
  entry('disableAccessOnSale', 'ACCESS_AUTOMATION', true),
];
const settings = (entries = ENTRIES) => ({ data: { agencySettings: { __typename: 'AgencySettings', entries } } });

function renderPage(script: Script = {}) {
  return renderRoute(<SettingsPage />, { path: '/gestion/parametres', script: { SettingsPage: () => settings(), ...script } });
}

describe('SettingsPage', () => {
  it("groups the API's settings under the manual's sections, in the manual's order, in French", async () => {
    renderPage();
    const headings = (await screen.findAllByRole('heading', { level: 2 })).map((heading) => heading.textContent);
    expect(headings).toEqual(['Mon compte', 'Contact agence', 'Inactiver automatiquement les accès']);
    const account = screen.getByRole('region', { name: 'Mon compte' });
    expect(within(account).getByRole('switch', { name: /Activation du module «.Mon compte.»/ })).toBeTruthy();
    expect(within(account).getByLabelText<HTMLSelectElement>('Sens de présentation des soldes').value).toBe('CREDIT_MINUS_DEBIT');
  });

  it('sends only the settings changed, and shows them saved', async () => {
    const { calls } = renderPage({
      UpdateAgencySettings: () => ({ data: { updateAgencySettings: { __typename: 'AgencySettings', entries: ENTRIES } } }),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('switch', { name: /Activation du module «.Contact agence.»/ }));
    await user.selectOptions(screen.getByLabelText('Sens de présentation des soldes'), 'DEBIT_MINUS_CREDIT');
    await user.click(screen.getByRole('button', { name: 'Enregistrer les paramètres' }));
    expect(await screen.findByText(/Paramètres enregistrés/)).toBeTruthy();
    expect(calls.find((call) => call.operationName === 'UpdateAgencySettings')?.variables).toEqual({
      input: { agencyContactEnabled: false, balancePresentation: 'DEBIT_MINUS_CREDIT' },
    });
  });

  it("says so when nothing changed, and shows the API's refusal otherwise", async () => {
    const { calls } = renderPage({ UpdateAgencySettings: () => ({ errors: [apiError('BAD_USER_INPUT', { field: 'accountModuleEnabled', reason: 'INVALID_VALUE' })] }) });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Enregistrer les paramètres' }));
    expect(await screen.findByText('Aucun changement à enregistrer.')).toBeTruthy();
    expect(calls.map((call) => call.operationName)).toEqual(['SettingsPage']);
    await user.click(screen.getByRole('switch', { name: /Activation du module «.Mon compte.»/ }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer les paramètres' }));
    expect(await screen.findByText(/Cette valeur n.est pas valide/)).toBeTruthy();
  });
});

describe('the settings messages', () => {
  it('name and explain every field of AgencySettings in French and English, every choice and every section', () => {
    const schema = buildSchema(fs.readFileSync(path.resolve(import.meta.dirname, '../../../../../schema/schema.graphql'), 'utf8'));
    const type = schema.getType('AgencySettings') as GraphQLObjectType;
    const keys = Object.keys(type.getFields()).filter((key) => key !== 'entries');
    expect(keys.length).toBeGreaterThan(10);
    const ids = [
      ...keys.flatMap((key) => [`settings.setting.${key}.label`, `settings.setting.${key}.help`]),
      ...SECTIONS.flatMap((section) => [`settings.section.${section}.title`, `settings.section.${section}.intro`]),
      'settings.choice.balancePresentation.CREDIT_MINUS_DEBIT',
      'settings.choice.balancePresentation.DEBIT_MINUS_CREDIT',
    ];
    for (const locale of ['fr', 'en'] as const) expect(ids.filter((id) => !MESSAGES[locale][id])).toEqual([]);
  });
});
