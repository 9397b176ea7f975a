import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { formatDate, formatMoney, isZeroAmount } from '../../../app/i18n/format';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import styles from './StatementTable.module.css';

export const StatementTable_statement = graphql(`
  fragment StatementTable_statement on AccountStatement {
    from
    to
    openingBalance
    closingBalance
    totalDebit
    totalCredit
  }
`);

export const StatementTable_line = graphql(`
  fragment StatementTable_line on StatementLine {
    date
    label
    debit
    credit
    balance
    entryCount
  }
`);

export type StatementTableProps = {
  statement: FragmentType<typeof StatementTable_statement>;
  lines: readonly { cursor: string; node: FragmentType<typeof StatementTable_line> }[];
  /** The account number, for the table's caption. */
  accountNumber: string;
  /** "Voir plus", shown inside the table before the closing balance while lines remain. */
  more?: ReactNode;
};

/**
 * "Situation du compte" (manual, "Compte"): Date, Libellé, Débit, Crédit, Solde, from "Solde
 * antérieur" to "Solde fin de période", a running balance on each line. A phone shows each line
 * as a block: CSS changes the table's display, so the ARIA roles keep it a table for screen readers.
 */
export function StatementTable({ statement: statementRef, lines, accountNumber, more }: StatementTableProps) {
  const statement = useFragment(StatementTable_statement, statementRef);
  const intl = useIntl();
  const money = (value: string) => formatMoney(value, intl.locale);
  const column = {
    date: intl.formatMessage({ id: 'accounts.statement.column.date' }),
    label: intl.formatMessage({ id: 'accounts.statement.column.label' }),
    debit: intl.formatMessage({ id: 'accounts.statement.column.debit' }),
    credit: intl.formatMessage({ id: 'accounts.statement.column.credit' }),
    balance: intl.formatMessage({ id: 'accounts.statement.column.balance' }),
  };

  return (
    <table className={styles.table} role="table">
      <caption className="visually-hidden">
        {intl.formatMessage(
          { id: 'accounts.statement.caption' },
          { number: accountNumber, from: formatDate(statement.from, intl.locale), to: formatDate(statement.to, intl.locale) },
        )}
      </caption>
      <thead className={styles.head} role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader" className={styles.dateCol}>
            {column.date}
          </th>
          <th scope="col" role="columnheader">
            {column.label}
          </th>
          <th scope="col" role="columnheader" className={styles.amountCol}>
            {column.debit}
          </th>
          <th scope="col" role="columnheader" className={styles.amountCol}>
            {column.credit}
          </th>
          <th scope="col" role="columnheader" className={styles.amountCol}>
            {column.balance}
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        <tr role="row" className={styles.balanceRow} data-testid="opening-balance">
          <td role="cell" className={styles.emptyCell} />
          <th scope="row" role="rowheader" className={styles.balanceLabel}>
            {intl.formatMessage({ id: 'accounts.statement.opening' })}
          </th>
          <td role="cell" className={styles.emptyCell} />
          <td role="cell" className={styles.emptyCell} />
          <td role="cell" className={styles.balanceCell} data-label={column.balance}>
            {money(statement.openingBalance)}
          </td>
        </tr>
        {lines.map((edge) => (
          <StatementRow key={edge.cursor} line={edge.node} column={column} />
        ))}
        {more && (
          <tr role="row" className={styles.moreRow}>
            <td role="cell" colSpan={5}>
              {more}
            </td>
          </tr>
        )}
        <tr role="row" className={`${styles.balanceRow} ${styles.totalRow}`} data-testid="period-totals">
          <td role="cell" className={styles.emptyCell} />
          <th scope="row" role="rowheader" className={styles.balanceLabel}>
            {intl.formatMessage({ id: 'accounts.statement.periodTotals' })}
          </th>
          <td role="cell" className={styles.amount} data-label={column.debit}>
            {money(statement.totalDebit)}
          </td>
          <td role="cell" className={styles.amount} data-label={column.credit}>
            {money(statement.totalCredit)}
          </td>
          <td role="cell" className={styles.emptyCell} />
        </tr>
        <tr role="row" className={styles.balanceRow} data-testid="closing-balance">
          <td role="cell" className={styles.emptyCell} />
          <th scope="row" role="rowheader" className={styles.balanceLabel}>
            {intl.formatMessage({ id: 'accounts.statement.closing' })}
          </th>
          <td role="cell" className={styles.emptyCell} />
          <td role="cell" className={styles.emptyCell} />
          <td role="cell" className={styles.balanceCell} data-label={column.balance}>
            {money(statement.closingBalance)}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

type StatementRowProps = {
  line: FragmentType<typeof StatementTable_line>;
  column: Record<'date' | 'label' | 'debit' | 'credit' | 'balance', string>;
};

function StatementRow({ line: lineRef, column }: StatementRowProps) {
  const line = useFragment(StatementTable_line, lineRef);
  const intl = useIntl();
  // A zero debit or credit is left blank, as on the agency's printed statements.
  const debit = isZeroAmount(line.debit) ? '' : formatMoney(line.debit, intl.locale);
  const credit = isZeroAmount(line.credit) ? '' : formatMoney(line.credit, intl.locale);
  return (
    <tr role="row" className={styles.line}>
      <td role="cell" className={styles.date}>
        {formatDate(line.date, intl.locale)}
      </td>
      <td role="cell" className={styles.label}>
        {line.label}
        {line.entryCount > 1 && <span className={styles.entryCount}>{intl.formatMessage({ id: 'accounts.statement.entryCount' }, { count: line.entryCount })}</span>}
      </td>
      <td role="cell" className={styles.amount} data-label={column.debit}>
        {debit}
      </td>
      <td role="cell" className={styles.amount} data-label={column.credit}>
        {credit}
      </td>
      <td role="cell" className={styles.balanceCell} data-label={column.balance}>
        {formatMoney(line.balance, intl.locale)}
      </td>
    </tr>
  );
}
