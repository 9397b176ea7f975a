import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { errorCodeOf, fieldErrorsOf } from '../../../app/errors';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { ButtonLink } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Icon } from '../../../ui/Icon';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { AccountStatement } from '../components/AccountStatement';
import { useStatementRange } from '../statement-range';
import styles from './AccountPage.module.css';

const ManagerAccountQuery = graphql(`
  query ManagerAccount($accountId: ID!) {
    node(id: $accountId) {
      id
      ... on Account {
        number
        isPublished
        holder {
          id
          displayName
        }
      }
    }
  }
`);

/**
 * The manager's "Situation du compte": the statement exactly as the client sees it in "Mon compte"
 * (the same component), reached from the person's record, published or not.
 */
export function ManagerAccountPage() {
  const intl = useIntl();
  const { personId = '', accountId = '' } = useParams();
  const [range, setRange] = useStatementRange();
  const { data, error, refetch } = useQuery(ManagerAccountQuery, { variables: { accountId } });
  const account = data?.node?.__typename === 'Account' ? data.node : null;
  const title = intl.formatMessage({ id: 'accounts.manager.title' });
  useDocumentTitle(account ? intl.formatMessage({ id: 'accounts.manager.documentTitle' }, { number: account.number }) : title);

  const personPath = `/gestion/portefeuille/${encodeURIComponent(personId)}`;
  const breadcrumb = (
    <nav aria-label={intl.formatMessage({ id: 'accounts.manager.breadcrumb' })} className={styles.breadcrumb}>
      <ol>
        <li>
          <Link to="/gestion/portefeuille">
            <Icon name="chevronLeft" size={16} />
            {intl.formatMessage({ id: 'accounts.manager.portfolio' })}
          </Link>
        </li>
        {account?.holder && (
          <li>
            <span className={styles.separator} aria-hidden="true">
              /
            </span>{' '}
            <Link to={personPath}>{account.holder.displayName}</Link>
          </li>
        )}
      </ol>
    </nav>
  );

  const isInvalidId = fieldErrorsOf(error).some((item) => item.reason === 'INVALID_ID') || errorCodeOf(error) === 'NOT_FOUND';
  if (error && !isInvalidId)
    return (
      <>
        {breadcrumb}
        <QueryError error={error} onRetry={() => void refetch()} />
      </>
    );
  if (!data && !error) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;
  if (!account) {
    return (
      <>
        {breadcrumb}
        <EmptyState icon="search" title={intl.formatMessage({ id: 'accounts.manager.notFound' })}>
          <ButtonLink to={personPath} variant="secondary">
            {intl.formatMessage({ id: 'accounts.manager.back' })}
          </ButtonLink>
        </EmptyState>
      </>
    );
  }

  return (
    <>
      {breadcrumb}
      <PageHeader eyebrow={title} title={account.holder?.displayName ?? account.number} description={intl.formatMessage({ id: 'accounts.manager.intro' })} />
      <div className={styles.page}>
        {!account.isPublished && (
          <Alert tone="warning" title={intl.formatMessage({ id: 'accounts.manager.unpublishedTitle' })}>
            {intl.formatMessage({ id: 'accounts.manager.unpublished' })}
          </Alert>
        )}
        <AccountStatement key={account.id} accountId={account.id} range={range} onRangeChange={setRange} />
      </div>
    </>
  );
}
