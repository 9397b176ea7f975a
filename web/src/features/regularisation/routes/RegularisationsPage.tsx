import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { QueryError } from '../../../app/QueryError';
import { formatDate } from '../../../app/i18n/format';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import { Button, ButtonLink } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { regularisationPath, REGULARISATIONS_PATH } from '../paths';
import { StatusBadge } from '../status';
import styles from './regularisation.module.css';

export const RegularisationsQuery = graphql(`
  query Regularisations($after: String) {
    chargeRegularisations(first: 50, after: $after) {
      nodes {
        id
        periodStart
        periodEnd
        status
        lot {
          id
          code
          building {
            id
            name
          }
        }
        records {
          id
          tenant {
            id
            displayName
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** "Régularisation des lots isolés": the agency's regularisations, the latest period first, and "Ajouter". */
export function RegularisationsPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'regularisation.list.title' }));
  const { data, error, refetch, loading, fetchMore } = useQuery(RegularisationsQuery, { fetchPolicy: 'cache-and-network' });
  const list = data?.chargeRegularisations;

  return (
    <>
      <PageHeader
        title={intl.formatMessage({ id: 'regularisation.list.title' })}
        description={intl.formatMessage({ id: 'regularisation.list.intro' })}
        actions={
          <ButtonLink to={`${REGULARISATIONS_PATH}/nouvelle`} icon="coins">
            {intl.formatMessage({ id: 'regularisation.list.add' })}
          </ButtonLink>
        }
      />
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {!data && loading && <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />}
      {list && list.nodes.length === 0 && <EmptyState icon="coins" title={intl.formatMessage({ id: 'regularisation.list.empty' })} />}
      {list && list.nodes.length > 0 && (
        <ul className={styles.list} aria-label={intl.formatMessage({ id: 'regularisation.list.title' })}>
          {list.nodes.map((item) => (
            <li key={item.id} className={styles.listItem}>
              <Link to={regularisationPath(item.id)} className={styles.listLink}>
                <span className={styles.listTitle}>
                  {intl.formatMessage({ id: 'regularisation.list.item' }, { lot: item.lot?.code ?? '—', start: formatDate(item.periodStart), end: formatDate(item.periodEnd) })}
                </span>
                <span className={styles.listMeta}>{[item.lot?.building?.name, ...item.records.map((record) => record.tenant?.displayName)].filter(Boolean).join(' · ')}</span>
              </Link>
              <StatusBadge status={item.status} />
            </li>
          ))}
        </ul>
      )}
      {list?.pageInfo.hasNextPage && (
        <div className={styles.more}>
          <Button variant="secondary" onClick={() => void fetchMore({ variables: { after: list.pageInfo.endCursor } })}>
            {intl.formatMessage({ id: 'regularisation.list.more' })}
          </Button>
        </div>
      )}
    </>
  );
}
