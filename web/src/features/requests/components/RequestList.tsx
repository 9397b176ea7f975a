import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { RequestStatusBadge } from './RequestStatusBadge';
import styles from './RequestList.module.css';

export const RequestList_request = graphql(`
  fragment RequestList_request on ClientRequest {
    id
    title
    category
    status
    openedAt
    updatedAt
    building {
      id
      code
    }
    lot {
      id
      code
    }
    author {
      id
      displayName
    }
  }
`);

export type RequestListProps = {
  requests: FragmentType<typeof RequestList_request>[];
  showAuthor?: boolean;
  /** Where the threads live when the list is shown elsewhere (the home page); default: beside the list. */
  basePath?: string;
};

/** Requests as a stacked list (phone first): title, status, what it concerns, dates; each opens its thread. */
export function RequestList({ requests, showAuthor, basePath }: RequestListProps) {
  const intl = useIntl();
  const rows = useFragment(RequestList_request, requests);
  return (
    <ul className={styles.list}>
      {rows.map((request) => (
        <li key={request.id} className={styles.item}>
          <Link to={basePath ? `${basePath}/${request.id}` : request.id} className={styles.link}>
            <span className={styles.title}>{request.title}</span>
            <RequestStatusBadge status={request.status} />
          </Link>
          <span className={styles.meta}>
            {[
              intl.formatMessage({ id: `requests.category.${request.category}` }),
              request.lot?.code ?? request.building?.code,
              showAuthor ? request.author?.displayName : null,
              intl.formatMessage({ id: 'requests.list.opened' }, { date: new Date(request.openedAt) }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </li>
      ))}
    </ul>
  );
}
