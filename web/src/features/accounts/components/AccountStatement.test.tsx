import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { apiError, renderRoute, type Script } from '../../../test/render';
import type { StatementRange } from '../statement-range';
import { AccountStatement } from './AccountStatement';

const plain = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const ACCOUNT_ID = 'QWNjb3VudDo0MTE';

function line(date: string, label: string, debit: string, credit: string, balance: string, entryCount = 1) {
  return { __typename: 'StatementLine', date, label, debit, credit, balance, entryCount };
}

/** The manual's statement of 411ALOXECO over 2020 ("Compte"), one line a page when asked. */
function statementAnswer(variables: Record<string, unknown>, pages: { cursor: string; node: ReturnType<typeof line> }[][]) {
  const index = variables.after ? pages.findIndex((page) => page[0] && pages[pages.indexOf(page) - 1]?.at(-1)?.cursor === variables.after) : 0;
  const page = pages[Math.max(index, 0)];
  return {
    data: {
      node: {
        __typename: 'Account',
        id: ACCOUNT_ID,
        number: '411ALOXECO',
        label: 'YALOXE CORTON Denise',
        kind: 'OWNER',
        balance: '-9985.56',
        balancePresentation: 'CREDIT_MINUS_DEBIT',
        position: { __typename: 'AccountPosition', amount: '9985.56', direction: 'OWING' },
        holder: { __typename: 'Person', id: 'UGVyc29uOjE', displayName: 'YALOXE CORTON Denise' },
        statement: {
          __typename: 'AccountStatement',
          from: variables.from,
          to: variables.to,
          openingBalance: '-10299.97',
          closingBalance: '-9985.56',
          totalDebit: '3000.00',
          totalCredit: '3314.41',
          entries: {
            __typename: 'StatementLineConnection',
            edges: page.map((edge) => ({ __typename: 'StatementLineEdge', ...edge })),
            pageInfo: { __typename: 'PageInfo', hasNextPage: page !== pages.at(-1), endCursor: page.at(-1)?.cursor ?? null },
          },
        },
        statementPdfUrl: `/exports/accounts/${ACCOUNT_ID}/statement.pdf?from=${String(variables.from)}&to=${String(variables.to)}`,
        statementCsvUrl: `/exports/accounts/${ACCOUNT_ID}/statement.csv?from=${String(variables.from)}&to=${String(variables.to)}`,
      },
    },
  };
}

const MANUAL_LINES = [
  { cursor: 'c1', node: line('2020-01-30', 'Règlement TESTS 605 du 30/01/2020', '3000.00', '0.00', '-13299.97') },
  { cursor: 'c2', node: line('2020-02-11', 'Règlement du 11/02/2020', '0.00', '3314.41', '-9985.56') },
];

const history = () => ({
  data: {
    node: {
      __typename: 'Account',
      id: ACCOUNT_ID,
      balanceHistory: [
        { __typename: 'BalancePoint', date: '2020-01-01', balance: '-10299.97' },
        { __typename: 'BalancePoint', date: '2020-01-30', balance: '-13299.97' },
        { __typename: 'BalancePoint', date: '2020-02-11', balance: '-9985.56' },
      ],
    },
  },
});

/** The page keeps the period; here a state stands in for the address. */
function Harness({ initial }: { initial: StatementRange }) {
  const [range, setRange] = useState(initial);
  return <AccountStatement accountId={ACCOUNT_ID} range={range} onRangeChange={setRange} />;
}

function renderStatement(script: Script, initial: StatementRange = { from: '2020-01-01', to: '2020-12-31' }) {
  return renderRoute(<Harness initial={initial} />, { path: '/', script: { BalanceHistory: history, ...script } });
}

describe('AccountStatement', () => {
  it("shows the manual's statement: opening balance first, running balances, closing balance last", async () => {
    renderStatement({ AccountStatement: (variables) => statementAnswer(variables, [MANUAL_LINES]) });
    const table = await screen.findByRole('table', { name: /Situation du compte 411ALOXECO du 01\/01\/2020 au 31\/12\/2020/ });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => plain(row.textContent));
    expect(rows).toEqual([
      'Solde antérieur-10 299,97',
      '30/01/2020Règlement TESTS 605 du 30/01/20203 000,00-13 299,97',
      '11/02/2020Règlement du 11/02/20203 314,41-9 985,56',
      'Total de la période3 000,003 314,41',
      'Solde fin de période-9 985,56',
    ]);
    // A zero debit or credit is left blank.
    const cells = within(within(table).getAllByRole('row')[2]).getAllByRole('cell');
    expect(cells.map((cell) => plain(cell.textContent))).toEqual(['30/01/2020', 'Règlement TESTS 605 du 30/01/2020', '3 000,00', '', '-13 299,97']);
    expect(plain(screen.getByTestId('current-balance').textContent)).toBe('-9 985,56 €');
    expect(screen.getByText('Solde au', { exact: false })).toBeTruthy();
    // In words first; the sign convention is a help note, not the thing to decode.
    expect(plain(screen.getByTestId('position').textContent)).toBe('Vous devez 9 985,56 €');
    expect(plain(screen.getByTestId('total-debit').textContent)).toBe('3 000,00 €');
    expect(plain(screen.getByTestId('total-credit').textContent)).toBe('3 314,41 €');
    expect(screen.getByLabelText('Comment lire le signe du solde ?').tagName).toBe('SUMMARY');
    expect(screen.getByText(/^Présentation crédit − débit/).closest('details')).toBeTruthy();
  });

  it('links the extract to print and the export, for the period shown', async () => {
    renderStatement({ AccountStatement: (variables) => statementAnswer(variables, [MANUAL_LINES]) });
    const pdf = await screen.findByRole('link', { name: 'Imprimer un extrait (PDF)' });
    expect(pdf.getAttribute('href')).toBe(`/exports/accounts/${ACCOUNT_ID}/statement.pdf?from=2020-01-01&to=2020-12-31`);
    expect(pdf.hasAttribute('download')).toBe(true);
    expect(screen.getByRole('link', { name: 'Exporter (CSV)' }).getAttribute('href')).toContain('statement.csv?from=2020-01-01&to=2020-12-31');
  });

  it('brings the next lines with "Voir plus", keeping the closing balance last', async () => {
    const { calls } = renderStatement({ AccountStatement: (variables) => statementAnswer(variables, [[MANUAL_LINES[0]], [MANUAL_LINES[1]]]) });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Voir plus' }));
    await screen.findByText('Règlement du 11/02/2020');
    expect(screen.queryByRole('button', { name: 'Voir plus' })).toBeNull();
    expect(calls.filter((call) => call.operationName === 'AccountStatement').map((call) => call.variables.after)).toEqual([undefined, 'c1']);
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(plain(rows.at(-1)?.textContent)).toBe('Solde fin de période-9 985,56');
    expect(plain(rows.at(-2)?.textContent)).toBe('Total de la période3 000,003 314,41');
    expect(plain(rows.at(-3)?.textContent)).toContain('Règlement du 11/02/2020');
  });

  it('labels a line that stands for several entries as the API does, with their number', async () => {
    renderStatement({
      AccountStatement: (variables) => statementAnswer(variables, [[{ cursor: 'g1', node: line('2020-03-02', 'Règlements du 02/03/2020', '0.00', '1200.00', '-8785.56', 3) }]]),
    });
    const label = await screen.findByText('Règlements du 02/03/2020');
    expect(plain(label.closest('td')?.textContent)).toBe('Règlements du 02/03/20203 écritures regroupées');
  });

  it('asks for the new period with the dates typed the French way', async () => {
    const { calls } = renderStatement({ AccountStatement: (variables) => statementAnswer(variables, [MANUAL_LINES]) });
    const user = userEvent.setup();
    const from = await screen.findByLabelText(/^Du/);
    expect((from as HTMLInputElement).value).toBe('01/01/2020');
    await user.clear(from);
    await user.type(from, '01/02/2020');
    await user.click(screen.getByRole('button', { name: 'Afficher' }));
    await waitFor(() => expect(calls.filter((call) => call.operationName === 'AccountStatement').at(-1)?.variables).toMatchObject({ from: '2020-02-01', to: '2020-12-31' }));
  });

  it('puts an end date before the start date on "Au", without asking the API', async () => {
    const { calls } = renderStatement({ AccountStatement: (variables) => statementAnswer(variables, [MANUAL_LINES]) });
    const user = userEvent.setup();
    const to = await screen.findByLabelText(/^Au/);
    await user.clear(to);
    await user.type(to, '31/12/2019');
    await user.click(screen.getByRole('button', { name: 'Afficher' }));
    expect(await screen.findByText('La date de fin doit être identique ou postérieure à la date de début.')).toBeTruthy();
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(to);
    expect(calls.filter((call) => call.operationName === 'AccountStatement')).toHaveLength(1);
  });

  it('maps the API\'s INVALID_RANGE to the "Au" field', async () => {
    renderStatement(
      { AccountStatement: () => ({ data: null, errors: [apiError('BAD_USER_INPUT', { field: 'to', reason: 'INVALID_RANGE' })] }) },
      { from: '2020-12-31', to: '2020-01-01' },
    );
    const to = await screen.findByLabelText(/^Au/);
    await waitFor(() => expect(to.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('La date de fin doit être identique ou postérieure à la date de début.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says so when the agency has switched the account module off', async () => {
    renderStatement({ AccountStatement: () => ({ data: null, errors: [apiError('FORBIDDEN', { action: 'account.readStatement' })] }) });
    expect(await screen.findByText('Consultation du compte indisponible')).toBeTruthy();
  });

  it('says the agency has not enabled the module when the API gives MODULE_DISABLED', async () => {
    renderStatement({
      AccountStatement: () => ({ data: null, errors: [apiError('FORBIDDEN', { action: 'account.readStatement', reason: 'MODULE_DISABLED' })] }),
    });
    expect(await screen.findByText('Consultation du compte indisponible')).toBeTruthy();
    expect(screen.getByText(/La consultation des comptes n'est pas activée par votre agence/)).toBeTruthy();
    expect(screen.queryByText(/pas ouverte sur l'extranet pour le moment/)).toBeNull();
  });
});
