import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import type { RequestCategory, RequestStatus } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { SelectField } from '../../../ui/SelectField';
import { RequestList } from '../components/RequestList';
import styles from './RequestPages.module.css';

const InboxQuery = graphql(`
  query RequestInbox($status: RequestStatus, $category: RequestCategory, $buildingId: ID, $assigneeId: ID, $openedBefore: Date) {
    buildings(first: 100) {
      nodes {
        id
        code
        name
      }
    }
    collaborators(first: 100) {
      nodes {
        id
        displayName
      }
    }
    requests(first: 50, status: $status, category: $category, buildingId: $buildingId, assigneeId: $assigneeId, openedBefore: $openedBefore) {
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
`);

const STATUSES: RequestStatus[] = ['OPEN', 'IN_PROGRESS', 'WAITING_FOR_CLIENT', 'CLOSED'];
/** The "age" filter's choices, in days: opened more than this many days ago. */
const AGES = ['7', '30', '90'] as const;

/** The local calendar day `days` days before today, as the API's Date ("2026-11-26"). */
function daysAgo(days: number): string {
  const day = new Date();
  day.setDate(day.getDate() - days);
  return [day.getFullYear(), String(day.getMonth() + 1).padStart(2, '0'), String(day.getDate()).padStart(2, '0')].join('-');
}

/** The managers' inbox: the agency's requests, newest first, filtered by status (with counts), category, building, assignee and age. */
export function InboxPage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: 'requests.nav.inbox' });
  useDocumentTitle(title);
  const [status, setStatus] = useState<RequestStatus | ''>('');
  const [category, setCategory] = useState<RequestCategory | ''>('');
  const [buildingId, setBuildingId] = useState('');
  const [assigneeId, setAssigneeId] = useState('');
  const [age, setAge] = useState('');
  // On a phone the status filter alone stays in view, the others fold away so the list starts on the first screen.
  const [isMoreShown, setMoreShown] = useState(false);
  const activeMore = [category, buildingId, assigneeId, age].filter(Boolean).length;
  const variables = {
    status: status || null,
    category: category || null,
    buildingId: buildingId || null,
    assigneeId: assigneeId || null,
    openedBefore: age ? daysAgo(Number(age)) : null,
  };
  const { data, previousData, error, refetch } = useQuery(InboxQuery, { variables, fetchPolicy: 'cache-and-network' });
  // While a new filter loads, the previous answer stays on screen (the filters keep their focus).
  const shown = data ?? previousData;

  if (error && !shown) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!shown) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;
  const counts = new Map(shown.requests.countsByStatus.map((entry) => [entry.status, entry.count]));
  const all = [...counts.values()].reduce((sum, n) => sum + n, 0);

  return (
    <>
      <PageHeader title={title} description={intl.formatMessage({ id: 'requests.inbox.intro' })} />
      <Card>
        <div className={styles.filters}>
          <SelectField
            label={intl.formatMessage({ id: 'requests.inbox.status' })}
            name="status"
            value={status}
            options={[
              { value: '', label: intl.formatMessage({ id: 'requests.inbox.allStatuses' }, { count: all }) },
              ...STATUSES.map((value) => ({
                value,
                label: intl.formatMessage({ id: 'requests.inbox.statusCount' }, { status: intl.formatMessage({ id: `requests.status.${value}` }), count: counts.get(value) ?? 0 }),
              })),
            ]}
            onChange={(value) => setStatus(value as RequestStatus | '')}
          />
          <button type="button" className={styles.moreToggle} aria-expanded={isMoreShown} aria-controls="inbox-more-filters" onClick={() => setMoreShown((shown) => !shown)}>
            {intl.formatMessage({ id: 'requests.inbox.moreFilters' }, { count: activeMore })}
          </button>
          <div id="inbox-more-filters" className={styles.moreFilters} data-open={isMoreShown}>
            <SelectField
              label={intl.formatMessage({ id: 'requests.inbox.category' })}
              name="category"
              value={category}
              options={[
                { value: '', label: intl.formatMessage({ id: 'requests.inbox.allCategories' }) },
                ...(['INTERVENTION', 'OTHER'] as const).map((value) => ({ value, label: intl.formatMessage({ id: `requests.category.${value}` }) })),
              ]}
              onChange={(value) => setCategory(value as RequestCategory | '')}
            />
            <SelectField
              label={intl.formatMessage({ id: 'requests.inbox.building' })}
              name="buildingId"
              value={buildingId}
              options={[
                { value: '', label: intl.formatMessage({ id: 'requests.inbox.allBuildings' }) },
                ...shown.buildings.nodes.map((building) => ({ value: building.id, label: `${building.code} · ${building.name}` })),
              ]}
              onChange={setBuildingId}
            />
            <SelectField
              label={intl.formatMessage({ id: 'requests.inbox.assignee' })}
              name="assigneeId"
              value={assigneeId}
              options={[
                { value: '', label: intl.formatMessage({ id: 'requests.inbox.anyAssignee' }) },
                ...shown.collaborators.nodes.map((manager) => ({ value: manager.id, label: manager.displayName })),
              ]}
              onChange={setAssigneeId}
            />
            <SelectField
              label={intl.formatMessage({ id: 'requests.inbox.age' })}
              name="age"
              value={age}
              options={[
                { value: '', label: intl.formatMessage({ id: 'requests.inbox.anyAge' }) },
                ...AGES.map((days) => ({ value: days, label: intl.formatMessage({ id: 'requests.inbox.olderThan' }, { days: Number(days) }) })),
              ]}
              onChange={setAge}
            />
          </div>
        </div>
        <p className={styles.total} aria-live="polite">
          {intl.formatMessage({ id: 'requests.inbox.total' }, { count: shown.requests.totalCount })}
        </p>
        {shown.requests.nodes.length === 0 ? (
          <EmptyState icon="mail" title={intl.formatMessage({ id: 'requests.inbox.empty' })} />
        ) : (
          <RequestList requests={shown.requests.nodes} showAuthor />
        )}
      </Card>
    </>
  );
}
