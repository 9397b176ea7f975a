import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { BuildingWorksFund } from '../components/BuildingWorksFund';
import styles from './WorksFundsPage.module.css';

const WorksFundsQuery = graphql(`
  query WorksFunds {
    viewer {
      identifier
      person {
        id
        worksFunds {
          building {
            id
          }
          ...BuildingWorksFund_fund
        }
      }
    }
  }
`);

/** "Fonds de travaux": what the syndicate holds for each of the co-owner's lots, building by building. */
export function WorksFundsPage() {
  const intl = useIntl();
  const { data, error, refetch } = useQuery(WorksFundsQuery, { fetchPolicy: 'cache-and-network' });
  const title = intl.formatMessage({ id: 'worksFunds.nav.worksFunds' });
  useDocumentTitle(title);

  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;
  const funds = data.viewer?.person.worksFunds ?? [];

  return (
    <>
      <PageHeader title={title} description={intl.formatMessage({ id: 'worksFunds.page.intro' })} />
      {funds.length === 0 ? (
        <EmptyState icon="coins" title={intl.formatMessage({ id: 'worksFunds.page.emptyTitle' })}>
          <p>{intl.formatMessage({ id: 'worksFunds.page.empty' })}</p>
        </EmptyState>
      ) : (
        <div className={styles.buildings}>
          {funds.map((fund) => (
            <BuildingWorksFund key={fund.building?.id ?? 'unknown'} fund={fund} />
          ))}
        </div>
      )}
    </>
  );
}
