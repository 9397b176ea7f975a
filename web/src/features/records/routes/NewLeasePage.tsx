import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { useNavigate, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { LeaseForm } from '../components/LeaseForm';
import { RecordPage } from './RecordPage';
import { recordState } from './record-state';

const LotToLeaseQuery = graphql(`
  query RecordsLotToLease($id: ID!) {
    node(id: $id) {
      id
      ... on Lot {
        code
        type
        building {
          id
          name
        }
      }
    }
  }
`);

const TenantToLeaseQuery = graphql(`
  query RecordsTenantToLease($id: ID!) {
    node(id: $id) {
      id
      ... on Person {
        displayName
        externalId
      }
    }
  }
`);

const personPath = (id: string) => `/gestion/portefeuille/${encodeURIComponent(id)}`;

/** "Nouveau bail" on a lot of the building page: the tenant is chosen, existing or new. */
export function NewLotLeasePage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { buildingId = '', lotId = '' } = useParams();
  const { data, error, refetch } = useQuery(LotToLeaseQuery, { variables: { id: lotId }, fetchPolicy: 'network-only' });
  // The lot must be of the building named in the address.
  const lot = data?.node?.__typename === 'Lot' && data.node.building?.id === buildingId ? data.node : null;
  const buildingPath = `/gestion/immeubles/${encodeURIComponent(buildingId)}`;
  return (
    <RecordPage
      title={intl.formatMessage({ id: 'records.lease.newTitle' })}
      eyebrow={lot ? intl.formatMessage({ id: 'records.lease.lotEyebrow' }, { lot: lot.code, type: lot.type }) : undefined}
      back={{ to: buildingPath, label: lot?.building?.name ?? intl.formatMessage({ id: 'records.back.buildings' }) }}
      state={recordState(data, error, Boolean(lot), () => void refetch())}
    >
      {lot && <LeaseForm fixed={{ lotCode: lot.code }} cancelTo={buildingPath} onSaved={(tenant) => void navigate(personPath(tenant.id))} />}
    </RecordPage>
  );
}

/** "Nouveau bail" from a person's record: the person is the tenant, the lot is given by its code. */
export function NewTenantLeasePage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { personId = '' } = useParams();
  const { data, error, refetch } = useQuery(TenantToLeaseQuery, { variables: { id: personId }, fetchPolicy: 'network-only' });
  const person = data?.node?.__typename === 'Person' ? data.node : null;
  return (
    <RecordPage
      title={intl.formatMessage({ id: 'records.lease.newTitle' })}
      eyebrow={person?.displayName}
      back={{ to: personPath(personId), label: person?.displayName ?? intl.formatMessage({ id: 'records.back.people' }) }}
      state={recordState(data, error, Boolean(person), () => void refetch())}
    >
      {person && (
        <LeaseForm
          fixed={{ tenant: { id: person.id, displayName: person.displayName, externalId: person.externalId ?? null } }}
          cancelTo={personPath(person.id)}
          onSaved={() => void navigate(personPath(person.id))}
        />
      )}
    </RecordPage>
  );
}
