import { useIntl } from 'react-intl';
import { formatMoney, formatShares } from '../../../app/i18n/format';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import styles from './RecordFiguresTable.module.css';

export const RecordFiguresTable_record = graphql(`
  fragment RecordFiguresTable_record on TenantRegularisation {
    id
    isDeparted
    lines {
      label
      days
      periodDays
      share
      totalAmount
      amountDue
    }
    water {
      label
      consumption
      unitPrice
      amountDue
    }
    chargesTotal
    waterTotal
    total
    provisions
    retained
    regularisation
    instalments
    newMonthlyProvision
  }
`);

export type RecordFiguresTableProps = { record: FragmentType<typeof RecordFiguresTable_record> };

/** The server's figures of one tenant (the "CALCUL" screen, the statement's lines): nothing here is computed in the browser. */
export function RecordFiguresTable(props: RecordFiguresTableProps) {
  const record = useFragment(RecordFiguresTable_record, props.record);
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const row = (key: string, label: string, detail: string | null, amount: string, isTotal = false) => (
    <tr key={key} className={isTotal ? styles.total : undefined}>
      <th scope="row">
        {label}
        {detail && <span className={styles.detail}>{detail}</span>}
      </th>
      <td className={styles.amount}>{formatMoney(amount)}</td>
    </tr>
  );
  return (
    <table className={styles.table} aria-label={t('regularisation.figures.caption')}>
      <caption className={styles.caption}>{t('regularisation.figures.caption')}</caption>
      <thead className={styles.head}>
        <tr>
          <th scope="col">{t('regularisation.figures.line')}</th>
          <th scope="col" className={styles.amount}>
            {t('regularisation.figures.amountDue')}
          </th>
        </tr>
      </thead>
      <tbody>
        {record.lines.map((line) =>
          row(
            `line-${line.label}`,
            line.label,
            t('regularisation.figures.lineDetail', { total: formatMoney(line.totalAmount), days: line.days, periodDays: line.periodDays, share: formatShares(line.share) }),
            line.amountDue,
          ),
        )}
        {record.water.map((line) =>
          row(
            `water-${line.label}`,
            line.label,
            t('regularisation.figures.waterDetail', { consumption: line.consumption.replace('.', ','), unitPrice: line.unitPrice.replace('.', ',') }),
            line.amountDue,
          ),
        )}
        {row('total', t('regularisation.figures.total'), null, record.total, true)}
        {row('provisions', t('regularisation.figures.provisions'), null, record.provisions)}
        {row('retained', t('regularisation.figures.retained'), null, record.retained)}
        {row('regularisation', t('regularisation.figures.regularisation'), t('regularisation.figures.instalments', { count: record.instalments }), record.regularisation, true)}
        {record.newMonthlyProvision !== null && row('newProvision', t('regularisation.figures.newMonthlyProvision'), null, record.newMonthlyProvision)}
      </tbody>
    </table>
  );
}
