import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { SPACE_PATHS } from '../../../app/spaces';
import { graphql } from '../../../gql';
import type { Space } from '../../../gql/graphql';
import { ButtonLink } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { LoadingState } from '../../../ui/LoadingState';
import { RequestList } from './RequestList';
import styles from './HomeRequests.module.css';

const HomeRequestsQuery = graphql(`
  query HomeRequests {
    viewer {
      identifier
      requests(first: 3) {
        totalCount
        countsByStatus {
          status
          count
        }
        nodes {
          id
          ...RequestList_request
        }
      }
    }
  }
`);

export type HomeRequestsProps = { space: Extract<Space, 'SYNDIC' | 'GERANCE'> };

/**
 * "Mes demandes" on the home page (manual: the client home lists "Mes demandes" above "Mes
 * informations"): the three newest with their status, how many await the client's answer, and
 * the way to the whole list and a new request. Its own query: switched off, the API refuses it
 * and the section stays out.
 */
export function HomeRequests({ space }: HomeRequestsProps) {
  const intl = useIntl();
  const { data, error } = useQuery(HomeRequestsQuery, { fetchPolicy: 'cache-and-network' });
  if (error) return null;
  const page = data?.viewer?.requests;
  const waiting = page?.countsByStatus.find((entry) => entry.status === 'WAITING_FOR_CLIENT')?.count ?? 0;
  const base = `${SPACE_PATHS[space]}/demandes`;
  return (
    <Card
      title={intl.formatMessage({ id: 'requests.nav.mine' })}
      icon="mail"
      actions={
        <ButtonLink to={base} variant="secondary" icon="chevronRight">
          {intl.formatMessage({ id: 'requests.home.all' }, { count: page?.totalCount ?? 0 })}
        </ButtonLink>
      }
    >
      {!page ? (
        <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />
      ) : (
        <div className={styles.body}>
          {waiting > 0 && <p className={styles.waiting}>{intl.formatMessage({ id: 'requests.home.waiting' }, { count: waiting })}</p>}
          {page.nodes.length === 0 ? <p>{intl.formatMessage({ id: 'requests.home.none' })}</p> : <RequestList requests={page.nodes} basePath={base} />}
          <ButtonLink to={base} variant="primary" icon="mail">
            {intl.formatMessage({ id: 'requests.home.new' })}
          </ButtonLink>
        </div>
      )}
    </Card>
  );
}
