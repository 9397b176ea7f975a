import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { formatAmount } from '../../../app/i18n/format';
import { SPACE_PATHS } from '../../../app/spaces';
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
    asOf
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

export type BuildingWorksFundProps = {
  fund: FragmentType<typeof BuildingWorksFund_fund>;
  /** A co-owner's own share (default), or a manager reading the whole building's fund. */
  audience?: 'coOwner' | 'manager';
};

/** The calendar day of an instant as the agency sees it (Nancy: Europe/Paris), "30/11/2026". */
function agencyDate(instant: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Paris' }).format(new Date(instant));
}

/**
 * "Fonds de travaux" of one building (manual, "Fonds travaux (syndic)"): per lot, the amount held
 * on each works-fund account and the lot's total, then the co-owner's own share of the building's
 * fund (the manual's "Total immeuble", which is not the syndicate's whole fund), dated by the
 * back-office's last load. Totals are the API's.
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
      {fund.asOf && (
        <p className={styles.asOf} data-testid="works-fund-as-of">
          {intl.formatMessage({ id: 'worksFunds.building.asOf' }, { date: agencyDate(fund.asOf, intl.locale) })}
        </p>
      )}
      <div className={styles.lots}>
        {fund.lots.map((lotFund) => {
          const code = lotFund.lot?.code ?? intl.formatMessage({ id: 'worksFunds.lot.unknown' });
          return (
            <section key={lotFund.lot?.id ?? code} className={styles.lot} aria-label={intl.formatMessage({ id: 'worksFunds.lot.label' }, { code })}>
              <header className={styles.lotHeader}>
                <h3 className={styles.lotCode}>
                  {lotFund.lot ? (
                    // The lot's card on "Mes biens" (client-home gives its cards the id "lot-<id>").
                    <Link to={`${SPACE_PATHS.SYNDIC}/biens#lot-${lotFund.lot.id}`} className={styles.lotLink}>
                      {intl.formatMessage({ id: 'worksFunds.lot.label' }, { code })}
                    </Link>
                  ) : (
                    intl.formatMessage({ id: 'worksFunds.lot.label' }, { code })
                  )}
                </h3>
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
                        {line.label} <span className={styles.account}>{intl.formatMessage({ id: 'worksFunds.line.account' }, { number: line.accountNumber })}</span>
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
        <span>{intl.formatMessage({ id: props.audience === 'manager' ? 'worksFunds.building.totalWhole' : 'worksFunds.building.total' })}</span>
        <span className={styles.buildingAmount}>{amount(fund.total)}</span>
      </p>
    </Card>
  );
}
