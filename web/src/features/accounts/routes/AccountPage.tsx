import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import type { AccountKind, Space } from '../../../gql/graphql';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { SelectField } from '../../../ui/SelectField';
import { AccountStatement } from '../components/AccountStatement';
import { useStatementRange } from '../statement-range';
import styles from './AccountPage.module.css';

const ClientAccountsQuery = graphql(`
  query ClientAccounts {
    viewer {
      identifier
      person {
        id
        # Published accounts only: the API leaves the others out for a client.
        accounts(first: 50) {
          nodes {
            id
            number
            label
            kind
          }
        }
      }
    }
  }
`);

/** The syndic space shows co-owner accounts (450…); the gérance space, owner (411…) and tenant accounts. */
const SPACE_KINDS: Record<Extract<Space, 'SYNDIC' | 'GERANCE'>, readonly AccountKind[]> = {
  SYNDIC: ['COOWNER'],
  GERANCE: ['OWNER', 'TENANT'],
};

/** Search parameter of the chosen account, when the person holds several in the space. */
const ACCOUNT_PARAM = 'compte';

export type AccountPageProps = { space: Extract<Space, 'SYNDIC' | 'GERANCE'> };

/** "Mon compte" (manual, "Compte"): an account chooser when there are several, then its statement. */
export function AccountPage({ space }: AccountPageProps) {
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const [range, setRange] = useStatementRange();
  // A manager may publish or unpublish an account at any time: check again on each visit.
  const { data, error, refetch } = useQuery(ClientAccountsQuery, { fetchPolicy: 'cache-and-network' });
  const title = intl.formatMessage({ id: 'accounts.nav.account' });
  useDocumentTitle(title);

  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;

  const accounts = (data.viewer?.person.accounts.nodes ?? []).filter((account) => SPACE_KINDS[space].includes(account.kind));
  const chosen = accounts.find((account) => account.id === params.get(ACCOUNT_PARAM)) ?? accounts[0];

  const choose = (accountId: string) => {
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        updated.set(ACCOUNT_PARAM, accountId);
        return updated;
      },
      { replace: true },
    );
  };

  return (
    <>
      <PageHeader title={title} description={intl.formatMessage({ id: `accounts.page.intro.${space}` })} />
      {!chosen ? (
        <EmptyState icon="wallet" title={intl.formatMessage({ id: 'accounts.page.emptyTitle' })}>
          <p>{intl.formatMessage({ id: 'accounts.page.empty' })}</p>
        </EmptyState>
      ) : (
        <div className={styles.page}>
          {accounts.length > 1 && (
            <div className={styles.chooser}>
              <SelectField
                label={intl.formatMessage({ id: 'accounts.page.chooser' })}
                name="account"
                value={chosen.id}
                options={accounts.map((account) => ({
                  value: account.id,
                  label: intl.formatMessage({ id: 'accounts.page.option' }, { number: account.number, label: account.label }),
                }))}
                onChange={choose}
              />
            </div>
          )}
          <AccountStatement key={chosen.id} accountId={chosen.id} range={range} onRangeChange={setRange} />
        </div>
      )}
    </>
  );
}
