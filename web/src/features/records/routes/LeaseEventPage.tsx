import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { useNavigate, useParams } from 'react-router';
import { formatDate } from '../../../app/i18n/format';
import { graphql } from '../../../gql';
import { LeaseEventForm, type LeaseEvent } from '../components/LeaseEventForm';
import { RecordPage } from './RecordPage';
import { recordState } from './record-state';

const LeaseToRecordQuery = graphql(`
  query RecordsLeaseToRecord($id: ID!) {
    node(id: $id) {
      id
      ... on Lease {
        startDate
        noticeDate
        departureDate
        lot {
          id
          code
          building {
            id
            name
          }
        }
        tenant {
          id
          displayName
        }
      }
    }
  }
`);

export type LeaseEventPageProps = { event: LeaseEvent };

/** "Préavis" or "Départ" of a lease, opened from the tenant's record. */
export function LeaseEventPage({ event }: LeaseEventPageProps) {
  const intl = useIntl();
  const navigate = useNavigate();
  const { leaseId = '' } = useParams();
  const { data, error, refetch } = useQuery(LeaseToRecordQuery, { variables: { id: leaseId }, fetchPolicy: 'network-only' });
  const lease = data?.node?.__typename === 'Lease' ? data.node : null;
  const tenantPath = lease?.tenant ? `/gestion/portefeuille/${encodeURIComponent(lease.tenant.id)}` : '/gestion/portefeuille';
  const description =
    lease &&
    intl.formatMessage({ id: 'records.lease.summary' }, { lot: lease.lot?.code ?? '', building: lease.lot?.building?.name ?? '', start: formatDate(lease.startDate, intl.locale) });
  return (
    <RecordPage
      title={intl.formatMessage({ id: `records.lease.${event}.title` })}
      eyebrow={lease?.tenant?.displayName}
      description={description ?? undefined}
      back={{ to: tenantPath, label: lease?.tenant?.displayName ?? intl.formatMessage({ id: 'records.back.people' }) }}
      state={recordState(data, error, Boolean(lease), () => void refetch())}
    >
      {lease && <LeaseEventForm leaseId={lease.id} event={event} cancelTo={tenantPath} onSaved={() => void navigate(tenantPath)} />}
    </RecordPage>
  );
}
