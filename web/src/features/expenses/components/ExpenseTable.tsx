import { useIntl } from 'react-intl';
import { formatDate, formatMoney } from '../../../app/i18n/format';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Card } from '../../../ui/Card';
import { Icon } from '../../../ui/Icon';
import styles from './ExpenseTable.module.css';

export const ExpenseTable_list = graphql(`
  fragment ExpenseTable_list on ExpenseList {
    groups {
      allocationKey {
        id
        code
        label
      }
      accountNumber
      accountLabel
      count
      amount
      vat
      deductible
      recoverable
    }
  }
`);

export const ExpenseTable_expense = graphql(`
  fragment ExpenseTable_expense on Expense {
    id
    date
    label
    accountNumber
    amount
    vat
    deductible
    recoverable
    invoiceUrl
    allocationKey {
      id
      code
    }
  }
`);

export type ExpenseTableProps = {
  list: FragmentType<typeof ExpenseTable_list>;
  expenses: readonly FragmentType<typeof ExpenseTable_expense>[];
  /** More expenses wait behind "Voir plus": groups past the last loaded one are left for later. */
  hasMore: boolean;
};

type Columns = Record<'date' | 'label' | 'amount' | 'vat' | 'deductible' | 'recoverable', string>;
/** The manual's abbreviations ("Déduc.", "Récup."), above each amount where a phone stacks the rows. */
type ShortColumns = Record<'amount' | 'vat' | 'deductible' | 'recoverable', string>;

/**
 * "Liste des dépenses" (manual, "Liste des dépenses (syndic)"): by allocation key, then expense
 * account, each expense with its amounts and invoice, and the account's totals. The API sends the
 * expenses in that order and the totals per account: nothing is added up here.
 */
export function ExpenseTable({ list: listRef, expenses: expenseRefs, hasMore }: ExpenseTableProps) {
  const list = useFragment(ExpenseTable_list, listRef);
  const expenses = useFragment(ExpenseTable_expense, expenseRefs);
  const intl = useIntl();
  const column: Columns = {
    date: intl.formatMessage({ id: 'expenses.column.date' }),
    label: intl.formatMessage({ id: 'expenses.column.label' }),
    amount: intl.formatMessage({ id: 'expenses.column.amount' }),
    vat: intl.formatMessage({ id: 'expenses.column.vat' }),
    deductible: intl.formatMessage({ id: 'expenses.column.deductible' }),
    recoverable: intl.formatMessage({ id: 'expenses.column.recoverable' }),
  };
  const short: ShortColumns = {
    amount: intl.formatMessage({ id: 'expenses.column.short.amount' }),
    vat: intl.formatMessage({ id: 'expenses.column.short.vat' }),
    deductible: intl.formatMessage({ id: 'expenses.column.short.deductible' }),
    recoverable: intl.formatMessage({ id: 'expenses.column.short.recoverable' }),
  };
  const keyOf = (allocationKey: { code: string } | null) => allocationKey?.code ?? '';

  // Groups in the API's order, each with the expenses loaded so far.
  const loaded = list.groups.map((group) => ({
    group,
    rows: expenses.filter((expense) => keyOf(expense.allocationKey) === keyOf(group.allocationKey) && expense.accountNumber === group.accountNumber),
  }));
  // While pages remain, show groups up to the first one still incomplete (its rest comes next).
  const firstIncomplete = loaded.findIndex((entry) => entry.rows.length < entry.group.count);
  const visible = hasMore && firstIncomplete >= 0 ? loaded.slice(0, firstIncomplete + 1) : loaded;

  const sections: { code: string; title: string; entries: typeof visible }[] = [];
  for (const entry of visible) {
    const code = keyOf(entry.group.allocationKey);
    let section = sections.find((candidate) => candidate.code === code);
    if (!section) {
      section = {
        code,
        title: entry.group.allocationKey
          ? intl.formatMessage({ id: 'expenses.key.title' }, { code: entry.group.allocationKey.code, label: entry.group.allocationKey.label })
          : intl.formatMessage({ id: 'expenses.key.unknown' }),
        entries: [],
      };
      sections.push(section);
    }
    section.entries.push(entry);
  }

  return (
    <div className={styles.sections}>
      {sections.map((section) => (
        <Card key={section.code || 'none'} title={section.title} icon="receipt">
          <table className={styles.table} role="table">
            <caption className="visually-hidden">{intl.formatMessage({ id: 'expenses.table.caption' }, { key: section.title })}</caption>
            <thead className={styles.head} role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader" className={styles.dateCol}>
                  {column.date}
                </th>
                <th scope="col" role="columnheader">
                  {column.label}
                </th>
                <th scope="col" role="columnheader" className={styles.amountCol}>
                  {column.amount}
                </th>
                <th scope="col" role="columnheader" className={styles.amountCol}>
                  {column.vat}
                </th>
                <th scope="col" role="columnheader" className={styles.amountCol}>
                  {column.deductible}
                </th>
                <th scope="col" role="columnheader" className={styles.amountCol}>
                  {column.recoverable}
                </th>
              </tr>
            </thead>
            {section.entries.map(({ group, rows }) => {
              const account = intl.formatMessage({ id: 'expenses.account.title' }, { number: group.accountNumber, label: group.accountLabel });
              return (
                <tbody key={`${section.code}:${group.accountNumber}`} role="rowgroup" className={styles.group}>
                  <tr role="row" className={styles.accountRow}>
                    <th scope="colgroup" role="columnheader" colSpan={6} className={styles.accountTitle}>
                      {account}
                    </th>
                  </tr>
                  {rows.map((expense) => (
                    <tr role="row" key={expense.id} className={styles.expense}>
                      <td role="cell" className={styles.date}>
                        {formatDate(expense.date, intl.locale)}
                      </td>
                      <td role="cell" className={styles.label}>
                        <span>{expense.label}</span>
                        {expense.invoiceUrl && (
                          <a className={styles.invoice} href={expense.invoiceUrl} target="_blank" rel="noopener">
                            <Icon name="file" size={16} />
                            {intl.formatMessage({ id: 'expenses.invoice' })}
                            <span className="visually-hidden">{intl.formatMessage({ id: 'expenses.invoiceOf' }, { label: expense.label })}</span>
                          </a>
                        )}
                      </td>
                      <AmountCells values={expense} column={short} />
                    </tr>
                  ))}
                  <tr role="row" className={styles.totalRow}>
                    <th scope="row" role="rowheader" colSpan={2} className={styles.totalTitle}>
                      {intl.formatMessage({ id: 'expenses.account.total' }, { account })}
                    </th>
                    <AmountCells values={group} column={short} />
                  </tr>
                </tbody>
              );
            })}
          </table>
        </Card>
      ))}
    </div>
  );
}

type AmountCellsProps = {
  values: { amount: string; vat: string; deductible: string; recoverable: string };
  column: ShortColumns;
};

function AmountCells({ values, column }: AmountCellsProps) {
  const intl = useIntl();
  const money = (value: string) => formatMoney(value, intl.locale);
  return (
    <>
      <td role="cell" className={`${styles.amount} ${styles.main}`} data-label={column.amount}>
        {money(values.amount)}
      </td>
      <td role="cell" className={styles.amount} data-label={column.vat}>
        {money(values.vat)}
      </td>
      <td role="cell" className={styles.amount} data-label={column.deductible}>
        {money(values.deductible)}
      </td>
      <td role="cell" className={styles.amount} data-label={column.recoverable}>
        {money(values.recoverable)}
      </td>
    </>
  );
}
