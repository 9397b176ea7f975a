import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { frenchTypography } from '../../../app/i18n/format';
import { apiError, renderRoute, type Script } from '../../../test/render';
import { RegularisationPage } from './RegularisationPage';

const plain = (value: string | null) => (value ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** Elsa's 2020 record as the API answers it (the demo's figures), with what a test changes. */
function record(figures: Partial<Record<'provisions' | 'regularisation' | 'status', string>> & { days?: number } = {}) {
  const provisions = figures.provisions ?? '0.00';
  return {
    __typename: 'TenantRegularisation',
    id: 'VGVuYW50UmVndWxhcmlzYXRpb246MQ',
    status: figures.status ?? 'PENDING',
    days: figures.days ?? 366,
    isDeparted: false,
    isSkipped: false,
    isCreditor: false,
    share: '1.00',
    extraCharges: [],
    lineShares: [],
    water: [],
    lines: [{ __typename: 'RegularisationLine', label: 'Charges établies par le syndic', days: 366, periodDays: 366, share: '1.00', totalAmount: '1500.00', amountDue: '1500.00' }],
    chargesTotal: '1500.00',
    waterTotal: '0.00',
    total: '1500.00',
    provisions,
    retained: '0.00',
    regularisation: figures.regularisation ?? '1500.00',
    instalments: 1,
    instalmentsRequested: 1,
    currentMonthlyProvision: '130.00',
    newMonthlyProvision: '125.00',
    isNewMonthlyProvisionEntered: false,
    billedAmount: null,
    statementPdfUrl: '/files/regularisations/VGVuYW50UmVndWxhcmlzYXRpb246MQ/statement.pdf',
    isStatementPublished: false,
    tenant: { __typename: 'Person', id: 'UGVyc29uOjE', displayName: 'LOCATAIRE Elsa' },
  };
}

const regularisation = (records = [record()], period = { periodStart: '2020-01-01', periodEnd: '2020-12-31', periodDays: 366 }) => ({
  data: {
    node: {
      __typename: 'ChargeRegularisation',
      id: 'Q2hhcmdlUmVndWxhcmlzYXRpb246MQ',
      ...period,
      status: 'PENDING',
      fiscalCode: '30',
      departedThreshold: '10.00',
      provisionRatePercent: '100',
      charges: [{ __typename: 'RegularisationCharge', label: 'Charges établies par le syndic', amount: '1500.00' }],
      lot: { __typename: 'Lot', id: 'TG90OjI', code: 'LAFAYETTE/002', building: { __typename: 'Building', id: 'QnVpbGRpbmc6Mg', name: 'Résidence Lafayette' } },
      records,
    },
  },
});

function open(script: Script) {
  const rendered = renderRoute(<RegularisationPage />, {
    path: '/gestion/regularisations/:regularisationId',
    initialPath: '/gestion/regularisations/Q2hhcmdlUmVndWxhcmlzYXRpb246MQ',
    script: { Regularisation: () => regularisation(), ...script },
  });
  return { ...rendered, user: userEvent.setup() };
}

describe('RegularisationPage', () => {
  it("sends the figures as they are typed and shows the server's totals, not a computation of its own", async () => {
    const { user, calls } = open({
      // The server's answer: a figure the browser could not have made up (proves it is the one shown).
      UpdateTenantRegularisation: () => ({ data: { updateTenantRegularisation: record({ provisions: '1200.00', regularisation: '299.99' }) } }),
    });
    const card = await screen.findByRole('article', { name: 'Régularisation LOCATAIRE Elsa' });
    const figures = within(card).getByRole('table', { name: 'Décompte' });
    expect(plain(within(figures).getByRole('row', { name: /^Régularisation/ }).textContent)).toContain('1 500,00');

    const provisions = within(card).getByLabelText('Provisions sur charges appelées (€)');
    await user.clear(provisions);
    await user.type(provisions, '1 200,00');
    await waitFor(() => expect(plain(within(figures).getByRole('row', { name: /^Régularisation/ }).textContent)).toContain('299,99'));
    const updates = calls.filter((call) => call.operationName === 'UpdateTenantRegularisation');
    // Typed in one go: one save after the last keystroke, with the whole figures as decimal strings.
    expect(updates.at(-1)?.variables.input).toMatchObject({ recordId: 'VGVuYW50UmVndWxhcmlzYXRpb246MQ', provisions: '1200.00', instalments: 1, newMonthlyProvision: null });
    expect(within(card).getByRole('status').textContent).toBe('Montants à jour.');
  });

  it('holds back a half-typed amount and does not offer to validate until it is a number', async () => {
    const { user, calls } = open({});
    const card = await screen.findByRole('article', { name: 'Régularisation LOCATAIRE Elsa' });
    const retained = within(card).getByLabelText('Réintroduction retenue avant décompte (€)');
    await user.clear(retained);
    await user.type(retained, '12,3456');
    expect(retained.getAttribute('aria-invalid')).toBe('true');
    expect(within(card).getByRole<HTMLButtonElement>('button', { name: 'Valider la régularisation de LOCATAIRE Elsa' }).disabled).toBe(true);
    expect(calls.some((call) => call.operationName === 'UpdateTenantRegularisation')).toBe(false);
  });

  it('asks before billing, and bills only the validated records', async () => {
    let billed = false;
    const { user, calls } = open({
      Regularisation: () => regularisation([record({ status: billed ? 'BILLED' : 'VALIDATED' })]),
      BillTenantRegularisations: () => {
        billed = true;
        return { data: { billTenantRegularisations: [record({ status: 'BILLED' })] } };
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Quittancer 1 régularisation' }));
    const dialog = await screen.findByRole('dialog', { name: frenchTypography('Quittancer les régularisations validées ?') });
    expect(plain(dialog.textContent)).toContain('LOCATAIRE Elsa : 1 500,00 €');
    expect(calls.some((call) => call.operationName === 'BillTenantRegularisations')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Quittancer' }));
    await screen.findByText('La régularisation est quittancée et son décompte publié.');
    expect(calls.find((call) => call.operationName === 'BillTenantRegularisations')?.variables).toEqual({ recordIds: ['VGVuYW50UmVndWxhcmlzYXRpb246MQ'] });
  });

  it('changes the period: asks before removing tenants with typed figures, then shows the recomputed days', async () => {
    const second = { periodStart: '2020-07-01', periodEnd: '2020-12-31', periodDays: 184 };
    let changed = false;
    const { user, calls } = open({
      Regularisation: () => (changed ? regularisation([record({ days: 184 })], second) : regularisation()),
      UpdateRegularisationPeriod: (variables) => {
        const input = variables.input as { isRemovalConfirmed: boolean };
        if (!input.isRemovalConfirmed) return { data: null, errors: [apiError('CONFLICT', { reason: 'REGULARISATION_ENTERED_FIGURES' })] };
        changed = true;
        return { data: { updateChargeRegularisation: { __typename: 'ChargeRegularisation', id: 'Q2hhcmdlUmVndWxhcmlzYXRpb246MQ', ...second } } };
      },
    });
    const form = await screen.findByRole('form', { name: 'Changer la période' });
    const start = within(form).getByRole('textbox', { name: /^Du/ });
    await user.clear(start);
    await user.type(start, '01/07/2020');
    await user.click(within(form).getByRole('button', { name: 'Recalculer sur cette période' }));
    const dialog = await screen.findByRole('dialog', { name: frenchTypography('Retirer des locataires avec leurs montants ?') });
    await user.click(within(dialog).getByRole('button', { name: 'Changer la période' }));
    const card = await screen.findByRole('article', { name: 'Régularisation LOCATAIRE Elsa' });
    await waitFor(() => expect(within(card).getByText('Présent 184 jours sur 184')).toBeTruthy());
    expect(screen.getByText('184 jours')).toBeTruthy();
    expect(calls.filter((call) => call.operationName === 'UpdateRegularisationPeriod').map((call) => call.variables.input)).toEqual([
      { id: 'Q2hhcmdlUmVndWxhcmlzYXRpb246MQ', periodStart: '2020-07-01', periodEnd: '2020-12-31', isRemovalConfirmed: false },
      { id: 'Q2hhcmdlUmVndWxhcmlzYXRpb246MQ', periodStart: '2020-07-01', periodEnd: '2020-12-31', isRemovalConfirmed: true },
    ]);
  });

  it('refuses an inverted period before asking the API', async () => {
    const { user, calls } = open({});
    const form = await screen.findByRole('form', { name: 'Changer la période' });
    const end = within(form).getByRole('textbox', { name: /^Au/ });
    await user.clear(end);
    await user.type(end, '31/12/2019');
    await user.click(within(form).getByRole('button', { name: 'Recalculer sur cette période' }));
    await waitFor(() => expect(end.getAttribute('aria-invalid')).toBe('true'));
    expect(calls.some((call) => call.operationName === 'UpdateRegularisationPeriod')).toBe(false);
  });

  it("shows the API's refusal to delete a billed regularisation", async () => {
    const { user, calls } = open({ DeleteChargeRegularisation: () => ({ data: null, errors: [apiError('CONFLICT', { reason: 'REGULARISATION_BILLED' })] }) });
    await user.click(await screen.findByRole('button', { name: 'Supprimer' }));
    const dialog = await screen.findByRole('dialog', { name: frenchTypography('Supprimer cette régularisation ?') });
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer' }));
    expect(plain((await screen.findByRole('alert')).textContent)).toBe('Cette régularisation est quittancée : elle ne peut plus être modifiée ni supprimée.');
    expect(calls.filter((call) => call.operationName === 'DeleteChargeRegularisation')).toHaveLength(1);
  });
});
