import { useIntl } from 'react-intl';
import { formatAmount, formatDate } from '../../../app/i18n/format';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Badge } from '../../../ui/Badge';
import { HelpTip } from '../../../ui/HelpTip';
import { Icon } from '../../../ui/Icon';
import styles from './AccountSummary.module.css';

export const AccountSummary_account = graphql(`
  fragment AccountSummary_account on Account {
    id
    number
    label
    kind
    balance
    balancePresentation
    position {
      amount
      direction
    }
    holder {
      id
      displayName
    }
  }
`);

export type AccountSummaryProps = {
  account: FragmentType<typeof AccountSummary_account>;
  /** Today, "YYYY-MM-DD": the balance is the current one. */
  today: string;
};

/**
 * The account's identity and where it stands today in words ("Vous devez 743,32 €"); the signed
 * balance of the statements follows, and the agency's sign convention sits in a help note.
 */
export function AccountSummary(props: AccountSummaryProps) {
  const account = useFragment(AccountSummary_account, props.account);
  const intl = useIntl();
  return (
    <section className={styles.summary} aria-labelledby={`account-${account.id}-title`}>
      <div className={styles.identity}>
        <span className={styles.icon}>
          <Icon name="wallet" size={22} />
        </span>
        <div className={styles.names}>
          <h2 id={`account-${account.id}-title`} className={styles.number}>
            {intl.formatMessage({ id: 'accounts.summary.number' }, { number: account.number })}
          </h2>
          <p className={styles.label}>{account.label}</p>
          <Badge tone="brand">{intl.formatMessage({ id: `accounts.kind.${account.kind}` })}</Badge>
        </div>
      </div>
      <div className={styles.balance}>
        <p className={styles.balanceLabel}>{intl.formatMessage({ id: 'accounts.summary.balance' }, { date: formatDate(props.today, intl.locale) })}</p>
        <p className={styles.amount} data-testid="position">
          {intl.formatMessage({ id: `accounts.summary.position.${account.position.direction}` }, { amount: formatAmount(account.position.amount, intl.locale) })}
        </p>
        <div className={styles.signed}>
          <p>
            {intl.formatMessage({ id: 'accounts.summary.signed' })} <span data-testid="current-balance">{formatAmount(account.balance, intl.locale)}</span>
          </p>
          <HelpTip label={intl.formatMessage({ id: 'accounts.summary.help' })}>
            {intl.formatMessage({ id: `accounts.summary.presentation.${account.balancePresentation}` })}
          </HelpTip>
        </div>
      </div>
    </section>
  );
}
