import { useMutation, useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../gql';
import type { RequestStatus } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { SelectField } from '../../../ui/SelectField';
import styles from './HandlingCard.module.css';

const CollaboratorsQuery = graphql(`
  query RequestAssignees {
    collaborators(first: 100) {
      nodes {
        id
        displayName
      }
    }
  }
`);

const StatusMutation = graphql(`
  mutation SetThreadStatus($input: SetRequestStatusInput!) {
    setRequestStatus(input: $input) {
      id
      status
      updatedAt
    }
  }
`);

const AssignMutation = graphql(`
  mutation AssignThread($input: AssignRequestInput!) {
    assignRequest(input: $input) {
      id
      assignee {
        id
        displayName
      }
      updatedAt
    }
  }
`);

export const REQUEST_STATUSES: RequestStatus[] = ['OPEN', 'IN_PROGRESS', 'WAITING_FOR_CLIENT', 'CLOSED'];

export type HandlingCardProps = { requestId: string; status: RequestStatus; assigneeId: string | null; onChanged: () => void };

/** A manager's handling of a request: its status and who of the agency's managers is in charge. */
export function HandlingCard({ requestId, status, assigneeId, onChanged }: HandlingCardProps) {
  const intl = useIntl();
  const { data } = useQuery(CollaboratorsQuery, { fetchPolicy: 'cache-first' });
  const [setStatus, { error: statusError }] = useMutation(StatusMutation);
  const [assign, { error: assignError }] = useMutation(AssignMutation);
  const managers = data?.collaborators.nodes ?? [];
  return (
    <Card title={intl.formatMessage({ id: 'requests.thread.handling' })} icon="briefcase">
      <div className={styles.fields}>
        <SelectField
          label={intl.formatMessage({ id: 'requests.thread.status' })}
          name="status"
          value={status}
          options={REQUEST_STATUSES.map((value) => ({ value, label: intl.formatMessage({ id: `requests.status.${value}` }) }))}
          onChange={(value) => void setStatus({ variables: { input: { requestId, status: value as RequestStatus } } }).then(onChanged, () => undefined)}
          error={statusError ? intl.formatMessage({ id: 'requests.thread.changeFailed' }) : undefined}
        />
        <SelectField
          label={intl.formatMessage({ id: 'requests.thread.assigneeLabel' })}
          name="assigneeId"
          value={assigneeId ?? ''}
          options={[
            // The API has no un-assign: the empty choice exists only while nobody is assigned.
            ...(assigneeId ? [] : [{ value: '', label: intl.formatMessage({ id: 'requests.thread.unassigned' }) }]),
            ...managers.map((manager) => ({ value: manager.id, label: manager.displayName })),
          ]}
          onChange={(value) => value && void assign({ variables: { input: { requestId, assigneeId: value } } }).then(onChanged, () => undefined)}
          error={assignError ? intl.formatMessage({ id: 'requests.thread.changeFailed' }) : undefined}
        />
      </div>
    </Card>
  );
}
