import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { useNavigate, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { BuildingForm, EMPTY_BUILDING } from '../components/BuildingForm';
import { RecordPage } from './RecordPage';
import { recordState } from './record-state';

const BuildingToEditQuery = graphql(`
  query RecordsBuildingToEdit($id: ID!) {
    node(id: $id) {
      id
      ... on Building {
        code
        name
        postalAddress {
          line1
          line2
          postalCode
          city
        }
        syndicate {
          code
        }
      }
    }
  }
`);

const buildingPath = (id: string) => `/gestion/immeubles/${encodeURIComponent(id)}`;

/** "Nouvel immeuble". */
export function NewBuildingPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  return (
    <RecordPage title={intl.formatMessage({ id: 'records.building.newTitle' })} back={{ to: '/gestion/immeubles', label: intl.formatMessage({ id: 'records.back.buildings' }) }}>
      <BuildingForm initial={EMPTY_BUILDING} isExisting={false} cancelTo="/gestion/immeubles" onSaved={(id) => void navigate(buildingPath(id))} />
    </RecordPage>
  );
}

/** Editing a building, prefilled from the API. */
export function EditBuildingPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { buildingId = '' } = useParams();
  const { data, error, refetch } = useQuery(BuildingToEditQuery, { variables: { id: buildingId }, fetchPolicy: 'network-only' });
  const building = data?.node?.__typename === 'Building' ? data.node : null;
  return (
    <RecordPage
      title={intl.formatMessage({ id: 'records.building.editTitle' })}
      eyebrow={building?.name}
      back={{ to: buildingPath(buildingId), label: building?.name ?? intl.formatMessage({ id: 'records.back.buildings' }) }}
      state={recordState(data, error, Boolean(building), () => void refetch())}
    >
      {building && (
        <BuildingForm
          initial={{ code: building.code, name: building.name, address: { ...building.postalAddress }, syndicateEntityCode: building.syndicate?.code ?? '' }}
          isExisting
          cancelTo={buildingPath(buildingId)}
          onSaved={() => void navigate(buildingPath(buildingId))}
        />
      )}
    </RecordPage>
  );
}
