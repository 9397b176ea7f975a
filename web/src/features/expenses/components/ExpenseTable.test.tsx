import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../../gql';
import { renderRoute } from '../../../test/render';
import { ExpenseTable, ExpenseTable_expense, ExpenseTable_list } from './ExpenseTable';

const plain = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const cells = (row: HTMLElement) => Array.from(row.children, (cell) => plain(cell.textContent)).join(' | ');

const key = (code: string, label: string) => ({ __typename: 'AllocationKey' as const, id: `QWxsb2M6${code}`, code, label });
const group = (allocationKey: ReturnType<typeof key>, accountNumber: string, accountLabel: string, count: number, amount: string) => ({
  __typename: 'ExpenseGroup' as const,
  allocationKey,
  accountNumber,
  accountLabel,
  count,
  amount,
  vat: '0.00',
  deductible: '0.00',
  recoverable: amount,
});
const expense = (id: string, code: string, accountNumber: string, date: string, label: string, amount: string, invoiceUrl: string | null) =>
  makeFragmentData(
    {
      __typename: 'Expense',
      id,
      date,
      label,
      accountNumber,
      amount,
      vat: '0.78',
      deductible: '0.00',
      recoverable: amount,
      invoiceUrl,
      allocationKey: { __typename: 'AllocationKey', id: `QWxsb2M6${code}`, code },
    },
    ExpenseTable_expense,
  );

const general = key('010', 'CHARGES COMMUNES GENERALES');
const lift = key('020', 'ASCENSEUR');
const list = makeFragmentData(
  {
    __typename: 'ExpenseList',
    groups: [
      group(general, '602001', 'Electricité (abonnement)', 2, '30.00'),
      group(general, '472999', 'Remboursements d emprunts', 1, '2500.00'),
      group(lift, '614000', 'Contrat ascenseur', 1, '2220.00'),
    ],
  },
  ExpenseTable_list,
);
const expenses = [
  expense('e1', '010', '602001', '2015-01-10', 'Facture EDF Janvier 2012', '15.00', '/files/expenses/e1/invoice.pdf'),
  expense('e2', '010', '602001', '2015-02-10', 'Facture EDF Février 2012', '15.00', null),
  expense('e3', '010', '472999', '2015-02-10', "Remboursements d'emprunts 2012", '2500.00', '/files/expenses/e3/invoice.pdf'),
  expense('e4', '020', '614000', '2015-01-09', 'Otis – maintenance annuelle', '2220.00', null),
];

describe('ExpenseTable', () => {
  it('groups the expenses by key then account, with the totals of each account', async () => {
    renderRoute(<ExpenseTable list={list} expenses={expenses} hasMore={false} />, { path: '/' });
    const generalSection = await screen.findByRole('region', { name: 'Clé 010 – CHARGES COMMUNES GENERALES' });
    const rows = within(generalSection).getAllByRole('row').map(cells);
    expect(rows).toEqual([
      'Date | Libellé | Montant | TVA | Déductible | Récupérable',
      '602001 Electricité (abonnement)',
      '10/01/2015 | Facture EDF Janvier 2012Facture (PDF) : Facture EDF Janvier 2012 | 15,00 | 0,78 | 0,00 | 15,00',
      '10/02/2015 | Facture EDF Février 2012 | 15,00 | 0,78 | 0,00 | 15,00',
      'Total 602001 Electricité (abonnement) | 30,00 | 0,00 | 0,00 | 30,00',
      '472999 Remboursements d emprunts',
      "10/02/2015 | Remboursements d'emprunts 2012Facture (PDF) : Remboursements d'emprunts 2012 | 2 500,00 | 0,78 | 0,00 | 2 500,00",
      'Total 472999 Remboursements d emprunts | 2 500,00 | 0,00 | 0,00 | 2 500,00',
    ]);
    expect(screen.getByRole('region', { name: 'Clé 020 – ASCENSEUR' })).toBeTruthy();
  });

  it('links each invoice, named after its expense', async () => {
    renderRoute(<ExpenseTable list={list} expenses={expenses} hasMore={false} />, { path: '/' });
    const invoice = await screen.findByRole('link', { name: 'Facture (PDF) : Facture EDF Janvier 2012' });
    expect(invoice.getAttribute('href')).toBe('/files/expenses/e1/invoice.pdf');
    expect(screen.getAllByRole('link', { name: /^Facture \(PDF\)/ })).toHaveLength(2);
  });

  it('while pages remain, stops at the first account whose expenses are not all loaded', async () => {
    renderRoute(<ExpenseTable list={list} expenses={expenses.slice(0, 1)} hasMore />, { path: '/' });
    await screen.findByText('Facture EDF Janvier 2012');
    expect(screen.queryByText('472999 Remboursements d emprunts')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Clé 020 – ASCENSEUR' })).toBeNull();
  });
});
