import { useIntl } from 'react-intl';
import { formatAmount, formatDate } from '../../../app/i18n/format';
import { SPACE_PATHS } from '../../../app/spaces';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { Space } from '../../../gql/graphql';
import { ButtonLink } from '../../../ui/Button';
import styles from './BalanceOverview.module.css';

export const BalanceOverview_account = graphql(`
  fragment BalanceOverview_account on Account {
    id
    number
    label
    kind
    position {
      amount
      direction
    }
    lastPayment {
      date
      amount
    }
    nextCall {
      date
      amount
    }
  }
`);

export type BalanceOverviewProps = {
  account: FragmentType<typeof BalanceOverview_account>;
  space: Extract<Space, 'SYNDIC' | 'GERANCE'>;
  /** Several accounts in the space: each names itself. */
  showNumber?: boolean;
};

/**
 * The first thing on a client's home: where their account stands, in words ("Vous devez 743,32 €",
 * "Votre compte est créditeur de …"), never a signed number to decode; then the last payment and
 * the next call when the ledger has one.
 */
export function BalanceOverview({ account: accountRef, space, showNumber }: BalanceOverviewProps) {
  const account = useFragment(BalanceOverview_account, accountRef);
  const intl = useIntl();
  const amount = (value: string) => formatAmount(value, intl.locale);
  const { direction } = account.position;
  // The words depend on who holds the account: a tenant's "call" is the rent notice, an owner's "payment" a rent collected.
  const kind = account.kind === 'OWNER' || account.kind === 'TENANT' ? account.kind : 'COOWNER';

  return (
    <div className={styles.overview} data-testid="balance-overview">
      {showNumber && <p className={styles.account}>{intl.formatMessage({ id: 'clientHome.money.account' }, { number: account.number, label: account.label })}</p>}
      <p className={[styles.position, styles[direction]].join(' ')} data-testid="position">
        {intl.formatMessage({ id: `clientHome.money.position.${direction}.${kind}` }, { amount: amount(account.position.amount) })}
      </p>
      {(account.lastPayment || account.nextCall) && (
        <dl className={styles.facts}>
          {account.lastPayment && (
            <div className={styles.fact}>
              <dt>{intl.formatMessage({ id: `clientHome.money.lastPayment.${kind}` })}</dt>
              <dd>
                {intl.formatMessage(
                  { id: 'clientHome.money.lastPaymentValue' },
                  { amount: amount(account.lastPayment.amount), date: formatDate(account.lastPayment.date, intl.locale) },
                )}
              </dd>
            </div>
          )}
          {account.nextCall && (
            <div className={styles.fact}>
              <dt>{intl.formatMessage({ id: `clientHome.money.nextCall.${kind}` })}</dt>
              <dd>
                {intl.formatMessage({ id: 'clientHome.money.nextCallValue' }, { amount: amount(account.nextCall.amount), date: formatDate(account.nextCall.date, intl.locale) })}
              </dd>
            </div>
          )}
        </dl>
      )}
      <div>
        <ButtonLink to={`${SPACE_PATHS[space]}/compte?compte=${encodeURIComponent(account.id)}`} variant="secondary" icon="chevronRight">
          {intl.formatMessage({ id: 'clientHome.money.seeAccount' })}
        </ButtonLink>
      </div>
    </div>
  );
}
