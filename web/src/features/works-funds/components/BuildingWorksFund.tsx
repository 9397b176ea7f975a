import { useIntl } from 'react-intl';
import { formatAmount } from '../../../app/i18n/format';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Badge } from '../../../ui/Badge';
import { Card } from '../../../ui/Card';
import styles from './BuildingWorksFund.module.css';

export const BuildingWorksFund_fund = graphql(`
  fragment BuildingWorksFund_fund on BuildingWorksFund {
    building {
      id
      code
      name
      postalAddress {
        line1
        postalCode
        city
      }
    }
    total
    lots {
      lot {
        id
        code
        type
      }
      total
      lines {
        accountNumber
        label
        amount
      }
    }
  }
`);

export type BuildingWorksFundProps = { fund: FragmentType<typeof BuildingWorksFund_fund> };

/**
 * "Fonds de travaux" of one building (manual, "Fonds travaux (syndic)"): per lot, the amount held
 * on each works-fund account and the lot's total, then "Total immeuble". Totals are the API's.
 */
export function BuildingWorksFund(props: BuildingWorksFundProps) {
  const fund = useFragment(BuildingWorksFund_fund, props.fund);
  const intl = useIntl();
  const amount = (value: string) => formatAmount(value, intl.locale);
  const building = fund.building;
  const title = building
    ? building.name === building.code
      ? building.name
      : intl.formatMessage({ id: 'worksFunds.building.name' }, { name: building.name, code: building.code })
    : intl.formatMessage({ id: 'worksFunds.building.unknown' });
  const address = building ? [building.postalAddress.line1, `${building.postalAddress.postalCode} ${building.postalAddress.city}`.trim()].filter(Boolean).join(', ') : undefined;

  return (
    <Card title={intl.formatMessage({ id: 'worksFunds.building.title' }, { building: title })} subtitle={address} icon="building">
      <div className={styles.lots}>
        {fund.lots.map((lotFund) => {
          const code = lotFund.lot?.code ?? intl.formatMessage({ id: 'worksFunds.lot.unknown' });
          return (
            <section key={lotFund.lot?.id ?? code} className={styles.lot} aria-label={intl.formatMessage({ id: 'worksFunds.lot.label' }, { code })}>
              <header className={styles.lotHeader}>
                <h3 className={styles.lotCode}>{intl.formatMessage({ id: 'worksFunds.lot.label' }, { code })}</h3>
                {lotFund.lot && <Badge tone="brand">{lotFund.lot.type}</Badge>}
              </header>
              <table className={styles.table}>
                <caption className="visually-hidden">{intl.formatMessage({ id: 'worksFunds.lot.caption' }, { code })}</caption>
                <thead className="visually-hidden">
                  <tr>
                    <th scope="col">{intl.formatMessage({ id: 'worksFunds.column.label' })}</th>
                    <th scope="col">{intl.formatMessage({ id: 'worksFunds.column.amount' })}</th>
                  </tr>
                </thead>
                <tbody>
                  {lotFund.lines.length === 0 && (
                    <tr>
                      <td colSpan={2} className={styles.none}>
                        {intl.formatMessage({ id: 'worksFunds.lot.none' })}
                      </td>
                    </tr>
                  )}
                  {lotFund.lines.map((line) => (
                    <tr key={line.accountNumber}>
                      <td className={styles.label}>
                        <span className={styles.account}>{line.accountNumber}</span> {line.label}
                      </td>
                      <td className={styles.amount}>{amount(line.amount)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr className={styles.lotTotal}>
                    <th scope="row">{intl.formatMessage({ id: 'worksFunds.lot.total' })}</th>
                    <td className={styles.amount}>{amount(lotFund.total)}</td>
                  </tr>
                </tfoot>
              </table>
            </section>
          );
        })}
      </div>
      <p className={styles.buildingTotal} data-testid="building-total">
        <span>{intl.formatMessage({ id: 'worksFunds.building.total' })}</span>
        <span className={styles.buildingAmount}>{amount(fund.total)}</span>
      </p>
    </Card>
  );
}
